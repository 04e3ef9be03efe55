/// The top of a report: how many goals are in each grade, and which goals
/// have no assessment yet.
public struct ReportSummary: Codable, Equatable, Sendable {
    /// The number of steering goals.
    public var steeringGoals: Int
    /// The number of supporting goals (inriktningsmål).
    public var supportingGoals: Int
    /// For each grade of the scale (forecast grades at delår, result grades at
    /// helår), how many goals have it; grades not on the scale come last.
    public var grades: [GradeCount]
    /// The goals without an assessment at the checkpoint: a steering goal
    /// without a forecast (delår) or a result (helår), a supporting goal
    /// without a qualitative assessment.
    public var unassessed: [ReportGoalReference]

    /// Creates a summary.
    public init(steeringGoals: Int, supportingGoals: Int, grades: [GradeCount], unassessed: [ReportGoalReference]) {
        self.steeringGoals = steeringGoals
        self.supportingGoals = supportingGoals
        self.grades = grades
        self.unassessed = unassessed
    }
}
