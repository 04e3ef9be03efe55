extension Catalogue {
    /// Reading a decision's text into a workspace, and drafting the decision from one.
    static let decision: [Key: Phrase] = [
        .sumKeptDecided: Phrase("kept the decided wording of goal {0}", "behöll den beslutade lydelsen av mål {0}"),
        .sumTookAsDecided: Phrase("took the wording of goal {0} as decided", "tog lydelsen av mål {0} som beslutad"),
    ]
}
