/// A line of a decision that was not placed in any field: kept, with why.
public struct UnplacedLine: Equatable, Sendable {
    /// Why a line was not placed.
    public enum Reason: Equatable, Sendable {
        /// Before the decision's heading, and neither the paragraph nor the title.
        case beforeDecision
        /// A paragraph between goals that belongs to no ambition level.
        case betweenGoals(afterGoal: Int)
        /// Under a goal, before its `Ambitionsnivå:`, and not part of the title.
        case inGoalBeforeAmbition(goal: Int)
        /// After the decision documents, or in a part of the text no field is known for.
        case afterDocuments
        /// Under Beslutsgång, without a valid day (YYYY-MM-DD) to make it a step.
        case pathWithoutDay
        /// A page number or a signature field of the minutes, wherever it stands.
        case pageFurniture
    }

    /// The line.
    public var line: DecisionLine
    /// Why it was not placed.
    public var reason: Reason

    /// Creates an unplaced line.
    public init(line: DecisionLine, reason: Reason) {
        self.line = line
        self.reason = reason
    }
}
