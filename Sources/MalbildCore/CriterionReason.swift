/// Why a criterion of a goal passed, failed or is not known, as a value:
/// the shell's catalogue words it.
public enum CriterionReason: Equatable, Sendable {
    /// The group has not judged the criterion yet.
    case notJudged
    /// The group's verdict, with its justification (empty when none was given).
    case judged(Verdict, justification: String)
    /// A steering goal without an indicator that measures it: what each of its
    /// indicators lacks (empty when it has no indicators).
    case needsIndicator(lacks: [Lack])
    /// A steering goal measured by indicators with a target, all with a
    /// baseline or not, with the group's justification (empty when none).
    case measured(ids: [String], withBaseline: Bool, justification: String)
    /// A steering goal without indicators of its own, measured through the goals right
    /// under it (their roll-up), with the group's justification (empty when none).
    case measuredThrough(goals: [GoalNumber], justification: String)

    /// What an indicator lacks to measure a goal.
    public enum Lack: Equatable, Sendable {
        /// Its series has ended.
        case discontinued(id: String)
        /// It has no target.
        case noTarget(id: String)
    }
}
