extension Catalogue {
    /// Activities and their status.
    static let activities: [Key: Phrase] = [
        .activityAdded: Phrase("Added activity {0} to goal {1}: {2} (ej påbörjad)", "Lade till aktivitet {0} i mål {1}: {2} (ej påbörjad)"),
        .notAnActivityStatus: Phrase("\"{0}\" is not an activity status: use {1}", "\"{0}\" är ingen status för en aktivitet: använd {1}"),
        .activityStatusSet: Phrase("Activity {0} of goal {1}: {2} ({3})", "Aktivitet {0} i mål {1}: {2} ({3})"),
        .activityStatusSetSV: Phrase("Activity {0} of goal {1}: {2}", "Aktivitet {0} i mål {1}: {2}"),
        .activityRemoved: Phrase("Removed activity {0} from goal {1}. (undo brings it back)", "Tog bort aktivitet {0} från mål {1}. (ångra tar tillbaka den)"),
        .noActivitiesYet: Phrase("Goal {0} has no activities yet: activity add \"…\"", "Mål {0} har inga aktiviteter än: aktivitet lägg till \"…\""),
        .noActivities: Phrase("No activities.", "Inga aktiviteter."),
        .activitiesShares: Phrase("{0} {0:activity|activities}: {1}", "{0} {0:aktivitet|aktiviteter}: {1}"),
        .headN: Phrase("N", "Nr"),
        .headStatus: Phrase("Status", "Status"),
        .headDue: Phrase("Due", "Klart senast"),
        .headOwner: Phrase("Owner", "Ansvarig"),
        .headActivity: Phrase("Activity", "Aktivitet"),
    ]
}
