extension Catalogue {
    /// Results kept per checkpoint, and the roll-up by the scale's thresholds.
    static let results: [Key: Phrase] = [
        .useResult: Phrase("the result of goal {0}", "resultatet för mål {0}"),
        .errNoResultAtCheckpoint: Phrase("{0} reports a forecast, not the year's result: use forecast set GRADE \"…\"",
                                         "vid {0} redovisas en prognos, inte årets resultat: använd prognos sätt BETYG \"…\""),
        .resNoResultCheckpoint: Phrase(
            "{0} has no checkpoint that reports the year's result ({1} reports a forecast): add one with checkpoint add ID DATE \"NAME\" --result",
            "{0} har ingen avstämning som redovisar årets resultat (vid {1} redovisas en prognos): lägg till en med avstämning lägg till ID DATUM \"NAMN\" --utfall"),
        .resRollUpThresholdRule: Phrase("Suggested from the share of those assessed that are met, by the scale's thresholds: {0}; below them {1}.",
                                        "Förslag utifrån andelen uppfyllda bland de bedömda, med skalans trösklar: {0}; under dem {1}."),
        .resRollUpFrom: Phrase("{0} from {1} met", "{0} från {1} uppfyllda"),
        .resRollUpRuleAt: Phrase("Suggested from those assessed: all met → {0}; at least half met or partly met → {1}; otherwise {2}.",
                                 "Förslag utifrån de bedömda: alla uppfyllda → {0}; minst hälften uppfyllda eller delvis uppfyllda → {1}; annars {2}."),
        .resRollUpCounted: Phrase("Forecasts count at interim reports, results at helår; goals not assessed count apart.",
                                  "Prognoser räknas vid delårsrapporter, resultat vid helår; ej bedömda mål räknas för sig."),
        .resRollUpApart: Phrase("Goals not assessed count apart.", "Ej bedömda mål räknas för sig."),
        .resMeasuredThrough: Phrase("measured through the goals under it: {0} (their roll-up)",
                                    "mäts genom målen under det: {0} (deras träffbild)"),
        .resForecastThrough: Phrase("goal {0} has no indicators of its own and is measured through the goals under it ({1}): their roll-up below suggests its grade",
                                    "mål {0} har inga egna indikatorer och mäts genom målen under det ({1}): deras träffbild nedan ger förslaget"),
        .resIndicatorsThrough: Phrase("Indicators: none of its own; measured through the goals under it: {0}",
                                      "Indikatorer: inga egna; mäts genom målen under det: {0}"),
        .resAssessThrough: Phrase("No indicators of its own: measured through the goals under it ({0}).",
                                  "Inga egna indikatorer: mäts genom målen under det ({0})."),
        .resPartlyOnly: Phrase("no indicator that can be forecast is expected to reach its target in full; at least one gets part of the way",
                               "ingen indikator som kan prognostiseras väntas nå sitt målvärde helt; minst en når en del av vägen"),
    ]
}
