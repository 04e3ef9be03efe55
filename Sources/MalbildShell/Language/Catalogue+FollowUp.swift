extension Catalogue {
    /// Checkpoints, scales, the criteria check, assessments, forecasts and results.
    static let followUp: [Key: Phrase] = [
        .noSuchCheckpointUse: Phrase("there is no checkpoint \"{0}\": use {1}", "det finns ingen avstämning \"{0}\": använd {1}"),
        .strictFailed: Phrase("check --strict: {0} {0:criterion|criteria} failed", "kontroll --strikt: {0} {0:kriterium|kriterier} uppfylls inte"),
        .forecastCleared: Phrase("Cleared the forecast of goal {0} at {1}.", "Tog bort prognosen för mål {0} vid {1}."),
        .resultCleared: Phrase("Cleared the result of goal {0}.", "Tog bort resultatet för mål {0}."),
        .resultSet: Phrase("Goal {0}, result {1} ({2}): {3}", "Mål {0}, resultat {1} ({2}): {3}"),
        .addedValueNeedsText: Phrase("--added-value needs a text", "--mervärde behöver en text"),
        .assessmentRecorded: Phrase("Goal {0}, {1}: qualitative assessment recorded", "Mål {0}, {1}: kvalitativ bedömning sparad"),
        .assessmentReplaced: Phrase("Goal {0}, {1}: qualitative assessment replaced", "Mål {0}, {1}: kvalitativ bedömning ersatt"),
        .addedValuesCount: Phrase(", {0} added {0:value|values}", ", {0} {0:mervärde|mervärden}"),
        .noCheckpointChosen: Phrase("no checkpoint is chosen: use checkpoint delår1", "ingen avstämning är vald: använd avstämning delår1"),
        .checkpointReportsResult: Phrase("{0} reports the year's result, not a forecast: use result GRADE \"…\", or checkpoint delår1|delår2",
                                         "vid {0} redovisas årets resultat, inte en prognos: använd resultat BETYG \"…\", eller avstämning delår1|delår2"),
        .forecastSet: Phrase("Goal {0}, forecast at {1}: ", "Mål {0}, prognos vid {1}: "),
        .overridesSuggested: Phrase(" (overrides the suggested {0})", " (i stället för det föreslagna {0})"),
        .asSuggested: Phrase(" (as suggested)", " (som föreslaget)"),
        .scaleThree: Phrase("three-level scale", "den tregradiga skalan"),
        .scaleFour: Phrase("four-level scale", "den fyrgradiga skalan"),
        .scaleFive: Phrase("five-level scale", "den femgradiga skalan"),
    ]
}
