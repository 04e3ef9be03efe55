extension Catalogue {
    /// A script's changes that could not be written to the journal when its held output was due.
    static let heldOutput: [Key: Phrase] = [
        .heldStepsNotKept: Phrase(
            "{0}; {1:the change made here was|the # changes made from here on were} not kept and {1:is|are} taken back, and the script stops",
            "{0}; {1:ändringen som gjordes här|de # ändringar som gjordes härifrån} sparades inte och har tagits tillbaka, och skriptet slutar"),
    ]
}
