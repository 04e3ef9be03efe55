/// Tests a goal's ambition level against the three criteria: the group's
/// verdicts, and for a steering goal the evidence that it can be measured.
public enum CriteriaCheck {
    /// The outcome for one criterion.
    public enum Outcome: String, Equatable, Sendable {
        /// The criterion is met.
        case passed
        /// The criterion is not met.
        case failed
        /// Not yet judged.
        case unknown
    }

    /// One criterion of one goal, checked.
    public struct Line: Equatable, Sendable {
        /// The criterion.
        public var criterion: Criterion
        /// Passed, failed or unknown.
        public var outcome: Outcome
        /// Why.
        public var reason: CriterionReason
        /// Whether the verdict lacks a justification.
        public var missingJustification: Bool
    }

    /// The numbers of the goals whose status is decided while they have no
    /// ambition level: a decision that says nothing to be achieved.
    public static func decidedWithoutAmbition(_ goals: [Goal]) -> [GoalNumber] {
        goals.filter { $0.status == .decided && $0.ambition.allSatisfy(\.isWhitespace) }.map(\.number)
    }

    /// Checks the three criteria of a goal; `children` are the goals right under it, through
    /// which a steering goal without indicators of its own is measured.
    public static func check(_ goal: Goal, under children: [GoalNumber] = []) -> [Line] {
        Criterion.allCases.map { criterion in
            let a = goal.criteria[criterion]
            let missing = a.verdict != .unknown && a.justification.isEmpty
            let judged = CriterionReason.judged(a.verdict, justification: a.justification)
            if criterion == .measurable, goal.kind == .steering {
                let measured = goal.indicators.filter(measures)
                if goal.indicators.isEmpty, !children.isEmpty {
                    if a.verdict == .no {
                        return Line(criterion: criterion, outcome: .failed, reason: judged, missingJustification: missing)
                    }
                    let reason = CriterionReason.measuredThrough(goals: children, justification: a.justification)
                    return Line(criterion: criterion, outcome: .passed, reason: reason, missingJustification: missing)
                }
                if measured.isEmpty {
                    let reason = CriterionReason.needsIndicator(lacks: goal.indicators.map { lack($0) })
                    return Line(criterion: criterion, outcome: .failed, reason: reason, missingJustification: missing)
                }
                if a.verdict == .no {
                    return Line(criterion: criterion, outcome: .failed, reason: judged, missingJustification: missing)
                }
                let reason = CriterionReason.measured(
                    ids: measured.map(\.id), withBaseline: measured.allSatisfy { $0.baseline != nil }, justification: a.justification)
                return Line(criterion: criterion, outcome: .passed, reason: reason, missingJustification: missing)
            }
            switch a.verdict {
            case .yes: return Line(criterion: criterion, outcome: .passed, reason: judged, missingJustification: missing)
            case .no: return Line(criterion: criterion, outcome: .failed, reason: judged, missingJustification: missing)
            case .unknown: return Line(criterion: criterion, outcome: .unknown, reason: .notJudged, missingJustification: false)
            }
        }
    }

    /// Whether an indicator makes a goal measurable: a running series (every
    /// indicator has a source, its own records at least) with a target. A
    /// baseline is optional.
    public static func measures(_ indicator: Indicator) -> Bool {
        indicator.target != nil && indicator.discontinued == nil
    }

    private static func lack(_ indicator: Indicator) -> CriterionReason.Lack {
        indicator.discontinued != nil ? .discontinued(id: indicator.id) : .noTarget(id: indicator.id)
    }
}
