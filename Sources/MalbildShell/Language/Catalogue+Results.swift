extension Catalogue {
    /// Results kept per checkpoint, and the roll-up by the scale's thresholds.
    static let results: [Key: Phrase] = [
        .useResult: Phrase("the result of goal {0}", "resultatet för mål {0}"),
        .errNoResultAtCheckpoint: Phrase("{0} reports a forecast, not the year's result: use forecast set GRADE \"…\"",
                                         "vid {0} redovisas en prognos, inte årets resultat: använd prognos sätt BETYG \"…\""),
        .resNoResultCheckpoint: Phrase(
            "{0} has no checkpoint that reports the year's result ({1} reports a forecast): add one with checkpoint add ID DATE \"NAME\" --result",
            "{0} har ingen avstämning som redovisar årets resultat (vid {1} redovisas en prognos): lägg till en med avstämning lägg till ID DATUM \"NAMN\" --utfall"),
    ]
}
