extension Catalogue {
    /// Goals of any municipality: the rules on supporting goals, decided
    /// goals without an ambition level, indicators without a baseline.
    static let goalChains: [Key: Phrase] = [
        .errSupportingHasForecasts: Phrase(
            "goal {0} holds forecasts at {1} and a supporting goal (inriktningsmål) holds none: clear them first (checkpoint ID, then forecast clear), or answer yes when asked at a terminal",
            "mål {0} har prognoser vid {1} och ett stödjande mål (inriktningsmål) har inga: ta bort dem först (checkpoint ID, sedan forecast clear), eller svara ja när frågan ställs vid en terminal"),
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
        .notAnIndicatorField: Phrase("\"{0}\" is not a field of an indicator: use name, unit, source or direction",
                                     "\"{0}\" är inget fält i en indikator: använd name, unit, source eller direction"),
        .trendAgainstPrevious: Phrase("{0} (against the previous value)", "{0} (mot föregående värde)"),
    ]
}
