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
    /// The grades the rule names for met, partly met and not met, in the words of the
    /// checkpoint's list (forecast words at an interim report, result words at helår).
    public var ruleGrades: [ReportGrade]
    /// The scale's thresholds on the share met, highest first; empty when the scale's
    /// grades carry none and the rule of all, half or fewer holds.
    public var thresholds: [ReportThreshold]

    /// Creates a roll-up.
    public init(goals: [GoalNumber], grades: [GradeCount], notAssessed: [GoalNumber], suggested: ReportGrade?,
                ruleGrades: [ReportGrade] = [], thresholds: [ReportThreshold] = []) {
        self.goals = goals
        self.grades = grades
        self.notAssessed = notAssessed
        self.suggested = suggested
        self.ruleGrades = ruleGrades
        self.thresholds = thresholds
    }

    /// The roll-up of a goal at a checkpoint; nil when the goal has no goals under it.
    init?(_ goal: Goal, at checkpoint: Checkpoint, in workspace: Workspace) {
        guard let rollUp = RollUp(of: goal.number, at: checkpoint.id, in: workspace) else { return nil }
        let scale = workspace.scale
        let list = checkpoint.forecasts ? scale.forecastGrades : scale.resultGrades
        func grade(_ fulfilment: Fulfilment) -> Grade {
            checkpoint.forecasts ? scale.forecastGrade(for: fulfilment)
                : list.first { $0.fulfilment == fulfilment } ?? GradeScale.notAssessed
        }
        self.init(
            goals: rollUp.entries.map(\.goal),
            grades: rollUp.counts(in: list).map { GradeCount(grade: ReportGrade($0.grade), count: $0.count) },
            notAssessed: rollUp.notAssessed,
            suggested: rollUp.suggested.map(grade).map(ReportGrade.init),
            ruleGrades: [Fulfilment.met, .partly, .notMet].map(grade).map(ReportGrade.init),
            thresholds: rollUp.thresholds.map { ReportThreshold(grade: ReportGrade($0), share: $0.threshold ?? 1) }
        )
    }
}
