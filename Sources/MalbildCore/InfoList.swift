/// A list of texts in the workspace's record, changed with `workspace add` and `workspace remove`.
public enum InfoList: String, Codable, Sendable, CaseIterable {
    /// The summary's paragraphs.
    case summary
    /// The three criteria in the source's words.
    case criterion
    /// How the goals are followed up.
    case followup
    /// The decision documents (beslutsunderlag).
    case document
    /// Where the decision is sent (expedieras till).
    case dispatch
}
