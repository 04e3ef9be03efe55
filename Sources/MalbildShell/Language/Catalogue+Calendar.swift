import MalbildCore

extension Catalogue {
    /// The workspace's own calendar and plan period, its own grade scales, and
    /// targets per period.
    static let calendar: [Key: Phrase] = [
        .calCheckpointNeedsKind: Phrase(
            "give --forecast (an interim report with a forecast) or --result (the year's result) for the checkpoint {0}, one of them",
            "ange --prognos (en delårsrapport med prognos) eller --utfall (årets resultat) för avstämningen {0}, en av dem"),
        .calCheckpointAdded: Phrase("Checkpoint {0} added: {1} {2}, {3}.", "Avstämningen {0} tillagd: {1} {2}, {3}."),
        .calCheckpointRemoved: Phrase("Checkpoint {0} removed.", "Avstämningen {0} borttagen."),
        .calCheckpointMoved: Phrase("Checkpoint {0} moved to {1} (was {2}).", "Avstämningen {0} flyttad till {1} (var {2})."),
        .calPlanPeriod: Phrase("Plan period {0}:", "Planperiod {0}:"),
        .calNotYears: Phrase("\"{0}\" is not a plan period: --years takes a first and a last year, at most ten years, e.g. 2024-2027",
                             "\"{0}\" är ingen planperiod: --åren tar ett första och ett sista år, högst tio år, t.ex. 2024-2027"),
        .calYearAndYears: Phrase("give --year or --years, not both", "ange --år eller --åren, inte båda"),
        .calNewPeriodWorkspace: Phrase(
            "New empty workspace {0} for {1}–{2}, with the standard checkpoints each year (checkpoints lists them). Add an area with area add, a goal with goal add.",
            "Ny tom arbetsyta {0} för {1}–{2}, med de vanliga avstämningarna varje år (avstämningar listar dem). Lägg till ett målområde med målområde lägg till och ett mål med mål lägg till."),
        .calScaleExists: Phrase("the workspace has a scale {0} already: add grades with scale grade {0}",
                                "arbetsytan har redan en skala {0}: lägg till betyg med skala betyg {0}"),
        .calScaleAdded: Phrase("Scale {0} added: give it grades, best first, with scale grade {0} SYMBOL MEANING \"WORDS\".",
                               "Skalan {0} tillagd: ge den betyg, bäst först, med skala betyg {0} SYMBOL BETYDELSE \"ORD\"."),
        .calNotAMeaning: Phrase("\"{0}\" is not what a grade can mean: use met, partly, not-met or not-assessable",
                                "\"{0}\" är inget ett betyg kan betyda: använd uppfyllt, delvis, ej-uppfyllt eller ej-bedömbart"),
        .calNotAThreshold: Phrase("\"{0}\" is not a threshold: give a percentage of the target, e.g. 80 or 80%",
                                  "\"{0}\" är ingen tröskel: ange en procentandel av målvärdet, t.ex. 80 eller 80%"),
        .calGradeAdded: Phrase("Scale {0}: {1}", "Skalan {0}: {1}"),
        .calScaleRemoved: Phrase("Scale {0} removed.", "Skalan {0} borttagen."),
        .calNoSuchScale: Phrase("there is no grade scale \"{0}\": use {1}", "det finns ingen betygsskala \"{0}\": använd {1}"),
        .calOwnScale: Phrase(" (the workspace's own)", " (arbetsytans egen)"),
        .calScaleGrades: Phrase("  grades:   ", "  betyg:    "),
        .calAtLeastShare: Phrase(", at least {0} of the target", ", minst {0} av målvärdet"),
        .calSymbol: Phrase("Symbol", "Symbol"),
        .calWords: Phrase("Words", "Ord"),
        .calMeaning: Phrase("Means", "Betyder"),
        .calThreshold: Phrase("Threshold", "Tröskel"),
        .calMeaningMet: Phrase("met", "uppfyllt"),
        .calMeaningPartly: Phrase("partly met", "delvis uppfyllt"),
        .calMeaningNotMet: Phrase("not met", "ej uppfyllt"),
        .calMeaningNotAssessable: Phrase("not assessable", "ej bedömbart"),
        .calOtherTargets: Phrase("other targets: {0}", "andra målvärden: {0}"),
        .calTargetFor: Phrase("{0} for {1}", "{0} för {1}"),
        .calNoTargetFor: Phrase("{0} has no target for {1}", "{0} har inget målvärde för {1}"),
        .calForecastsAtOwnScale: Phrase("Forecasts at {0} ({1}), scale {2}:", "Prognoser vid {0} ({1}), skalan {2}:"),
        .calNotAGradeOfOwnScale: Phrase("\"{0}\" is not a grade of the scale {1}: use {2}", "\"{0}\" är inget betyg på skalan {1}: använd {2}"),
        .calNotAPeriod: Phrase("\"{0}\" is not a period: give a year ({3}), a checkpoint ({1}) or the plan period (plan, {2})",
                               "\"{0}\" är ingen period: ange ett år ({3}), en avstämning ({1}) eller planperioden (plan, {2})"),
        // Edit.summary
        .sumSetCheckpoint: Phrase("set the checkpoint {0} to {1}", "satte avstämningen {0} till {1}"),
        .sumRemovedCheckpoint: Phrase("removed the checkpoint {0}", "tog bort avstämningen {0}"),
        .sumSetPeriodTarget: Phrase("set the target of {0} for {1} (goal {2})", "satte målvärdet för {0} för {1} (mål {2})"),
        .sumClearedPeriodTarget: Phrase("cleared the target of {0} for {1} (goal {2})", "tog bort målvärdet för {0} för {1} (mål {2})"),
        .sumDefinedScale: Phrase("defined the grade scale {0}", "definierade betygsskalan {0}"),
        .sumRemovedScale: Phrase("removed the grade scale {0}", "tog bort betygsskalan {0}"),
        // WorkspaceDiff.Change.what
        .diffPlanPeriodChanged: Phrase("plan period changed", "planperioden har ändrats"),
        .diffCheckpointAdded: Phrase("checkpoint {0} added", "avstämningen {0} har lagts till"),
        .diffCheckpointRemoved: Phrase("checkpoint {0} removed", "avstämningen {0} har tagits bort"),
        .diffCheckpointChanged: Phrase("checkpoint {0} changed", "avstämningen {0} har ändrats"),
        .diffScaleDefined: Phrase("grade scale {0} defined", "betygsskalan {0} har definierats"),
        .diffScaleRedefined: Phrase("grade scale {0} redefined", "betygsskalan {0} har definierats om"),
        .diffScaleRemoved: Phrase("grade scale {0} removed", "betygsskalan {0} har tagits bort"),
        .diffPeriodTargetsChanged: Phrase("targets per period of {0} changed", "målvärdena per period för {0} har ändrats"),
        // EditError
        .errCheckpointExists: Phrase("a checkpoint \"{0}\" exists already: move it with checkpoint set {0} DATE",
                                     "en avstämning \"{0}\" finns redan: flytta den med avstämning sätt {0} DATUM"),
        .errBadCheckpointID: Phrase("\"{0}\" cannot be a checkpoint id: give one word that is not a year, a date or plan, e.g. delår1",
                                    "\"{0}\" kan inte vara en avstämnings id: ange ett ord som inte är ett år, ett datum eller plan, t.ex. delår1"),
        .errDayOutsidePlanPeriod: Phrase("{0} is outside the plan period {1}", "{0} ligger utanför planperioden {1}"),
        .errCheckpointInUse: Phrase("{0} is in use: {1}; clear those first", "{0} används: {1}; ta bort dem först"),
        .errLastCheckpoint: Phrase("{0} is the calendar's last checkpoint: add another one first",
                                   "{0} är kalenderns sista avstämning: lägg till en annan först"),
        .errBuiltInScale: Phrase("{0} is a built-in scale: it cannot be changed or removed (add a scale of your own)",
                                 "{0} är en inbyggd skala: den kan inte ändras eller tas bort (lägg till en egen skala)"),
        .errScaleInUse: Phrase("the scale {0} is in use: choose another one first (scale use NAME)",
                               "skalan {0} används: välj en annan först (skala använd NAMN)"),
        .errBadScaleName: Phrase("\"{0}\" cannot be a scale's name: give one word", "\"{0}\" kan inte vara en skalas namn: ange ett ord"),
        .errScaleWithoutGrades: Phrase("the scale {0} has no grades yet: add them with scale grade {0} SYMBOL MEANING \"WORDS\"",
                                       "skalan {0} har inga betyg än: lägg till dem med skala betyg {0} SYMBOL BETYDELSE \"ORD\""),
        .errGradeWordsTwice: Phrase("the scale has a grade \"{0}\" already", "skalan har redan ett betyg \"{0}\""),
        .errThresholdOutOfRange: Phrase("a threshold of {0} is not a share of the target: give 0 to 1000 percent",
                                        "en tröskel på {0} är ingen andel av målvärdet: ange 0 till 1000 procent"),
        .useAssessment: Phrase("the assessment of goal {0}", "bedömningen av mål {0}"),
        .useForecast: Phrase("the forecast of goal {0}", "prognosen för mål {0}"),
        .useValues: Phrase("values of {0}", "värden för {0}"),
        .useReference: Phrase("a baseline or target of {0}", "ett utgångsvärde eller målvärde för {0}"),
        // ForecastEngine's reasons for yearly series and thresholds
        .fcYearly: Phrase("yearly series (every value dated 31 December), none yet this year: {0}",
                          "årlig serie (alla värden daterade 31 december), inget än i år: {0}"),
        .fcYearLineReached: Phrase("{0} yearly values, {1}; a straight line through them gives {2} for {3} against the {4}: reached",
                                   "{0} årsvärden, {1}; en rät linje genom dem ger {2} för {3} mot {4}: nås"),
        .fcYearLineShare: Phrase("{0} yearly values, {1}; a straight line through them gives {2} for {3} against the {4}: {5} of the way",
                                 "{0} årsvärden, {1}; en rät linje genom dem ger {2} för {3} mot {4}: {5} av vägen"),
        .fcYearOne: Phrase("{0} against the {1}: one yearly value, the pace cannot be judged",
                           "{0} mot {1}: ett enda årsvärde, takten kan inte bedömas"),
        .fcThresholdReached: Phrase("{0}: reached", "{0}: nås"),
        .fcThresholdPartly: Phrase("{0}: {1} of the target, at least {2} is partly", "{0}: {1} av målvärdet, minst {2} är delvis"),
        .fcThresholdNotMet: Phrase("{0}: {1} of the target, below {2}", "{0}: {1} av målvärdet, under {2}"),
        .fcLineHead: Phrase("{0} values this year, {1}; a straight line through them gives {2} on 31 December against the {3}",
                            "{0} värden i år, {1}; en rät linje genom dem ger {2} den 31 december mot {3}"),
        .fcYearLineHead: Phrase("{0} yearly values, {1}; a straight line through them gives {2} for {3} against the {4}",
                                "{0} årsvärden, {1}; en rät linje genom dem ger {2} för {3} mot {4}"),
        .fcAgainst: Phrase("{0} against the {1}", "{0} mot {1}"),
    ]

    /// Something recorded at a checkpoint, in words.
    func describe(_ use: CheckpointUse) -> String {
        switch use {
        case .assessment(let goal): return self(.useAssessment, goal)
        case .forecast(let goal): return self(.useForecast, goal)
        case .result(let goal): return self(.useResult, goal)
        case .values(let id): return self(.useValues, id)
        case .reference(let id): return self(.useReference, id)
        }
    }

    /// The Swedish words of this feature's edit errors; nil for the others.
    func describeCalendar(_ error: EditError) -> String? {
        switch error {
        case .checkpointExists(let id): return self(.errCheckpointExists, id)
        case .badCheckpointID(let id): return self(.errBadCheckpointID, id)
        case let .dayOutsidePlanPeriod(day, first, last):
            return self(.errDayOutsidePlanPeriod, day, first == last ? "\(first)" : "\(first)–\(last)")
        case let .checkpointInUse(id, uses): return self(.errCheckpointInUse, id, uses.map(describe).joined(separator: ", "))
        case .lastCheckpoint(let id): return self(.errLastCheckpoint, id)
        case .builtInScale(let name): return self(.errBuiltInScale, name)
        case .scaleInUse(let name): return self(.errScaleInUse, name)
        case .badScaleName(let name): return self(.errBadScaleName, name)
        case .scaleWithoutGrades(let name): return self(.errScaleWithoutGrades, name)
        case .gradeWordsTwice(let words): return self(.errGradeWordsTwice, words)
        case .thresholdOutOfRange(let value): return self(.errThresholdOutOfRange, Number.percent(value))
        default: return nil
        }
    }
}
