import MalbildCore

/// A goal named in a list: its number, title and kind.
public struct ReportGoalReference: Codable, Equatable, Sendable {
    /// The goal's number.
    public var number: GoalNumber
    /// The goal's title, as entered.
    public var title: String
    /// Steering or supporting.
    public var kind: GoalKind

    /// Creates a reference.
    public init(number: GoalNumber, title: String, kind: GoalKind) {
        self.number = number
        self.title = title
        self.kind = kind
    }
}
