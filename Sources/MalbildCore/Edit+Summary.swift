extension Edit {
    /// What the edit does, as a value, for undo, redo and the log.
    public var summary: EditSummary {
        switch self {
        case .setTitle(let goal, _): return .setTitle(goal: goal)
        case .setAmbition(let goal, _): return .setAmbition(goal: goal)
        case let .setKind(goal, kind): return .setKind(goal: goal, kind: kind)
        case let .setArea(goal, area):
            if let area { return .movedToArea(goal: goal, area: area) }
            return .tookOutOfArea(goal: goal)
        case let .setStatus(goal, status): return .setStatus(goal: goal, status: status)
        case let .setDecided(goal, text): return text == nil ? .tookAsDecided(goal: goal) : .keptDecided(goal: goal)
        case let .setCriterion(goal, criterion, a): return .judged(goal: goal, criterion: criterion, verdict: a.verdict)
        case let .insertStrategy(goal, index, _): return .addedStrategy(goal: goal, number: index + 1)
        case let .removeStrategy(goal, index): return .removedStrategy(goal: goal, number: index + 1)
        case let .insertDocument(goal, index, _): return .addedDocument(goal: goal, number: index + 1)
        case let .removeDocument(goal, index): return .removedDocument(goal: goal, number: index + 1)
        case let .insertNote(goal, _, _): return .addedNote(goal: goal)
        case let .removeNote(goal, _): return .removedNote(goal: goal)
        case .insertGoal(let goal): return .addedGoal(goal: goal.number)
        case .removeGoal(let number): return .removedGoal(goal: number)
        case .insertArea(_, let area): return .addedArea(area: area.number)
        case .removeArea(let number): return .removedArea(area: number)
        case .renameArea(let number, _): return .renamedArea(area: number)
        case let .insertIndicator(goal, _, indicator): return .addedIndicator(goal: goal, indicator: indicator.id)
        case let .removeIndicator(goal, id): return .removedIndicator(goal: goal, indicator: id)
        case let .setBaseline(goal, id, r): return .setBaseline(goal: goal, indicator: id, cleared: r == nil)
        case let .setTarget(goal, id, r): return .setTarget(goal: goal, indicator: id, cleared: r == nil)
        case let .insertMeasurement(goal, id, _, m):
            return .recordedValue(goal: goal, indicator: id, day: m.day, corrected: m.correction != nil)
        case let .removeMeasurement(goal, id, _): return .removedValue(goal: goal, indicator: id)
        case let .setOwner(goal, owner): return .setOwner(goal: goal, cleared: owner == nil)
        case let .setIndicatorDescription(goal, id, _): return .correctedIndicator(goal: goal, indicator: id)
        case let .setDiscontinued(goal, id, d): return .discontinued(goal: goal, indicator: id, resumed: d == nil)
        case let .setAssessment(goal, checkpoint, a): return .assessed(goal: goal, checkpoint: checkpoint, cleared: a == nil)
        case let .setForecast(goal, checkpoint, f): return .setForecast(goal: goal, checkpoint: checkpoint, grade: f?.grade)
        case let .setResult(goal, _, r): return .setResult(goal: goal, grade: r?.grade)
        case let .insertActivity(goal, index, _): return .addedActivity(goal: goal, number: index + 1)
        case let .removeActivity(goal, index): return .removedActivity(goal: goal, number: index + 1)
        case let .setActivityStatus(goal, index, status): return .setActivityStatus(goal: goal, number: index + 1, status: status)
        case .setScale(let name): return .choseScale(name: name)
        case .appendLog: return .logged
        case .removeLastLog: return .removedLastLog
        case let .setInfo(field, _): return .setInfo(field: field)
        case let .insertInfo(list, index, _): return .addedInfo(list: list, number: index + 1)
        case let .removeInfo(list, index): return .removedInfo(list: list, number: index + 1)
        case .insertStep(let index, _): return .addedStep(number: index + 1)
        case .removeStep(let index): return .removedStep(number: index + 1)
        case .setKoladaRecord(let record): return .koladaRecord(cleared: record == nil)
        case let .setCheckpoint(id, c): return .setCheckpoint(id: id, day: c?.day)
        case let .setPeriodTarget(goal, id, period, r):
            return .setPeriodTarget(goal: goal, indicator: id, period: period, cleared: r == nil)
        case let .setOwnScale(name, scale): return .definedScale(name: name, removed: scale == nil)
        case let .moveGoal(from, to): return .movedGoal(from: from, to: to)
        case let .setLinkedParent(goal, link): return .linkedParent(goal: goal, link: link)
        case let .setIndicatorOwner(goal, id, owner): return .setIndicatorOwner(goal: goal, indicator: id, cleared: owner == nil)
        case let .setActivityOwner(goal, index, owner): return .setActivityOwner(goal: goal, number: index + 1, cleared: owner == nil)
        }
    }
}
