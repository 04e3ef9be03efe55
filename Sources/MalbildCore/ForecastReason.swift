/// Why the forecast engine suggests what it does for a goal as a whole, as a
/// value: the shell's catalogue words it.
public enum ForecastReason: Equatable, Sendable {
    /// The goal has no indicators.
    case noIndicators(goal: GoalNumber)
    /// The goal has no indicators of its own and is measured through the goals right
    /// under it: their roll-up suggests its grade.
    case throughGoalsUnder(goal: GoalNumber, goals: [GoalNumber])
    /// No indicator has both values this year up to the day and a target.
    case noValuesAndTarget(until: Day)
    /// Every indicator that can be forecast is expected to reach its target.
    case allMet
    /// No indicator that can be forecast is expected to reach its target.
    case noneMet
    /// Some are expected to reach their targets, some not.
    case someMet
    /// None is expected to reach its target in full, and at least one part of the way.
    case partlyOnly
}
