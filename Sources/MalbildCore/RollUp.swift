/// How the goals right under a goal stand at a checkpoint ("träffbild"): each one's
/// grade, the count per grade, and a suggested grade for the goal above them.
///
/// A child's grade is its forecast at an interim checkpoint and its result at the
/// year's end, as the scale means them; a child without one falls back on the grade
/// of its qualitative assessment there, and without that it is not assessed.
///
/// The rule for the suggestion, of the children that are assessed: with a scale whose
/// grades carry thresholds (a share of the target, as a workspace's own scale may), the
/// share of them met is held against those thresholds, and the grade with the highest
/// threshold it reaches is suggested (none reached: not met). Otherwise (the built-in
/// scales): all met → met; at least half met or partly met → partly; otherwise not met.
/// With no child assessed there is no suggestion. Children not assessed are
/// counted apart and named, never as not met.
public struct RollUp: Equatable, Sendable {
    /// One child and its grade at the checkpoint; nil when it is not assessed there.
    public struct Entry: Equatable, Sendable {
        /// The child's number.
        public var goal: GoalNumber
        /// The child's grade, with what it means; nil when not assessed.
        public var grade: Grade?
    }

    /// The checkpoint's id.
    public var checkpoint: String
    /// The children, in number order, with their grades.
    public var entries: [Entry]
    /// The grades whose thresholds the share met is held against, highest threshold
    /// first; empty when the scale's grades carry none and the built-in rule holds.
    public var thresholds: [Grade]

    /// The roll-up of a goal's children at a checkpoint; nil when the goal has no children
    /// or the checkpoint does not exist.
    public init?(of parent: GoalNumber, at checkpoint: String, in workspace: Workspace) {
        let children = workspace.children(of: parent)
        guard !children.isEmpty, let point = workspace.calendar.checkpoint(checkpoint) else { return nil }
        let scale = workspace.scale
        self.checkpoint = checkpoint
        entries = children.map { child in
            Entry(goal: child.number, grade: Self.grade(of: child, at: point, scale: scale))
        }
        thresholds = Self.thresholds(of: scale, at: point)
    }

    /// The grades of a scale's list for a checkpoint that carry a threshold and mean met,
    /// partly or not met, highest threshold first; a met grade without one counts from all
    /// (100 %). Empty when no grade of the list carries a threshold.
    public static func thresholds(of scale: GradeScale, at checkpoint: Checkpoint) -> [Grade] {
        let list = checkpoint.forecasts ? scale.forecastGrades : scale.resultGrades
        guard list.contains(where: { $0.threshold != nil }) else { return [] }
        let meaning: Set<Fulfilment> = [.met, .partly, .notMet]
        return list.compactMap { grade -> Grade? in
            guard meaning.contains(grade.fulfilment) else { return nil }
            var counted = grade
            if grade.fulfilment == .met, grade.threshold == nil { counted.threshold = 1 }
            return counted.threshold == nil ? nil : counted
        }
        .sorted { ($0.threshold ?? 0) > ($1.threshold ?? 0) }
    }

    /// The grade of one goal at a checkpoint, read against the scale; nil when it has none
    /// or when its grade means "not assessed".
    public static func grade(of goal: Goal, at checkpoint: Checkpoint, scale: GradeScale) -> Grade? {
        let given: String?
        if checkpoint.forecasts {
            given = goal.forecast(at: checkpoint.id)?.grade ?? goal.assessment(at: checkpoint.id)?.grade
        } else {
            given = goal.result(at: checkpoint.id)?.grade ?? goal.assessment(at: checkpoint.id)?.grade
        }
        guard let words = given else { return nil }
        let primary = checkpoint.forecasts ? scale.forecastGrade(words) : scale.resultGrade(words)
        let grade = primary ?? scale.forecastGrade(words) ?? scale.resultGrade(words)
        guard let grade, grade.fulfilment != .notAssessed else { return nil }
        return grade
    }

    /// The children whose grade means a fulfilment.
    public func goals(_ fulfilment: Fulfilment) -> [GoalNumber] {
        entries.filter { ($0.grade?.fulfilment ?? .notAssessed) == fulfilment }.map(\.goal)
    }

    /// The children not assessed at the checkpoint.
    public var notAssessed: [GoalNumber] { goals(.notAssessed) }

    /// The count per grade, in the order of the grades given (a scale's list), grades no
    /// child has left out.
    public func counts(in grades: [Grade]) -> [(grade: Grade, count: Int)] {
        var seen: [String] = []
        var result: [(grade: Grade, count: Int)] = []
        for grade in grades where grade.fulfilment != .notAssessed && !seen.contains(grade.words) {
            seen.append(grade.words)
            let count = entries.filter { $0.grade?.words == grade.words }.count
            if count > 0 { result.append((grade, count)) }
        }
        // A grade from the other list of the scale (an outcome word at an interim checkpoint).
        for entry in entries {
            guard let grade = entry.grade, !seen.contains(grade.words) else { continue }
            seen.append(grade.words)
            result.append((grade, entries.filter { $0.grade?.words == grade.words }.count))
        }
        return result
    }

    /// The suggested fulfilment of the goal above, by the rule stated on the type;
    /// nil when no child is assessed.
    public var suggested: Fulfilment? {
        let met = goals(.met).count
        let partly = goals(.partly).count
        let assessed = met + partly + goals(.notMet).count
        guard assessed > 0 else { return nil }
        if !thresholds.isEmpty {
            let share = Double(met) / Double(assessed)
            // A small allowance so that 4 of 5 reaches a threshold of 80 %.
            return thresholds.first { share + 1e-9 >= ($0.threshold ?? 0) }?.fulfilment ?? .notMet
        }
        if met == assessed { return .met }
        if 2 * (met + partly) >= assessed { return .partly }
        return .notMet
    }
}
