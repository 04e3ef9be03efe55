extension Edit {
    /// What the edit does, in words, for undo, redo and the log:
    /// "set the ambition level of goal 6".
    public var summary: String {
        switch self {
        case .setTitle(let goal, _): return "set the title of goal \(goal)"
        case .setAmbition(let goal, _): return "set the ambition level of goal \(goal)"
        case let .setKind(goal, kind): return "made goal \(goal) \(kind.rawValue)"
        case let .setArea(goal, area):
            if let area { return "moved goal \(goal) to area \(area)" }
            return "took goal \(goal) out of its area"
        case let .setStatus(goal, status): return "set the status of goal \(goal) to \(status.rawValue)"
        case let .setDecided(goal, text):
            return text == nil ? "took the wording of goal \(goal) as decided" : "kept the decided wording of goal \(goal)"
        case let .setCriterion(goal, criterion, a):
            return "judged goal \(goal) \(criterion.rawValue): \(a.verdict.rawValue)"
        case let .insertStrategy(goal, index, _): return "added strategy \(index + 1) to goal \(goal)"
        case let .removeStrategy(goal, index): return "removed strategy \(index + 1) from goal \(goal)"
        case let .insertDocument(goal, index, _): return "added steering document \(index + 1) to goal \(goal)"
        case let .removeDocument(goal, index): return "removed steering document \(index + 1) from goal \(goal)"
        case let .insertNote(goal, _, _):
            if let goal { return "added a note to goal \(goal)" }
            return "added a note to the workspace"
        case let .removeNote(goal, _):
            if let goal { return "removed a note from goal \(goal)" }
            return "removed a note from the workspace"
        case .insertGoal(let goal): return "added goal \(goal.number)"
        case .removeGoal(let number): return "removed goal \(number)"
        case .insertArea(_, let area): return "added area \(area.number)"
        case .removeArea(let number): return "removed area \(number)"
        case .renameArea(let number, _): return "renamed area \(number)"
        case let .insertIndicator(goal, _, indicator): return "added indicator \(indicator.id) to goal \(goal)"
        case let .removeIndicator(goal, id): return "removed indicator \(id) from goal \(goal)"
        case let .setBaseline(goal, id, r):
            return r == nil ? "cleared the baseline of \(id) (goal \(goal))" : "set the baseline of \(id) (goal \(goal))"
        case let .setTarget(goal, id, r):
            return r == nil ? "cleared the target of \(id) (goal \(goal))" : "set the target of \(id) (goal \(goal))"
        case let .insertMeasurement(goal, id, _, m):
            let what = m.correction == nil ? "recorded" : "corrected"
            return "\(what) the value of \(id) for \(m.day) (goal \(goal))"
        case let .removeMeasurement(goal, id, _): return "removed a value of \(id) (goal \(goal))"
        case let .setOwner(goal, owner):
            return owner == nil ? "cleared the owner of goal \(goal)" : "set the owner of goal \(goal)"
        case let .setIndicatorDescription(goal, id, _): return "corrected the indicator \(id) (goal \(goal))"
        case let .setDiscontinued(goal, id, d):
            return d == nil ? "resumed the series \(id) (goal \(goal))" : "discontinued the series \(id) (goal \(goal))"
        case let .setAssessment(goal, checkpoint, a):
            return a == nil ? "cleared the assessment of goal \(goal) at \(checkpoint)" : "assessed goal \(goal) at \(checkpoint)"
        case let .setForecast(goal, checkpoint, f):
            return f == nil ? "cleared the forecast of goal \(goal) at \(checkpoint)"
                : "set the forecast of goal \(goal) at \(checkpoint) to \(f?.grade ?? "")"
        case let .setResult(goal, r):
            return r == nil ? "cleared the result of goal \(goal)" : "set the result of goal \(goal) to \(r?.grade ?? "")"
        case let .insertActivity(goal, index, _): return "added activity \(index + 1) to goal \(goal)"
        case let .removeActivity(goal, index): return "removed activity \(index + 1) from goal \(goal)"
        case let .setActivityStatus(goal, index, status):
            return "set activity \(index + 1) of goal \(goal) to \(status.rawValue)"
        case .setScale(let name): return "chose the \(name) grade scale"
        case .appendLog(let entry): return "logged: \(entry.summary)"
        case .removeLastLog: return "removed the last log entry"
        case let .setInfo(field, _): return "set the workspace's \(field.rawValue)"
        case let .insertInfo(list, index, _): return "added \(list.rawValue) \(index + 1) to the workspace"
        case let .removeInfo(list, index): return "removed \(list.rawValue) \(index + 1) from the workspace"
        case .insertStep(let index, _): return "added step \(index + 1) to the decision path"
        case .removeStep(let index): return "removed step \(index + 1) from the decision path"
        case let .moveGoal(from, to): return "moved goal \(from) to \(to)"
        case let .setIndicatorOwner(goal, id, owner):
            return owner == nil ? "cleared the owner of \(id) (goal \(goal))" : "set the owner of \(id) (goal \(goal))"
        case let .setActivityOwner(goal, index, owner):
            return owner == nil ? "cleared the owner of activity \(index + 1) of goal \(goal)"
                : "set the owner of activity \(index + 1) of goal \(goal)"
        case .setKoladaRecord(let record):
            return record == nil ? "cleared what is kept from Kolada" : "updated what is kept from Kolada"
        }
    }
}
