extension Workspace {
    /// Applies the edits of the workspace's own calendar, scales and targets per
    /// period. Called by ``apply(_:)``.
    mutating func applyCalendar(_ edit: Edit) throws(EditError) -> Edit {
        switch edit {
        case let .setCheckpoint(id, checkpoint):
            return try applyCheckpoint(id, checkpoint)
        case let .setPeriodTarget(number, id, period, reference):
            return try applyPeriodTarget(number, id, period, reference)
        case let .setOwnScale(name, scale):
            return try applyOwnScale(name, scale)
        default:
            return try apply(edit)
        }
    }

    /// What is recorded at a checkpoint: assessments, forecasts, values entered for
    /// it, baselines and targets for it.
    public func uses(ofCheckpoint id: String) -> [CheckpointUse] {
        var uses: [CheckpointUse] = []
        for goal in goals {
            if goal.assessments.contains(where: { $0.checkpoint == id }) { uses.append(.assessment(goal: goal.number)) }
            if goal.forecasts.contains(where: { $0.checkpoint == id }) { uses.append(.forecast(goal: goal.number)) }
            if goal.result(at: id) != nil { uses.append(.result(goal: goal.number)) }
            for indicator in goal.indicators {
                if indicator.measurements.contains(where: { $0.checkpoint == id }) { uses.append(.values(indicator: indicator.id)) }
                let references = [indicator.baseline].compactMap { $0 } + indicator.targets
                if references.contains(where: { $0.period == .checkpoint(id) }) { uses.append(.reference(indicator: indicator.id)) }
            }
        }
        return uses
    }

    /// Whether a word could not be told from a year, a date or the plan period where a
    /// period or a day is typed.
    public static func isReservedCheckpointID(_ id: String) -> Bool {
        id.isEmpty || id.contains(where: \.isWhitespace) || id.first?.isNumber == true || id.lowercased() == "plan"
    }

    private mutating func applyCheckpoint(_ id: String, _ checkpoint: Checkpoint?) throws(EditError) -> Edit {
        let index = calendar.checkpoints.firstIndex { $0.id == id }
        let old = index.map { calendar.checkpoints[$0] }
        if let checkpoint {
            guard checkpoint.id == id, !Self.isReservedCheckpointID(id) else { throw .badCheckpointID(checkpoint.id) }
            guard !checkpoint.name.allSatisfy(\.isWhitespace) else { throw .emptyText(.checkpointName) }
            if old == nil, calendar.checkpoint(id) != nil { throw .checkpointExists(id) }
            guard planYears.contains(checkpoint.day.year) else {
                throw .dayOutsidePlanPeriod(checkpoint.day, first: planYears.lowerBound, last: planYears.upperBound)
            }
            if let old, old.forecasts, !checkpoint.forecasts {
                let forecasts = uses(ofCheckpoint: id).filter { if case .forecast = $0 { return true } else { return false } }
                if !forecasts.isEmpty { throw .checkpointInUse(id, uses: forecasts) }
            }
            if let old, !old.forecasts, checkpoint.forecasts {
                let results = uses(ofCheckpoint: id).filter { if case .result = $0 { return true } else { return false } }
                if !results.isEmpty { throw .checkpointInUse(id, uses: results) }
            }
        } else {
            guard let index else { throw .noSuchCheckpoint(id, known: calendar.checkpoints.map(\.id)) }
            let found = uses(ofCheckpoint: id)
            guard found.isEmpty else { throw .checkpointInUse(id, uses: found) }
            guard calendar.checkpoints.count > 1 else { throw .lastCheckpoint(calendar.checkpoints[index].id) }
        }
        calendar.checkpoints.removeAll { $0.id == id }
        if let checkpoint {
            // In the order of the year; on the same day, after those already there.
            let at = calendar.checkpoints.firstIndex { $0.day > checkpoint.day } ?? calendar.checkpoints.endIndex
            calendar.checkpoints.insert(checkpoint, at: at)
        }
        return .setCheckpoint(id: id, checkpoint: old)
    }

    private mutating func applyPeriodTarget(_ number: GoalNumber, _ id: String, _ period: Period, _ reference: Reference?) throws(EditError) -> Edit {
        let g = try goalIndex(number)
        guard let i = goals[g].indicators.firstIndex(where: { $0.id.lowercased() == id.lowercased() }) else {
            throw .noSuchIndicator(goal: number, id: id, known: goals[g].indicators.map(\.id))
        }
        if case .checkpoint(let c) = period, !calendar.checkpoints.contains(where: { $0.id == c }) {
            throw .noSuchCheckpoint(c, known: calendar.checkpoints.map(\.id))
        }
        if let value = reference?.value, !Number.isAllowed(value) { throw .valueOutOfRange(value) }
        let stored = reference.map { Reference(period: period, value: $0.value, example: $0.example) }
        var indicator = goals[g].indicators[i]
        let old = indicator.target(for: period)
        if indicator.target == nil || indicator.target?.period == period {
            indicator.target = stored
        } else if let at = indicator.periodTargets.firstIndex(where: { $0.period == period }) {
            if let stored { indicator.periodTargets[at] = stored } else { indicator.periodTargets.remove(at: at) }
        } else if let stored {
            indicator.periodTargets.append(stored)
        }
        goals[g].indicators[i] = indicator
        return .setPeriodTarget(goal: number, indicator: id, period: period, reference: old)
    }

    private mutating func applyOwnScale(_ name: String, _ scale: GradeScale?) throws(EditError) -> Edit {
        guard !name.isEmpty, !name.contains(where: \.isWhitespace) else { throw .badScaleName(name) }
        if GradeScale.named(name) != nil { throw .builtInScale(name) }
        var own = ownScales ?? []
        let index = own.firstIndex { $0.name.lowercased() == name.lowercased() }
        let old = index.map { own[$0] }
        if let scale {
            guard scale.name == name else { throw .badScaleName(scale.name) }
            var seen: Set<String> = []
            for grade in scale.forecastGrades {
                guard !grade.words.allSatisfy(\.isWhitespace) else { throw .emptyText(.gradeWords) }
                guard !grade.symbol.allSatisfy(\.isWhitespace) else { throw .emptyText(.gradeSymbol) }
                guard seen.insert(grade.words.lowercased()).inserted else { throw .gradeWordsTwice(grade.words) }
                if let t = grade.threshold, !(t >= 0 && t <= 10) { throw .thresholdOutOfRange(t) }
            }
            if scaleName.lowercased() == name.lowercased(), scale.ownGrades.isEmpty { throw .scaleWithoutGrades(name) }
            if let index { own[index] = scale } else { own.append(scale) }
        } else {
            guard let index else { throw .noSuchScale(name) }
            guard scaleName.lowercased() != name.lowercased() else { throw .scaleInUse(own[index].name) }
            own.remove(at: index)
        }
        ownScales = own.isEmpty ? nil : own
        return .setOwnScale(name: name, scale: old)
    }
}
