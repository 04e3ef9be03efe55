import MalbildCore

/// Values a Kolada import leaves out, why, and how many: each count is of year values
/// (a KPI's total, women and men for one municipality and year count as one).
public struct KoladaSkip: Equatable, Sendable, CustomStringConvertible {
    /// Why values are left out.
    public enum Reason: Equatable, Sendable {
        /// The values are for another municipality; they are kept for comparison
        /// (``KoladaImportPlan/comparison``).
        case otherMunicipality(String)
        /// No indicator of the workspace has this KPI as its source.
        case noIndicator(kpi: String)
        /// The values equal those in force for the indicator.
        case unchanged(goal: GoalNumber, indicator: String)
        /// The indicator's series has ended and takes no new values.
        case discontinued(goal: GoalNumber, indicator: String)
    }

    /// Why.
    public var reason: Reason
    /// How many year values.
    public var count: Int

    /// Creates a skip.
    public init(reason: Reason, count: Int) {
        self.reason = reason
        self.count = count
    }

    /// `municipality 0680: 3 values kept for comparison`.
    public var description: String {
        let values = "\(count) value\(count == 1 ? "" : "s")"
        switch reason {
        case .otherMunicipality(let id):
            return "municipality \(id): \(values) kept for comparison"
        case .noIndicator(let kpi):
            return "\(kpi): \(values) skipped, no indicator has the source kolada:\(kpi)"
        case let .unchanged(goal, indicator):
            return "\(indicator) (goal \(goal)): \(values) unchanged"
        case let .discontinued(goal, indicator):
            return "\(indicator) (goal \(goal)): \(values) skipped, the series has ended"
        }
    }
}
