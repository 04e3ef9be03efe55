/// What differs between two workspaces, goal by goal, in words a working
/// group reads: "goal 6: ambition changed", with the old and new values.
public enum WorkspaceDiff {
    /// One difference.
    public struct Change: Equatable, Sendable {
        /// The goal it concerns, or nil for the workspace as a whole.
        public var goal: Int?
        /// What changed, e.g. "ambition changed".
        public var what: String
        /// The old value, when there is one to show.
        public var old: String?
        /// The new value, when there is one to show.
        public var new: String?
    }

    /// The differences from `a` to `b`; empty when they hold the same.
    public static func compare(_ a: Workspace, _ b: Workspace) -> [Change] {
        var changes: [Change] = []
        func add(_ goal: Int?, _ what: String, _ old: String? = nil, _ new: String? = nil) {
            changes.append(Change(goal: goal, what: what, old: old, new: new))
        }
        if a.name != b.name { add(nil, "name changed", a.name, b.name) }
        if a.municipality != b.municipality {
            add(nil, "municipality changed", "\(a.municipality.name) (\(a.municipality.koladaID))", "\(b.municipality.name) (\(b.municipality.koladaID))")
        }
        if a.planYear != b.planYear { add(nil, "plan year changed", String(a.planYear), String(b.planYear)) }
        if a.decision != b.decision { add(nil, "decision record changed") }
        if a.scaleName != b.scaleName { add(nil, "grade scale changed", a.scaleName, b.scaleName) }
        for area in b.areas where a.area(area.number) == nil { add(nil, "area \(area.number) added", nil, area.name) }
        for area in a.areas where b.area(area.number) == nil { add(nil, "area \(area.number) removed", area.name, nil) }
        for area in b.areas {
            if let old = a.area(area.number), old.name != area.name { add(nil, "area \(area.number) renamed", old.name, area.name) }
        }
        compareTexts(nil, "workspace note", a.notes.map(\.text), b.notes.map(\.text), add)
        for goal in b.goals where a.goal(goal.number) == nil { add(goal.number, "added", nil, goal.title) }
        for goal in a.goals where b.goal(goal.number) == nil { add(goal.number, "removed", goal.title, nil) }
        for new in b.goals {
            guard let old = a.goal(new.number) else { continue }
            compareGoal(old, new, add)
        }
        return changes
    }

    private typealias Add = (Int?, String, String?, String?) -> Void

    private static func compareGoal(_ a: Goal, _ b: Goal, _ add: Add) {
        let n = b.number
        if a.title != b.title { add(n, "title changed", a.title, b.title) }
        if a.ambition != b.ambition { add(n, "ambition changed", a.ambition, b.ambition) }
        if a.kind != b.kind { add(n, "kind changed", a.kind.rawValue, b.kind.rawValue) }
        if a.area != b.area { add(n, "area changed", a.area.map(String.init) ?? "none", b.area.map(String.init) ?? "none") }
        if a.status != b.status { add(n, "status changed", a.status.rawValue, b.status.rawValue) }
        for c in Criterion.allCases where a.criteria[c] != b.criteria[c] {
            add(n, "\(c.rawValue) changed", text(a.criteria[c]), text(b.criteria[c]))
        }
        compareTexts(n, "strategy", a.strategies, b.strategies, add)
        compareTexts(n, "steering document", a.documents, b.documents, add)
        compareTexts(n, "note", a.notes.map(\.text), b.notes.map(\.text), add)
        for i in b.indicators where a.indicator(i.id) == nil { add(n, "indicator \(i.id) added", nil, i.name) }
        for i in a.indicators where b.indicator(i.id) == nil { add(n, "indicator \(i.id) removed", i.name, nil) }
        for new in b.indicators {
            guard let old = a.indicator(new.id), old != new else { continue }
            if old.name != new.name { add(n, "indicator \(new.id) renamed", old.name, new.name) }
            if old.baseline != new.baseline { add(n, "baseline of \(new.id) changed", reference(old.baseline), reference(new.baseline)) }
            if old.target != new.target { add(n, "target of \(new.id) changed", reference(old.target), reference(new.target)) }
            let added = new.measurements.count - old.measurements.count
            if added > 0, new.measurements.prefix(old.measurements.count).elementsEqual(old.measurements) {
                add(n, "\(added) value\(added == 1 ? "" : "s") of \(new.id) recorded", nil,
                    new.measurements.suffix(added).map { "\($0.day): \($0.total.map(Number.format) ?? "missing")" }.joined(separator: ", "))
            } else if old.measurements != new.measurements {
                add(n, "values of \(new.id) changed", nil, nil)
            }
            if old.discontinued != new.discontinued { add(n, "series \(new.id) \(new.discontinued == nil ? "resumed" : "ended")", nil, new.discontinued?.reason) }
            if old.source != new.source || old.unit != new.unit || old.direction != new.direction {
                add(n, "indicator \(new.id) redefined", "\(old.source), \(old.unit), \(old.direction.rawValue)", "\(new.source), \(new.unit), \(new.direction.rawValue)")
            }
        }
        let checkpoints = Set(a.forecasts.map(\.checkpoint) + b.forecasts.map(\.checkpoint) + a.assessments.map(\.checkpoint) + b.assessments.map(\.checkpoint)).sorted()
        for c in checkpoints {
            let (fa, fb) = (a.forecast(at: c), b.forecast(at: c))
            if fa != fb { add(n, "forecast at \(c) changed", fa.map { "\($0.grade): \($0.rationale)" }, fb.map { "\($0.grade): \($0.rationale)" }) }
            let (aa, ab) = (a.assessment(at: c), b.assessment(at: c))
            if aa != ab { add(n, "assessment at \(c) changed", aa?.text, ab?.text) }
        }
        if a.result != b.result { add(n, "result changed", a.result.map { "\($0.grade): \($0.text)" }, b.result.map { "\($0.grade): \($0.text)" }) }
        if a.activities != b.activities {
            compareTexts(n, "activity", a.activities.map(\.text), b.activities.map(\.text), add)
            for (i, new) in b.activities.enumerated() {
                if let old = a.activities.first(where: { $0.text == new.text }), old.status != new.status {
                    add(n, "activity \(i + 1) status changed", old.status.rawValue, new.status.rawValue)
                }
            }
        }
    }

    /// Items added and removed between two lists of texts.
    private static func compareTexts(_ goal: Int?, _ noun: String, _ a: [String], _ b: [String], _ add: Add) {
        var remaining = a
        for text in b {
            if let i = remaining.firstIndex(of: text) { remaining.remove(at: i) } else { add(goal, "\(noun) added", nil, text) }
        }
        for text in remaining { add(goal, "\(noun) removed", text, nil) }
    }

    private static func text(_ a: CriterionAssessment) -> String {
        a.verdict.rawValue + (a.justification.isEmpty ? "" : ": \(a.justification)")
    }

    private static func reference(_ r: Reference?) -> String {
        r.map { "\(Number.format($0.value)) (\($0.period))" } ?? "none"
    }
}
