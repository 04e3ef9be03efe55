/// What differs between two workspaces, goal by goal, as values the shell
/// words: the ambition of goal 6, with the old and new values.
public enum WorkspaceDiff {
    /// One difference.
    public struct Change: Equatable, Sendable {
        /// The goal it concerns, or nil for the workspace as a whole.
        public var goal: GoalNumber?
        /// What changed, e.g. the ambition level.
        public var what: DiffSubject
        /// The old value, when there is one to show.
        public var old: ChangeValue?
        /// The new value, when there is one to show.
        public var new: ChangeValue?
    }

    /// The differences from `a` to `b`; empty when they hold the same.
    public static func compare(_ a: Workspace, _ b: Workspace) -> [Change] {
        var changes: [Change] = []
        func add(_ goal: GoalNumber?, _ what: DiffSubject, _ old: ChangeValue? = nil, _ new: ChangeValue? = nil) {
            changes.append(Change(goal: goal, what: what, old: old, new: new))
        }
        if a.name != b.name { add(nil, .name, .text(a.name), .text(b.name)) }
        if a.municipality != b.municipality {
            add(nil, .municipality, municipality(a.municipality), municipality(b.municipality))
        }
        if a.planYear != b.planYear { add(nil, .planYear, .number(a.planYear), .number(b.planYear)) }
        if a.planYears != b.planYears, a.planYear == b.planYear {
            add(nil, .planPeriod, .period(a.planYears.lowerBound, a.planYears.upperBound), .period(b.planYears.lowerBound, b.planYears.upperBound))
        }
        compareCalendars(a, b, add)
        if a.decision != b.decision { add(nil, .decision) }
        if a.scaleName != b.scaleName { add(nil, .scale, .text(a.scaleName), .text(b.scaleName)) }
        for area in b.areas where a.area(area.number) == nil { add(nil, .areaAdded(area: area.number), nil, .text(area.name)) }
        for area in a.areas where b.area(area.number) == nil { add(nil, .areaRemoved(area: area.number), .text(area.name), nil) }
        for area in b.areas {
            if let old = a.area(area.number), old.name != area.name { add(nil, .areaRenamed(area: area.number), .text(old.name), .text(area.name)) }
        }
        compareTexts(nil, .workspaceNote, a.notes.map(\.text), b.notes.map(\.text), add)
        let moves = moved(a, b)
        for (old, new) in moves {
            add(new.number, .goalMoved(from: old.number), nil, .text(new.title))
            compareGoal(old, new, add)
        }
        for goal in b.goals where a.goal(goal.number) == nil && !moves.contains(where: { $0.1.number == goal.number }) {
            add(goal.number, .goalAdded, nil, .text(goal.title))
        }
        for goal in a.goals where b.goal(goal.number) == nil && !moves.contains(where: { $0.0.number == goal.number }) {
            add(goal.number, .goalRemoved, .text(goal.title), nil)
        }
        for new in b.goals {
            guard let old = a.goal(new.number) else { continue }
            compareGoal(old, new, add)
        }
        return changes
    }

    /// Goals that left their number in `a` for a new one in `b` (a move keeps what a goal
    /// holds): each number only in `a` paired with one only in `b` whose goal has the same
    /// title, the one that holds the same otherwise first.
    private static func moved(_ a: Workspace, _ b: Workspace) -> [(Goal, Goal)] {
        var arrived = b.goals.filter { a.goal($0.number) == nil }
        var pairs: [(Goal, Goal)] = []
        for old in a.goals where b.goal(old.number) == nil {
            var same = old
            let candidates = arrived.indices.filter { arrived[$0].title == old.title }
            let index = candidates.first { i in
                same.number = arrived[i].number
                return same == arrived[i]
            } ?? candidates.first
            guard let index else { continue }
            pairs.append((old, arrived[index]))
            arrived.remove(at: index)
        }
        return pairs
    }

    private typealias Add = (GoalNumber?, DiffSubject, ChangeValue?, ChangeValue?) -> Void

    /// The checkpoints and the workspace's own scales added, removed or changed.
    private static func compareCalendars(_ a: Workspace, _ b: Workspace, _ add: Add) {
        func value(_ c: Checkpoint) -> ChangeValue { .checkpoint(day: c.day, name: c.name, forecasts: c.forecasts) }
        for c in b.calendar.checkpoints {
            guard let old = a.calendar.checkpoints.first(where: { $0.id == c.id }) else {
                add(nil, .checkpointAdded(id: c.id), nil, value(c))
                continue
            }
            if old != c { add(nil, .checkpointChanged(id: c.id), value(old), value(c)) }
        }
        for c in a.calendar.checkpoints where !b.calendar.checkpoints.contains(where: { $0.id == c.id }) {
            add(nil, .checkpointRemoved(id: c.id), value(c), nil)
        }
        func grades(_ s: GradeScale) -> ChangeValue { .list(s.ownGrades.map { .text("\($0.symbol) \($0.words)") }) }
        let old = a.ownScales ?? [], new = b.ownScales ?? []
        for s in new {
            guard let before = old.first(where: { $0.name == s.name }) else {
                add(nil, .scaleDefined(name: s.name), nil, grades(s))
                continue
            }
            if before != s { add(nil, .scaleRedefined(name: s.name), grades(before), grades(s)) }
        }
        for s in old where !new.contains(where: { $0.name == s.name }) { add(nil, .scaleRemoved(name: s.name), grades(s), nil) }
    }

    private static func compareGoal(_ a: Goal, _ b: Goal, _ add: Add) {
        let n = b.number
        if a.title != b.title { add(n, .title, .text(a.title), .text(b.title)) }
        if a.ambition != b.ambition { add(n, .ambition, .text(a.ambition), .text(b.ambition)) }
        if a.kind != b.kind { add(n, .kind, .kind(a.kind), .kind(b.kind)) }
        if a.area != b.area { add(n, .area, a.area.map(ChangeValue.number) ?? .nothing, b.area.map(ChangeValue.number) ?? .nothing) }
        if a.status != b.status { add(n, .status, .status(a.status), .status(b.status)) }
        for c in Criterion.allCases where a.criteria[c] != b.criteria[c] {
            add(n, .criterion(c), verdict(a.criteria[c]), verdict(b.criteria[c]))
        }
        compareTexts(n, .strategy, a.strategies, b.strategies, add)
        compareTexts(n, .document, a.documents, b.documents, add)
        compareTexts(n, .note, a.notes.map(\.text), b.notes.map(\.text), add)
        for i in b.indicators where a.indicator(i.id) == nil { add(n, .indicatorAdded(id: i.id), nil, .text(i.name)) }
        for i in a.indicators where b.indicator(i.id) == nil { add(n, .indicatorRemoved(id: i.id), .text(i.name), nil) }
        for new in b.indicators {
            guard let old = a.indicator(new.id), old != new else { continue }
            if old.name != new.name { add(n, .indicatorRenamed(id: new.id), .text(old.name), .text(new.name)) }
            if old.baseline != new.baseline { add(n, .baseline(id: new.id), reference(old.baseline), reference(new.baseline)) }
            if old.target != new.target { add(n, .target(id: new.id), reference(old.target), reference(new.target)) }
            if old.periodTargets != new.periodTargets {
                add(n, .periodTargets(id: new.id), .list(old.periodTargets.map { reference($0) }), .list(new.periodTargets.map { reference($0) }))
            }
            let added = new.measurements.count - old.measurements.count
            if added > 0, new.measurements.prefix(old.measurements.count).elementsEqual(old.measurements) {
                add(n, .valuesRecorded(count: added, id: new.id), nil,
                    .list(new.measurements.suffix(added).map { .measurement(day: $0.day, value: $0.total, status: "") }))
            } else if old.measurements != new.measurements {
                add(n, .valuesChanged(id: new.id), nil, nil)
            }
            if old.discontinued != new.discontinued { add(n, new.discontinued == nil ? .seriesResumed(id: new.id) : .seriesEnded(id: new.id), nil, new.discontinued.map { .text($0.reason) }) }
            if old.source != new.source || old.unit != new.unit || old.direction != new.direction {
                add(n, .indicatorRedefined(id: new.id), definition(old), definition(new))
            }
        }
        let checkpoints = Set(a.forecasts.map(\.checkpoint) + b.forecasts.map(\.checkpoint) + a.assessments.map(\.checkpoint) + b.assessments.map(\.checkpoint)).sorted()
        for c in checkpoints {
            let (fa, fb) = (a.forecast(at: c), b.forecast(at: c))
            if fa != fb { add(n, .forecast(checkpoint: c), fa.map { .graded(grade: $0.grade, text: $0.rationale) }, fb.map { .graded(grade: $0.grade, text: $0.rationale) }) }
            let (aa, ab) = (a.assessment(at: c), b.assessment(at: c))
            if aa != ab { add(n, .assessment(checkpoint: c), aa.map { .text($0.text) }, ab.map { .text($0.text) }) }
        }
        for c in Set((a.results ?? []).map(\.checkpoint) + (b.results ?? []).map(\.checkpoint)).sorted() {
            let (ra, rb) = (a.result(at: c), b.result(at: c))
            if ra != rb { add(n, .result, ra.map { .graded(grade: $0.grade, text: $0.text) }, rb.map { .graded(grade: $0.grade, text: $0.text) }) }
        }
        if a.activities != b.activities {
            compareTexts(n, .activity, a.activities.map(\.text), b.activities.map(\.text), add)
            for (i, new) in b.activities.enumerated() {
                if let old = a.activities.first(where: { $0.text == new.text }), old.status != new.status {
                    add(n, .activityStatus(number: i + 1), .activityStatus(old.status), .activityStatus(new.status))
                }
            }
        }
    }

    /// Items added and removed between two lists of texts.
    private static func compareTexts(_ goal: GoalNumber?, _ item: DiffSubject.Item, _ a: [String], _ b: [String], _ add: Add) {
        var remaining = a
        for text in b {
            if let i = remaining.firstIndex(of: text) { remaining.remove(at: i) } else { add(goal, .added(item), nil, .text(text)) }
        }
        for text in remaining { add(goal, .removed(item), .text(text), nil) }
    }

    private static func verdict(_ a: CriterionAssessment) -> ChangeValue {
        .verdict(a.verdict, justification: a.justification)
    }

    private static func reference(_ r: Reference?) -> ChangeValue {
        r.map { .reference(value: $0.value, period: $0.period) } ?? .nothing
    }

    private static func municipality(_ m: Municipality) -> ChangeValue {
        .text(m.name + " (" + m.koladaID + ")")
    }

    private static func definition(_ i: Indicator) -> ChangeValue {
        .definition(name: nil, unit: i.unit, source: i.source.description, direction: i.direction)
    }
}
