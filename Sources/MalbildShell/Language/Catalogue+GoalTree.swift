extension Catalogue {
    /// Goal chains: goals numbered as paths (1, 1.2, 1.2.1), moving a goal with its
    /// sub-goals, owners of indicators and activities, and the roll-up of sub-goals.
    static let goalTree: [Key: Phrase] = [
        .errNoParentGoal: Phrase(
            "goal {0} would sit under goal {1}, and there is no goal {1}: add goal {1} first",
            "mål {0} skulle ligga under mål {1}, och det finns inget mål {1}: lägg till mål {1} först"),
        .errGoalHasChildren: Phrase(
            "goal {0} has goals under it ({1}): move or remove them first, or remove them with it: goal remove {0} --with-children",
            "mål {0} har mål under sig ({1}): flytta eller ta bort dem först, eller ta bort dem med det: mål ta bort {0} --med-delmål"),
        .errMoveIntoItself: Phrase(
            "goal {0} cannot become goal {1}: that is under itself",
            "mål {0} kan inte bli mål {1}: det ligger under sig självt"),
        .errGoalTooDeep: Phrase(
            "goal {0} would sit more than three levels deep (1.2.1 is the deepest)",
            "mål {0} skulle ligga mer än tre nivåer djupt (1.2.1 är djupast)"),
        .sumMovedGoal: Phrase("moved goal {0} to {1}", "flyttade mål {0} till {1}"),
        .sumSetIndicatorOwner: Phrase("set the owner of {0} (goal {1})", "satte ansvarig för {0} (mål {1})"),
        .sumClearedIndicatorOwner: Phrase("cleared the owner of {0} (goal {1})", "tog bort ansvarig för {0} (mål {1})"),
        .sumSetActivityOwner: Phrase("set the owner of activity {0} of goal {1}", "satte ansvarig för aktivitet {0} i mål {1}"),
        .sumClearedActivityOwner: Phrase("cleared the owner of activity {0} of goal {1}", "tog bort ansvarig för aktivitet {0} i mål {1}"),
        .sumRemovedGoalTree: Phrase("removed goal {0} with the goals under it: {1}", "tog bort mål {0} med målen under det: {1}"),
        .goalRemoveTreeQuestion: Phrase(
            "Remove goal {0} \"{1}\" and the goals under it ({2}), with all they hold?",
            "Ta bort mål {0} \"{1}\" och målen under det ({2}), med allt de innehåller?"),
        .goalRemovedWithChildren: Phrase(
            "Removed goal {0} and the goals under it: {1}. (undo brings them back)",
            "Tog bort mål {0} och målen under det: {1}. (ångra tar tillbaka dem)"),
        .notAGoalPath: Phrase(
            "\"{0}\" is not a goal number: use a number such as 1, 1.2 or 1.2.1 (three levels at most)",
            "\"{0}\" är inget målnummer: använd ett nummer som 1, 1.2 eller 1.2.1 (högst tre nivåer)"),
        .numberNotUnderParent: Phrase(
            "goal {0} does not lie under goal {1}: give --number {1}.N, or leave --number out for the next free one",
            "mål {0} ligger inte under mål {1}: ange --nummer {1}.N, eller utelämna --nummer för nästa lediga"),
        .goalTooDeepToHoldGoals: Phrase(
            "goal {0} sits three levels deep and can hold no goals under it",
            "mål {0} ligger tre nivåer djupt och kan inte ha mål under sig"),
        .goalAlreadyThere: Phrase("Goal {0} is there already; nothing changed.", "Mål {0} ligger redan där; inget ändrades."),
        .cannotMoveUnderItself: Phrase(
            "goal {0} cannot move under goal {1}: that lies under goal {0} itself",
            "mål {0} kan inte flyttas under mål {1}: det ligger under mål {0} självt"),
        .goalMoved: Phrase(
            "Goal {0} is now goal {1}, keeping all it holds. (undo moves it back)",
            "Mål {0} är nu mål {1}, med allt det innehåller. (ångra flyttar tillbaka det)"),
        .goalMovedWithChildren: Phrase(
            "Goal {0} is now goal {1}, with {2:the goal|the # goals} under it renumbered, keeping all they hold. (undo moves them back)",
            "Mål {0} är nu mål {1}, med {2:målet|de # målen} under det omnumrerade, med allt de innehåller. (ångra flyttar tillbaka dem)"),
        .goalsInContext: Phrase(
            "A number in brackets is a goal the listed ones lie under, shown for context.",
            "Ett nummer inom parentes är ett mål som de listade ligger under, visat som sammanhang."),
        .goalsFoldedUnder: Phrase("{0} ({1:one goal|# goals})", "{0} ({1:ett mål|# mål})"),
        .goalsFolded: Phrase("Goals under these are not shown: {0}. goals alone shows them all.",
                             "Målen under dessa visas inte: {0}. goals ensamt visar alla."),
        .notADepth: Phrase("\"{0}\" is not a depth: use 1, 2 or 3", "\"{0}\" är inget djup: använd 1, 2 eller 3"),
        .rollUpHeading: Phrase("Goals under it (träffbild): {0}", "Mål under det (träffbild): {0}"),
        .rollUpRule: Phrase(
            "Suggested from those assessed: all met → met; at least half met or partly met → partly met; otherwise not met. Forecasts count at interim reports, results at helår; goals not assessed count apart.",
            "Förslag utifrån de bedömda: alla uppfyllda → uppfyllt; minst hälften uppfyllda eller delvis uppfyllda → delvis uppfyllt; annars ej uppfyllt. Prognoser räknas vid delårsrapporter, resultat vid helår; ej bedömda mål räknas för sig."),
        .rollUpNotAssessed: Phrase("not assessed {0} ({1})", "ej bedömda {0} ({1})"),
        .rollUpSuggests: Phrase("suggests {0}", "förslag {0}"),
        .rollUpNoSuggestion: Phrase("no suggestion: none assessed", "inget förslag: inget bedömt"),
        .rollUpSet: Phrase("set {0}", "satt {0}"),
        .rollUpNotSet: Phrase("not set", "inte satt"),
        .parentGoalLabel: Phrase("Under:", "Under:"),
        .rollUpLabel: Phrase("Goals under:", "Mål under:"),
        .indicatorOwnerSet: Phrase("Indicator {0} owner: {1}", "Indikator {0} ansvarig: {1}"),
        .indicatorOwnerCleared: Phrase("Indicator {0} has no owner now.", "Indikator {0} har ingen ansvarig nu."),
        .activityOwnerSet: Phrase("Activity {0} of goal {1} owner: {2}", "Aktivitet {0} i mål {1} ansvarig: {2}"),
        .activityOwnerCleared: Phrase("Activity {0} of goal {1} has no owner now.", "Aktivitet {0} i mål {1} har ingen ansvarig nu."),
        .cardIndicatorOwner: Phrase(", owner {0}", ", ansvarig {0}"),
    ]
}
