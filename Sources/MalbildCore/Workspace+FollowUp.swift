extension Workspace {
    /// Applies the follow-up edits: indicators, values, assessments,
    /// forecasts, results, activities and the scale. Called by ``apply(_:)``.
    mutating func applyFollowUp(_ edit: Edit) throws(EditError) -> Edit {
        switch edit {
        case let .insertIndicator(number, index, indicator):
            let g = try goalIndex(number)
            guard !indicator.id.isEmpty else { throw .emptyText(.indicatorID) }
            guard !indicator.name.isEmpty else { throw .emptyText(.indicatorName) }
            if indicator.owner?.allSatisfy(\.isWhitespace) == true { throw .emptyText(.owner) }
            if let owner = goals.first(where: { $0.indicator(indicator.id) != nil }) {
                throw .indicatorExists(indicator.id, goal: owner.number)
            }
            try Self.checkValues(of: indicator)
            try Self.checkInsert(index, count: goals[g].indicators.count, what: .indicator)
            goals[g].indicators.insert(indicator, at: index)
            return .removeIndicator(goal: number, id: indicator.id)

        case let .removeIndicator(number, id):
            let (g, i) = try indicatorIndex(number, id)
            let old = goals[g].indicators.remove(at: i)
            return .insertIndicator(goal: number, index: i, indicator: old)

        case let .setBaseline(number, id, reference):
            let (g, i) = try indicatorIndex(number, id)
            try checkPeriod(reference?.period)
            try Self.checkValue(reference?.value)
            let old = goals[g].indicators[i].baseline
            goals[g].indicators[i].baseline = reference
            return .setBaseline(goal: number, indicator: id, reference: old)

        case let .setTarget(number, id, reference):
            let (g, i) = try indicatorIndex(number, id)
            try checkPeriod(reference?.period)
            try Self.checkValue(reference?.value)
            let old = goals[g].indicators[i].target
            goals[g].indicators[i].target = reference
            return .setTarget(goal: number, indicator: id, reference: old)

        case let .insertMeasurement(number, id, index, measurement):
            let (g, i) = try indicatorIndex(number, id)
            // A series that has ended still takes values dated before its end, or
            // when no end was given, up to its last value.
            if let ended = goals[g].indicators[i].discontinued,
               !ended.takes(measurement.day, latestRecorded: goals[g].indicators[i].measurements.latestDay) {
                if let from = ended.from {
                    throw .indicatorEnded(goals[g].indicators[i].id, from: from, replacedBy: ended.replacedBy)
                }
                throw .indicatorDiscontinued(goals[g].indicators[i].id, replacedBy: ended.replacedBy)
            }
            try Self.checkValues(of: measurement)
            try Self.checkInsert(index, count: goals[g].indicators[i].measurements.count, what: .value)
            goals[g].indicators[i].measurements.insert(measurement, at: index)
            return .removeMeasurement(goal: number, indicator: id, index: index)

        case let .removeMeasurement(number, id, index):
            let (g, i) = try indicatorIndex(number, id)
            try Self.checkItem(index, count: goals[g].indicators[i].measurements.count, what: .value)
            let old = goals[g].indicators[i].measurements.remove(at: index)
            return .insertMeasurement(goal: number, indicator: id, index: index, measurement: old)

        case let .setIndicatorDescription(number, id, description):
            let (g, i) = try indicatorIndex(number, id)
            guard !description.name.isEmpty else { throw .emptyText(.indicatorName) }
            let old = IndicatorDescription(goals[g].indicators[i])
            goals[g].indicators[i].name = description.name
            goals[g].indicators[i].unit = description.unit
            goals[g].indicators[i].source = description.source
            goals[g].indicators[i].direction = description.direction
            return .setIndicatorDescription(goal: number, indicator: id, description: old)

        case let .setDiscontinued(number, id, discontinuation):
            let (g, i) = try indicatorIndex(number, id)
            if let next = discontinuation?.replacedBy, indicatorOwner(next) == nil {
                throw .noSuchIndicator(goal: number, id: next, known: goals[g].indicators.map(\.id))
            }
            if let from = discontinuation?.from {
                let later = goals[g].indicators[i].currentValues.map(\.day).filter { $0 >= from }
                if !later.isEmpty { throw .valuesAfterEnd(goals[g].indicators[i].id, from: from, days: later) }
            }
            let old = goals[g].indicators[i].discontinued
            goals[g].indicators[i].discontinued = discontinuation
            return .setDiscontinued(goal: number, indicator: id, discontinuation: old)

        case let .setAssessment(number, checkpoint, assessment):
            let g = try goalIndex(number)
            try checkCheckpoint(checkpoint)
            if let assessment, assessment.text.isEmpty { throw .emptyText(.assessment) }
            // A supporting goal has no forecast, so its assessment is graded as an outcome.
            if goals[g].kind == .supporting, let grade = assessment?.grade, scale.resultGrade(grade) == nil {
                throw .forecastGradeOnSupportingGoal(number, grade: grade, outcomeGrades: scale.resultGrades.map(\.words))
            }
            let old = goals[g].assessment(at: checkpoint)
            goals[g].assessments.removeAll { $0.checkpoint == checkpoint }
            if let assessment { goals[g].assessments.append(assessment) }
            sortByCalendar(&goals[g].assessments, \.checkpoint)
            return .setAssessment(goal: number, checkpoint: checkpoint, assessment: old)

        case let .setForecast(number, checkpoint, forecast):
            let g = try goalIndex(number)
            try checkCheckpoint(checkpoint)
            if forecast != nil {
                guard goals[g].kind == .steering else { throw .noForecastForSupportingGoal(number) }
                guard calendar.checkpoint(checkpoint)?.forecasts == true else { throw .noForecastAtCheckpoint(checkpoint) }
                if forecast?.rationale.isEmpty == true { throw .emptyText(.rationale) }
            }
            let old = goals[g].forecast(at: checkpoint)
            goals[g].forecasts.removeAll { $0.checkpoint == checkpoint }
            if let forecast { goals[g].forecasts.append(forecast) }
            sortByCalendar(&goals[g].forecasts, \.checkpoint)
            return .setForecast(goal: number, checkpoint: checkpoint, forecast: old)

        case let .setResult(number, given, result):
            let g = try goalIndex(number)
            let checkpoint = given.isEmpty ? singleResultCheckpoint : given
            try checkCheckpoint(checkpoint)
            if let result {
                guard calendar.checkpoint(checkpoint)?.forecasts == false else { throw .noResultAtCheckpoint(checkpoint) }
                if result.text.isEmpty { throw .emptyText(.resultText) }
            }
            let old = goals[g].result(at: checkpoint)
            var results = goals[g].results ?? []
            results.removeAll { $0.checkpoint == checkpoint }
            if var result {
                result.checkpoint = checkpoint
                results.append(result)
            }
            sortByCalendar(&results, \.checkpoint)
            goals[g].results = results.isEmpty ? nil : results
            return .setResult(goal: number, checkpoint: checkpoint, result: old)

        case let .insertActivity(number, index, activity):
            let g = try goalIndex(number)
            guard !activity.text.isEmpty else { throw .emptyText(.activity) }
            try Self.checkInsert(index, count: goals[g].activities.count, what: .activity)
            goals[g].activities.insert(activity, at: index)
            return .removeActivity(goal: number, index: index)

        case let .removeActivity(number, index):
            let g = try goalIndex(number)
            try Self.checkItem(index, count: goals[g].activities.count, what: .activity)
            let old = goals[g].activities.remove(at: index)
            return .insertActivity(goal: number, index: index, activity: old)

        case let .setActivityStatus(number, index, status):
            let g = try goalIndex(number)
            try Self.checkItem(index, count: goals[g].activities.count, what: .activity)
            let old = goals[g].activities[index].status
            goals[g].activities[index].status = status
            return .setActivityStatus(goal: number, index: index, status: old)

        case let .setScale(name):
            guard let scale = scale(named: name) else { throw .noSuchScale(name) }
            if !scale.isBuiltIn, scale.ownGrades.isEmpty { throw .scaleWithoutGrades(scale.name) }
            let old = scaleName
            scaleName = scale.name
            return .setScale(name: old)

        case .appendLog(let entry):
            log.append(entry)
            return .removeLastLog

        case .removeLastLog:
            guard let old = log.popLast() else { throw .noSuchItem(what: .logEntry, number: 1, count: 0) }
            return .appendLog(entry: old)

        default:
            // The edits of goals, areas and notes are applied by apply(_:).
            return try apply(edit)
        }
    }

    /// The goal that holds an indicator id, ignoring case.
    public func indicatorOwner(_ id: String) -> Goal? {
        goals.first { $0.indicator(id) != nil }
    }

    func indicatorIndex(_ number: GoalNumber, _ id: String) throws(EditError) -> (Int, Int) {
        let g = try goalIndex(number)
        guard let i = goals[g].indicators.firstIndex(where: { $0.id.lowercased() == id.lowercased() }) else {
            throw .noSuchIndicator(goal: number, id: id, known: goals[g].indicators.map(\.id))
        }
        return (g, i)
    }

    private func checkCheckpoint(_ id: String) throws(EditError) {
        guard calendar.checkpoints.contains(where: { $0.id == id }) else {
            throw .noSuchCheckpoint(id, known: calendar.checkpoints.map(\.id))
        }
    }

    /// The one rule for values (``Number/isAllowed(_:)``), whatever edit brings them.
    private static func checkValue(_ value: Double?) throws(EditError) {
        if let value, !Number.isAllowed(value) { throw .valueOutOfRange(value) }
    }

    private static func checkValues(of measurement: Measurement) throws(EditError) {
        try checkValue(measurement.total)
        try checkValue(measurement.women)
        try checkValue(measurement.men)
    }

    private static func checkValues(of indicator: Indicator) throws(EditError) {
        try checkValue(indicator.baseline?.value)
        try checkValue(indicator.target?.value)
        for measurement in indicator.measurements { try checkValues(of: measurement) }
    }

    private func checkPeriod(_ period: Period?) throws(EditError) {
        if case .checkpoint(let id) = period { try checkCheckpoint(id) }
    }

    private func sortByCalendar<T>(_ items: inout [T], _ key: KeyPath<T, String>) {
        let order = calendar.checkpoints.map(\.id)
        items.sort { (order.firstIndex(of: $0[keyPath: key]) ?? 99) < (order.firstIndex(of: $1[keyPath: key]) ?? 99) }
    }
}
