import MalbildCore

/// How the goals right under a goal stand at the report's checkpoint ("träffbild"):
/// the count per grade, those not assessed, and the grade the rule suggests
/// (see ``MalbildCore/RollUp``).
public struct ReportRollUp: Codable, Equatable, Sendable {
    /// The goals right under the goal, in number order.
    public var goals: [GoalNumber]
    /// The count per grade of those assessed, best grade first.
    public var grades: [GradeCount]
    /// The goals under it not assessed at the checkpoint.
    public var notAssessed: [GoalNumber]
    /// The grade the rule suggests; nil when none of them is assessed.
    public var suggested: ReportGrade?

    /// Creates a roll-up.
    public init(goals: [GoalNumber], grades: [GradeCount], notAssessed: [GoalNumber], suggested: ReportGrade?) {
        self.goals = goals
        self.grades = grades
        self.notAssessed = notAssessed
        self.suggested = suggested
    }

    /// The roll-up of a goal at a checkpoint; nil when the goal has no goals under it.
    init?(_ goal: Goal, at checkpoint: Checkpoint, in workspace: Workspace) {
        guard let rollUp = RollUp(of: goal.number, at: checkpoint.id, in: workspace) else { return nil }
        let scale = workspace.scale
        let list = checkpoint.forecasts ? scale.forecastGrades : scale.resultGrades
        let suggested = rollUp.suggested.map { fulfilment in
            checkpoint.forecasts ? scale.forecastGrade(for: fulfilment)
                : list.first { $0.fulfilment == fulfilment } ?? GradeScale.notAssessed
        }
        self.init(
            goals: rollUp.entries.map(\.goal),
            grades: rollUp.counts(in: list).map { GradeCount(grade: ReportGrade($0.grade), count: $0.count) },
            notAssessed: rollUp.notAssessed,
            suggested: suggested.map(ReportGrade.init)
        )
    }
}
