extension Catalogue {
    /// Goals of any municipality: the rules on supporting goals, decided
    /// goals without an ambition level, indicators without a baseline.
    static let goalChains: [Key: Phrase] = [
        .errSupportingHasForecasts: Phrase(
            "goal {0} holds forecasts at {1} and a supporting goal (inriktningsmål) holds none: clear them first (checkpoint ID, then forecast clear), or answer yes when asked at a terminal",
            "mål {0} har prognoser vid {1} och ett stödjande mål (inriktningsmål) har inga: ta bort dem först (avstämning ID, sedan prognos töm), eller svara ja när frågan ställs vid en terminal"),
        .errForecastGradeOnSupporting: Phrase(
            "goal {0} is a supporting goal (inriktningsmål): its assessment takes an outcome grade, not \"{1}\": use {2}",
            "mål {0} är ett stödjande mål (inriktningsmål): dess bedömning får ett utfall, inte \"{1}\": använd {2}"),
        .clearForecastsQuestion: Phrase(
            "Goal {0} holds forecasts at {1}; a supporting goal holds none. Clear them and make it supporting?",
            "Mål {0} har prognoser vid {1}; ett stödjande mål har inga. Ta bort dem och gör målet stödjande?"),
        .decidedWithoutAmbition: Phrase(
            "Decided without an ambition level: ",
            "Beslutade utan ambitionsnivå: "),
        .measuredByTargetOnly: Phrase(
            "measured by {0}, with a target (without a baseline the trend is against the previous value)",
            "mäts med {0}, med målvärde (utan utgångsvärde jämförs trenden med föregående värde)"),
        .sumCorrectedIndicator: Phrase("corrected the indicator {0} (goal {1})", "rättade indikatorn {0} (mål {1})"),
        .indicatorFieldSet: Phrase("Indicator {0}: {1} set to \"{2}\" (was \"{3}\").",
                                   "Indikator {0}: {1} satt till \"{2}\" (var \"{3}\")."),
        .indicatorSourceQuestion: Phrase(
            "Indicator {0} has {1:one value|# values} from {2}. Change its source to {3}, keeping the values?",
            "Indikator {0} har {1:ett värde|# värden} från {2}. Byt källa till {3} och behåll värdena?"),
        .indicatorSourceKept: Phrase("The source of {0} is kept.", "Källan för {0} behålls."),
        .notAnIndicatorField: Phrase("\"{0}\" is not a field of an indicator: use name, unit, source, direction or owner",
                                     "\"{0}\" är inget fält i en indikator: använd namn, enhet, källa, riktning eller ansvarig"),
        .errIndicatorEnded: Phrase("the series \"{0}\" has ended: it takes values dated before {1} only",
                                   "serien \"{0}\" har upphört: den tar bara emot värden daterade före {1}"),
        .errValuesAfterEnd: Phrase("the series \"{0}\" has values dated {1} or later ({2}): give a later --from, or correct those values first",
                                   "serien \"{0}\" har värden daterade {1} eller senare ({2}): ange ett senare --från, eller rätta de värdena först"),
        .notAPeriodFrom: Phrase("\"{0}\" is not a year or a date: --from takes e.g. 2021 (from 1 January) or 2021-07-01",
                                "\"{0}\" är inget år eller datum: --från tar t.ex. 2021 (från 1 januari) eller 2021-07-01"),
        .seriesEndsFrom: Phrase("; values dated {0} or later are refused", "; värden daterade {0} eller senare tas inte emot"),
        .sumSetOwner: Phrase("set the owner of goal {0}", "satte ansvarig för mål {0}"),
        .sumClearedOwner: Phrase("cleared the owner of goal {0}", "tog bort ansvarig för mål {0}"),
        .ownerLabel: Phrase("Owner:", "Ansvarig:"),
        .ownerSet: Phrase("Goal {0} owner: {1}", "Mål {0} ansvarig: {1}"),
        .ownerCleared: Phrase("Goal {0} has no owner now.", "Mål {0} har ingen ansvarig nu."),
        .noGoalsOfOwner: Phrase("No goal has the owner \"{0}\"; owners: {1}", "Inget mål har ansvarig \"{0}\"; ansvariga: {1}"),
        .trendAgainstPrevious: Phrase("{0} (against the previous value)", "{0} (mot föregående värde)"),
    ]
}
