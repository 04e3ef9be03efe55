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
             .setAssessment(let g, _, _), .setForecast(let g, _, _), .setResult(let g, _), .insertActivity(let g, _, _),
             .removeActivity(let g, _), .setActivityStatus(let g, _, _),
             .setIndicatorOwner(let g, _, _), .setActivityOwner(let g, _, _):
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
        }
    }

    /// The value an edit sets, as text for the log; nil for an edit that
    /// removes something or has no value of its own.
    public var loggedValue: String? {
        switch self {
        case .setTitle(_, let t): return t
        case .setAmbition(_, let t): return t
        case .setKind(_, let k): return k.rawValue
        case .setArea(_, let a): return a.map(String.init) ?? "none"
        case .setStatus(_, let s): return s.rawValue
        case .setDecided(_, let d): return d?.ambition
        case .setCriterion(_, _, let a): return a.verdict.rawValue + (a.justification.isEmpty ? "" : ": " + a.justification)
        case .insertStrategy(_, _, let t), .insertDocument(_, _, let t): return t
        case .insertNote(_, _, let n): return n.text
        case .insertGoal(let g): return g.title
        case .insertArea(_, let a): return a.name
        case .renameArea(_, let n): return n
        case .insertIndicator(_, _, let i): return "\(i.id): \(i.name) (\(i.source))"
        case .setBaseline(_, _, let r), .setTarget(_, _, let r): return r.map { "\(Number.format($0.value)) (\($0.period))" }
        case .insertMeasurement(_, _, _, let m):
            let value = m.total.map(Number.format) ?? "missing" + (m.status.isEmpty ? "" : ": \(m.status)")
            return "\(m.day): \(value)"
        case .setOwner(_, let o), .setIndicatorOwner(_, _, let o), .setActivityOwner(_, _, let o): return o ?? "none"
        case .moveGoal(_, let to): return to.description
        case .setIndicatorDescription(_, _, let d):
            return "\(d.name); \(d.unit); \(d.source.description); \(d.direction.rawValue)"
        case .setDiscontinued(_, _, let d): return d.map { $0.reason + ($0.replacedBy.map { " → \($0)" } ?? "") }
        case .setAssessment(_, _, let a): return a.map { ($0.grade.map { "\($0): " } ?? "") + $0.text }
        case .setForecast(_, _, let f): return f.map { "\($0.grade): \($0.rationale)" }
        case .setResult(_, let r): return r.map { "\($0.grade): \($0.text)" }
        case .insertActivity(_, _, let a): return a.text
        case .setActivityStatus(_, _, let s): return s.rawValue
        case .setScale(let name): return name
        case .setInfo(_, let value): return value
        case .insertInfo(_, _, let text): return text
        case .insertStep(_, let step): return "\(step.body) \(step.day?.description ?? "") \(step.paragraph): \(step.action)"
        case .removeStrategy, .removeDocument, .removeNote, .removeGoal, .removeArea, .removeIndicator,
             .removeMeasurement, .removeActivity, .appendLog, .removeLastLog, .removeInfo, .removeStep, .setKoladaRecord:
            return nil
        }
    }
}
