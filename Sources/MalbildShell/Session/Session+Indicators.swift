import MalbildCore

extension Session {
    /// `indicator add`.
    func addIndicator(id: String, name: String, _ inv: Invocation) throws {
        let goal = try focusedGoal(for: "indicator add")
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), id.first?.isLetter == true else {
            throw failure(.badIndicatorID, id)
        }
        var source = IndicatorSource.manual
        if let text = inv.option("source") {
            do { source = try IndicatorSource(parsing: text) } catch { throw ShellError.failed(t.describe(error)) }
        }
        var direction = Direction.higher
        if let text = inv.option("direction") {
            guard let d = Direction(rawValue: text.lowercased()) else {
                throw failure(.notADirection, text)
            }
            direction = d
        }
        let indicator = Indicator(id: id, name: name, source: source, unit: inv.option("unit") ?? "", direction: direction)
        try perform(.insertIndicator(goal: goal.number, index: goal.indicators.count, indicator: indicator))
        var line = t(.indicatorAdded, id, goal.number, name, source, t.betterWord(direction))
        if goal.kind == .supporting {
            line += "\n" + t(.indicatorOnSupportingGoal, goal.number)
        }
        say(line)
    }

    /// `measure ID WHEN VALUE [--women V] [--men V] [--status "…"] [--correct "why"]`.
    func measure(_ inv: Invocation) throws {
        let (goal, indicator) = try indicator(inv.indicator ?? "")
        let (day, checkpoint) = try when(inv.when ?? "")
        let text = inv.value("VALUE") ?? ""
        let status = inv.option("status") ?? ""
        let total: Double?
        if text == "-" {
            guard !status.isEmpty else {
                throw failure(.missingNeedsStatus)
            }
            total = nil
        } else {
            total = try number(text, what: t(.theValue))
        }
        let women = try inv.option("women").map { try number($0, what: "--women") }
        let men = try inv.option("men").map { try number($0, what: "--men") }
        let earlier = indicator.currentValues.first { $0.day == day }
        let correction = inv.option("correct")
        if let earlier, correction == nil {
            throw failure(.valueExists, indicator.id, day, MeasurementText.value(earlier, unit: indicator.unit, t: t))
        }
        if earlier == nil, correction != nil {
            throw failure(.nothingToCorrect, indicator.id, day)
        }
        if correction?.isEmpty == true { throw failure(.correctNeedsReason) }
        let m = Measurement(day: day, checkpoint: checkpoint, total: total, women: women, men: men,
                            status: status, correction: correction, example: inv.flag("example"))
        try perform(.insertMeasurement(goal: goal.number, indicator: indicator.id, index: indicator.measurements.count, measurement: m))
        let when = checkpoint.map { "\($0) (\(day))" } ?? day.description
        var line = "\(indicator.id) \(when): \(MeasurementText.value(m, unit: indicator.unit, t: t))"
        if let earlier { line += t(.correctedFrom, MeasurementText.value(earlier, unit: indicator.unit, t: t)) }
        if day.year != workspace.planYear { line += "\n" + t(.outsidePlanYear, day, workspace.planYear) }
        say(line)
    }
}
