extension Catalogue {
    /// A plan period of several years named as a period, not as one plan year;
    /// a goal's suggestion taken from the goals under it.
    static let planPeriod: [Key: Phrase] = [
        .outsidePlanPeriod: Phrase("Note: {0} is outside the plan period {1}.", "Obs: {0} ligger utanför planperioden {1}."),
        .suggestedFromGoalsUnder: Phrase("Suggested for mål {0} from the goals under them (träffbild, see forecast).",
                                         "Förslaget för mål {0} bygger på målen under (träffbild, se prognos)."),
        .workspaceHeadingPeriod: Phrase("{0}: {1}, plan period {2}", "{0}: {1}, planperiod {2}"),
    ]
}
