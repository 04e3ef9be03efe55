extension Catalogue {
    /// A script's changes that could not be written to the journal when its held output was
    /// due, and output that could not be written at all.
    static let heldOutput: [Key: Phrase] = [
        .heldStepsNotKept: Phrase(
            "{0}; {1:the change made here was|the # changes made from here on were} not kept and {1:is|are} taken back, and the script stops",
            "{0}; {1:ändringen som gjordes här|de # ändringar som gjordes härifrån} sparades inte och har tagits tillbaka, och skriptet slutar"),
        .outputNotWritten: Phrase(
            "standard output cannot be written ({0}); the script stops",
            "standardutmatningen går inte att skriva till ({0}); skriptet slutar"),
        .cannotWriteStandardOutput: Phrase(
            "cannot write to standard output ({0}); what was to be shown there is lost",
            "det går inte att skriva till standardutmatningen ({0}); det som skulle visas där gick förlorat"),
        .errorOutputNotWritten: Phrase(
            "standard error cannot be written ({0}); the script stops",
            "standardfelutmatningen går inte att skriva till ({0}); skriptet slutar"),
    ]
}
