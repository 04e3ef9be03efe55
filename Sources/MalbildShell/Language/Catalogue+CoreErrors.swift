import MalbildCore

extension Catalogue {
    /// The core's errors (EditError, DayError, IndicatorSourceError), case by case.
    static let coreErrors: [Key: Phrase] = [
        .errNoSuchGoal: Phrase("there is no goal {0}", "det finns inget mål {0}"),
        .errGoalExists: Phrase("goal {0} exists already", "mål {0} finns redan"),
        .errNoSuchArea: Phrase("there is no area {0}", "det finns inget målområde {0}"),
        .errAreaExists: Phrase("area {0} exists already", "målområde {0} finns redan"),
        .errAreaInUse: Phrase("area {0} still holds {1:goal|goals} {2}", "målområde {0} innehåller fortfarande {1:mål|mål} {2}"),
        .errNoSuchItemNone: Phrase("there is no {0} {1}: there are none", "{0} {1} finns inte: det finns inga"),
        .errNoSuchItem: Phrase("there is no {0} {1}: the numbers run from 1 to {2}", "{0} {1} finns inte: numren går från 1 till {2}"),
        .errEmptyText: Phrase("the {0} cannot be empty", "{0}: texten får inte vara tom"),
        .errItHasNone: Phrase("it has none yet", "det har inga än"),
        .errItsIndicatorsAre: Phrase("its indicators are {0}", "dess indikatorer är {0}"),
        .errNoSuchIndicator: Phrase("goal {0} has no indicator \"{1}\": {2}", "mål {0} har ingen indikator \"{1}\": {2}"),
        .errIndicatorExists: Phrase("an indicator \"{0}\" exists already (on goal {1}): choose another id",
                                    "en indikator \"{0}\" finns redan (på mål {1}): välj ett annat id"),
        .errIndicatorDiscontinued: Phrase("the series \"{0}\" has ended and takes no new values", "serien \"{0}\" har upphört och tar inte emot nya värden"),
        .errRecordOn: Phrase("; record new values on \"{0}\"", "; registrera nya värden på \"{0}\""),
        .errNoForecastSupporting: Phrase(
            "goal {0} is a supporting goal (inriktningsmål): no forecast can be reported for it, as the decision says (\"en prognos för ett sådant mål kan inte redovisas\"); it is followed up by a qualitative assessment: use assess qualitative \"…\"",
            "mål {0} är ett stödjande mål (inriktningsmål): ingen prognos kan redovisas för det, som beslutet säger (\"en prognos för ett sådant mål kan inte redovisas\"); det följs upp med en kvalitativ bedömning: använd bedöm kvalitativ \"…\""),
        .errNoForecastAtCheckpoint: Phrase("{0} reports the year's result, not a forecast: use result GRADE \"…\"",
                                           "vid {0} redovisas årets resultat, inte en prognos: använd resultat BETYG \"…\""),
        .errNotAKoladaID: Phrase("\"{0}\" is not a Kolada municipality id: those are four digits, e.g. 0665 for Vaggeryd",
                                 "\"{0}\" är inget kommun-id i Kolada: de har fyra siffror, t.ex. 0665 för Vaggeryd"),
        .errNoSuchScale: Phrase("there is no grade scale \"{0}\": use {1}", "det finns ingen betygsskala \"{0}\": använd {1}"),
        .errNotADate: Phrase("\"{0}\" is not a date; write it as YYYY-MM-DD, e.g. 2019-04-30", "\"{0}\" är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2019-04-30"),
        .errYearOutOfRange: Phrase("the year {0} is out of range: years run from 1000 to 9999", "året {0} ligger utanför gränserna: åren går från 1000 till 9999"),
        .errNoSuchMonth: Phrase("there is no month {0}; months run from 01 to 12", "det finns ingen månad {0}; månaderna går från 01 till 12"),
        .errNotALeapYear: Phrase("{0} does not exist: {1} is not a leap year, so February has 28 days",
                                 "{0} finns inte: {1} är inget skottår, så februari har 28 dagar"),
        .errNoSuchDay: Phrase("{0} does not exist: {1} has {2} days", "{0} finns inte: {1} har {2} dagar"),
        .errNotASource: Phrase("\"{0}\" is not a source: use kolada:KPI, scb:NII, kommunkompassen:AREA or manual",
                               "\"{0}\" är ingen källa: använd kolada:KPI, scb:NII, kommunkompassen:OMRÅDE eller manual"),
        .errSourceNeedsValue: Phrase("{0}: needs a value after the colon, e.g. kolada:N00945", "{0}: behöver ett värde efter kolon, t.ex. kolada:N00945"),
        .errBadKPI: Phrase("\"{0}\" is not a Kolada KPI id: those are a letter and five digits, e.g. N00945",
                           "\"{0}\" är inget nyckeltals-id i Kolada: de är en bokstav och fem siffror, t.ex. N00945"),
        .errBadSCBIndex: Phrase("\"{0}\" is not an index of SCB's citizen survey: use NRI, NMI or NII",
                                "\"{0}\" är inget index i SCB:s medborgarundersökning: använd NRI, NMI eller NII"),
        // The nouns the core's errors name.
        .nounStrategy: Phrase("strategy", "strategi"),
        .nounDocument: Phrase("document", "styrdokument"),
        .nounNote: Phrase("note", "anteckning"),
        .nounArea: Phrase("area", "målområde"),
        .nounIndicator: Phrase("indicator", "indikator"),
        .nounValue: Phrase("value", "värde"),
        .nounActivity: Phrase("activity", "aktivitet"),
        .nounStep: Phrase("step", "steg"),
        .nounTitle: Phrase("title", "rubriken"),
        .nounAreaName: Phrase("area name", "målområdets namn"),
        .nounAssessment: Phrase("assessment", "bedömningen"),
        .nounStepBody: Phrase("body of the step", "organet i steget"),
        .nounIndicatorID: Phrase("indicator id", "indikatorns id"),
        .nounIndicatorName: Phrase("indicator name", "indikatorns namn"),
        .nounName: Phrase("name", "namnet"),
        .nounRationale: Phrase("rationale", "motiveringen"),
        .nounResultText: Phrase("result text", "resultattexten"),
        .nounCheckpointName: Phrase("checkpoint name", "avstämningens namn"),
        .nounGradeWords: Phrase("grade words", "betygets ord"),
        .nounGradeSymbol: Phrase("grade symbol", "betygets symbol"),
        .nounLogEntry: Phrase("log entry", "loggpost"),
        .nounFreeAreaNumber: Phrase("free area number", "ledigt områdesnummer"),
        // Month names in the core's English messages.
        .monthJanuary: Phrase("January", "januari"), .monthFebruary: Phrase("February", "februari"),
        .monthMarch: Phrase("March", "mars"), .monthApril: Phrase("April", "april"),
        .monthMay: Phrase("May", "maj"), .monthJune: Phrase("June", "juni"),
        .monthJuly: Phrase("July", "juli"), .monthAugust: Phrase("August", "augusti"),
        .monthSeptember: Phrase("September", "september"), .monthOctober: Phrase("October", "oktober"),
        .monthNovember: Phrase("November", "november"), .monthDecember: Phrase("December", "december"),
    ]

    /// The item an error of the core names: strategi, rubriken.
    func itemNoun(_ item: EditItem) -> String {
        switch item {
        case .strategy: return self(.nounStrategy)
        case .document: return self(.nounDocument)
        case .note: return self(.nounNote)
        case .area: return self(.nounArea)
        case .indicator: return self(.nounIndicator)
        case .value: return self(.nounValue)
        case .activity: return self(.nounActivity)
        case .step: return self(.nounStep)
        case .logEntry: return self(.nounLogEntry)
        case .info(let list): return listWord(list)
        case .title: return self(.nounTitle)
        case .areaName: return self(.nounAreaName)
        case .name: return self(.nounName)
        case .owner: return self(.nounOwner)
        case .assessment: return self(.nounAssessment)
        case .stepBody: return self(.nounStepBody)
        case .indicatorID: return self(.nounIndicatorID)
        case .indicatorName: return self(.nounIndicatorName)
        case .rationale: return self(.nounRationale)
        case .resultText: return self(.nounResultText)
        case .checkpointName: return self(.nounCheckpointName)
        case .gradeWords: return self(.nounGradeWords)
        case .gradeSymbol: return self(.nounGradeSymbol)
        }
    }
}
