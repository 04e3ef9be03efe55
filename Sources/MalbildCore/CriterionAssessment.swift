/// A verdict on one criterion with the group's justification.
public struct CriterionAssessment: Codable, Equatable, Sendable {
    /// Yes, no or unknown.
    public var verdict: Verdict
    /// Why the group judged so; empty when none was given.
    public var justification: String

    /// Creates an assessment.
    public init(verdict: Verdict = .unknown, justification: String = "") {
        self.verdict = verdict
        self.justification = justification
    }
}
