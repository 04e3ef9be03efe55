extension Edit {
    /// The goal an edit concerns, if one.
    public var goalNumber: GoalNumber? {
        switch self {
        case .setTitle(let g, _), .setAmbition(let g, _), .setKind(let g, _), .setArea(let g, _), .setStatus(let g, _), .setDecided(let g, _),
             .setCriterion(let g, _, _), .insertStrategy(let g, _, _), .removeStrategy(let g, _),
             .insertDocument(let g, _, _), .removeDocument(let g, _), .insertIndicator(let g, _, _),
             .removeIndicator(let g, _), .setBaseline(let g, _, _), .setTarget(let g, _, _),
             .insertMeasurement(let g, _, _, _), .removeMeasurement(let g, _, _), .setDiscontinued(let g, _, _),
             .setIndicatorDescription(let g, _, _), .setOwner(let g, _),
             .setAssessment(let g, _, _), .setForecast(let g, _, _), .setResult(let g, _, _), .insertActivity(let g, _, _),
             .setPeriodTarget(let g, _, _, _),
             .removeActivity(let g, _), .setActivityStatus(let g, _, _),
             .setIndicatorOwner(let g, _, _), .setActivityOwner(let g, _, _), .setLinkedParent(let g, _):
            return g
        case .moveGoal(_, let to):
            return to
        case .insertNote(let g, _, _), .removeNote(let g, _):
            return g
        case .insertGoal(let goal):
            return goal.number
        case .removeGoal(let number):
            return number
        case .insertArea, .removeArea, .renameArea, .setScale, .appendLog, .removeLastLog,
             .setInfo, .insertInfo, .removeInfo, .insertStep, .removeStep, .setKoladaRecord:
            return nil
        case .setCheckpoint, .setOwnScale:
            return nil
        }
    }

    /// The value an edit sets, as data for the log; nil for an edit that
    /// removes something or has no value of its own.
    public var loggedValue: ChangeValue? {
        switch self {
        case .setTitle(_, let t): return .text(t)
        case .setAmbition(_, let t): return .text(t)
        case .setKind(_, let k): return .kind(k)
        case .setArea(_, let a): return a.map(ChangeValue.number) ?? .nothing
        case .setStatus(_, let s): return .status(s)
        case .setDecided(_, let d): return d.map { .text($0.ambition) }
        case .setCriterion(_, _, let a): return .verdict(a.verdict, justification: a.justification)
        case .insertStrategy(_, _, let t), .insertDocument(_, _, let t): return .text(t)
        case .insertNote(_, _, let n): return .text(n.text)
        case .insertGoal(let g): return .text(g.title)
        case .insertArea(_, let a): return .text(a.name)
        case .renameArea(_, let n): return .text(n)
        case .insertIndicator(_, _, let i): return .indicator(id: i.id, name: i.name, source: i.source.description)
        case .setBaseline(_, _, let r), .setTarget(_, _, let r): return r.map { .reference(value: $0.value, period: $0.period) }
        case .insertMeasurement(_, _, _, let m): return .measurement(day: m.day, value: m.total, status: m.status)
        case .setOwner(_, let o): return o.map(ChangeValue.text) ?? .nothing
        case .setIndicatorOwner(_, _, let o), .setActivityOwner(_, _, let o): return o.map(ChangeValue.text) ?? .nothing
        case .moveGoal(_, let to): return .text(to.description)
        case .setLinkedParent(_, let link): return link.map { .text($0.description) } ?? .nothing
        case .setIndicatorDescription(_, _, let d):
            return .definition(name: d.name, unit: d.unit, source: d.source.description, direction: d.direction)
        case .setDiscontinued(_, _, let d): return d.map { .ended(reason: $0.reason, replacedBy: $0.replacedBy) }
        case .setAssessment(_, _, let a): return a.map { .graded(grade: $0.grade, text: $0.text) }
        case .setForecast(_, _, let f): return f.map { .graded(grade: $0.grade, text: $0.rationale) }
        case .setResult(_, _, let r): return r.map { .graded(grade: $0.grade, text: $0.text) }
        case .insertActivity(_, _, let a): return .text(a.text)
        case .setActivityStatus(_, _, let s): return .activityStatus(s)
        case .setScale(let name): return .text(name)
        case .setInfo(_, let value): return .text(value)
        case .insertInfo(_, _, let text): return .text(text)
        case .insertStep(_, let step): return .step(body: step.body, day: step.day, paragraph: step.paragraph, action: step.action)
        case .setCheckpoint(_, let c): return c.map { .checkpoint(day: $0.day, name: $0.name, forecasts: $0.forecasts) }
        case .setPeriodTarget(_, _, let p, let r): return r.map { .reference(value: $0.value, period: p) }
        case .setOwnScale(_, let scale): return scale.map { .list($0.ownGrades.map { .text("\($0.symbol) \($0.words)") }) }
        case .removeStrategy, .removeDocument, .removeNote, .removeGoal, .removeArea, .removeIndicator,
             .removeMeasurement, .removeActivity, .appendLog, .removeLastLog, .removeInfo, .removeStep, .setKoladaRecord:
            return nil
        }
    }
}
