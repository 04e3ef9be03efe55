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
        // Take only what is needed from the indicator: holding a copy of it
        // while the edit applies would copy all its values, whatever their number.
        let (day, checkpoint) = try when(inv.when ?? "")
        let (goalNumber, id, unit, count, previous) = try {
            let (goal, indicator) = try indicator(inv.indicator ?? "")
            let previous = indicator.measurements.last { $0.day == day }
            return (goal.number, indicator.id, indicator.unit, indicator.measurements.count, previous)
        }()
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
        let correction = inv.option("correct")
        if let previous, correction == nil {
            throw ShellError.failed("\(id) already has a value for \(day) (\(MeasurementText.value(previous, unit: unit))); "
                + "to correct it, add --correct \"why\": the earlier value stays in the history")
        }
        if previous == nil, correction != nil {
            throw ShellError.failed("\(id) has no value for \(day) to correct; leave out --correct")
        }
        if correction?.isEmpty == true { throw ShellError.failed("--correct needs the reason for the correction") }
        let m = Measurement(day: day, checkpoint: checkpoint, total: total, women: women, men: men,
                            status: status, correction: correction, example: inv.flag("example"))
        try perform(.insertMeasurement(goal: goalNumber, indicator: id, index: count, measurement: m))
        let when = checkpoint.map { "\($0) (\(day))" } ?? day.description
        var line = "\(id) \(when): \(MeasurementText.value(m, unit: unit))"
        if let previous { line += ", corrected from \(MeasurementText.value(previous, unit: unit))" }
        if day.year != workspace.planYear { line += "\nNote: \(day) is outside the plan year \(workspace.planYear)." }
        say(line)
    }
}
