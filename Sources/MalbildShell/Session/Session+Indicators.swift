import MalbildCore

extension Session {
    /// `indicator add`.
    func addIndicator(id: String, name: String, _ inv: Invocation) throws {
        let goal = try focusedGoal(for: "indicator add")
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), id.first?.isLetter == true else {
            throw ShellError.failed("\"\(id)\" cannot be an indicator id: use letters, digits, - and _, starting with a letter")
        }
        var source = IndicatorSource.manual
        if let text = inv.option("source") {
            do { source = try IndicatorSource(parsing: text) } catch { throw ShellError.failed(error.description) }
        }
        var direction = Direction.higher
        if let text = inv.option("direction") {
            guard let d = Direction(rawValue: text.lowercased()) else {
                throw ShellError.failed("\"\(text)\" is not a direction: use higher or lower (which values are better)")
            }
            direction = d
        }
        let indicator = Indicator(id: id, name: name, source: source, unit: inv.option("unit") ?? "", direction: direction)
        try perform(.insertIndicator(goal: goal.number, index: goal.indicators.count, indicator: indicator))
        var line = "Added indicator \(id) to goal \(goal.number): \(name) (\(source), \(direction.rawValue) is better)"
        if goal.kind == .supporting {
            line += "\nGoal \(goal.number) is a supporting goal: its indicators show measurable added values; no forecast is made from them."
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
                throw ShellError.failed("a missing value (-) needs --status saying why, e.g. --status \"Publiceras i december\"")
            }
            total = nil
        } else {
            total = try number(text, what: "the value")
        }
        let women = try inv.option("women").map { try number($0, what: "--women") }
        let men = try inv.option("men").map { try number($0, what: "--men") }
        let earlier = indicator.currentValues.first { $0.day == day }
        let correction = inv.option("correct")
        if let earlier, correction == nil {
            throw ShellError.failed("\(indicator.id) already has a value for \(day) (\(MeasurementText.value(earlier, unit: indicator.unit))); "
                + "to correct it, add --correct \"why\": the earlier value stays in the history")
        }
        if earlier == nil, correction != nil {
            throw ShellError.failed("\(indicator.id) has no value for \(day) to correct; leave out --correct")
        }
        if correction?.isEmpty == true { throw ShellError.failed("--correct needs the reason for the correction") }
        let m = Measurement(day: day, checkpoint: checkpoint, total: total, women: women, men: men,
                            status: status, correction: correction, example: inv.flag("example"))
        try perform(.insertMeasurement(goal: goal.number, indicator: indicator.id, index: indicator.measurements.count, measurement: m))
        let when = checkpoint.map { "\($0) (\(day))" } ?? day.description
        var line = "\(indicator.id) \(when): \(MeasurementText.value(m, unit: indicator.unit))"
        if let earlier { line += ", corrected from \(MeasurementText.value(earlier, unit: indicator.unit))" }
        if day.year != workspace.planYear { line += "\nNote: \(day) is outside the plan year \(workspace.planYear)." }
        say(line)
    }
}
