/// A single text of the workspace's record, changed with `workspace set`.
public enum InfoField: String, Codable, Sendable, CaseIterable {
    /// The short name shown in the prompt.
    case name
    /// The municipality's name.
    case municipality
    /// The municipality's four-digit Kolada id.
    case kolada
    /// The body whose goals these are.
    case body
    /// The case's title.
    case title
    /// The case reference (diarienummer).
    case reference
    /// The paragraph of the minutes.
    case paragraph
    /// The day of the decision, YYYY-MM-DD, or empty.
    case date
    /// Whose proposal was decided on.
    case proposal
    /// What was decided.
    case decision
    /// The rule for supporting goals (inriktningsmål).
    case rule
    /// The Kolada group of similar municipalities to compare with (`G37572`), or empty.
    case group
}
