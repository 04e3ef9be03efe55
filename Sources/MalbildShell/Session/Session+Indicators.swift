import MalbildCore

extension Session {
    /// A source as typed, `manuell` read as `manual`; other sources (`kolada:N00945`) as they are.
    static func sourceText(_ typed: String) -> String {
        CommandWords.englishWord(typed) == "manual" ? "manual" : typed
    }

    /// `indicator add`.
    func addIndicator(id: String, name: String, _ inv: Invocation) throws {
        let goal = try focusedGoal(for: "indicator add")
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), id.first?.isLetter == true else {
            throw failure(.badIndicatorID, id)
        }
        var source = IndicatorSource.manual
        if let text = inv.option("source") {
            do { source = try IndicatorSource(parsing: Self.sourceText(text)) } catch { throw ShellError.failed(t.describe(error)) }
        }
        var direction = Direction.higher
        if let text = inv.option("direction") {
            guard let d = Direction(rawValue: CommandWords.englishWord(text)) else {
                throw failure(.notADirection, text)
            }
            direction = d
        }
        let indicator = Indicator(id: id, name: name, source: source, unit: inv.option("unit") ?? "", direction: direction,
                                  owner: inv.option("owner"))
        try perform(.insertIndicator(goal: goal.number, index: goal.indicators.count, indicator: indicator))
        var line = t(.indicatorAdded, id, goal.number, name, t.sourceWord(source), t.betterWord(direction))
        if goal.kind == .supporting {
            line += "\n" + t(.indicatorOnSupportingGoal, goal.number)
        }
        say(line)
    }

    /// `indicator set ID name|unit|source|direction VALUE`: corrects what the
    /// indicator is and keeps its values; a new source for an indicator with
    /// values is asked about at a terminal.
    func setIndicatorField(_ id: String, field: String, to value: String) throws {
        let (goal, indicator) = try self.indicator(id)
        if field.lowercased() == "owner" {
            let owner = ["none", "-"].contains(value.lowercased()) ? nil : value
            try perform(.setIndicatorOwner(goal: goal.number, indicator: indicator.id, owner: owner))
            return say(owner.map { t(.indicatorOwnerSet, indicator.id, $0) } ?? t(.indicatorOwnerCleared, indicator.id))
        }
        let old = IndicatorDescription(indicator)
        var new = old
        let before: String
        switch field.lowercased() {
        case "name":
            before = old.name
            new.name = value
        case "unit":
            before = old.unit
            new.unit = value
        case "source":
            before = t.sourceWord(old.source)
            do { new.source = try IndicatorSource(parsing: Self.sourceText(value)) } catch { throw ShellError.failed(t.describe(error)) }
            if new.source != old.source, !indicator.measurements.isEmpty {
                let question = t(.indicatorSourceQuestion, indicator.id, indicator.measurements.count, t.sourceWord(old.source), t.sourceWord(new.source))
                guard try confirmChange(question, whenNotAsked: true) else { return say(.indicatorSourceKept, indicator.id) }
            }
        case "direction":
            before = t.directionWord(old.direction)
            guard let d = Direction(rawValue: CommandWords.englishWord(value)) else { throw failure(.notADirection, value) }
            new.direction = d
        default:
            throw failure(.notAnIndicatorField, field)
        }
        try perform(.setIndicatorDescription(goal: goal.number, indicator: indicator.id, description: new))
        let now: String
        switch field.lowercased() {
        case "source": now = t.sourceWord(new.source)
        case "direction": now = t.directionWord(new.direction)
        default: now = value
        }
        say(.indicatorFieldSet, indicator.id, CommandWords.shown(field.lowercased(), in: language), now, before)
    }

    /// The first day of `--from YEAR|DATE`: a year from its 1 January.
    func endDay(_ text: String) throws -> Day {
        if text.count == 4, let year = Int(text), let day = try? Day(year: year, month: 1, day: 1) { return day }
        guard let day = try? Day(parsing: text) else { throw failure(.notAPeriodFrom, text) }
        return day
    }

    /// `measure ID WHEN VALUE [--women V] [--men V] [--status "…"] [--correct "why"]`.
    func measure(_ inv: Invocation) throws {
        // Take only what is needed from the indicator: holding a copy of it
        // while the edit applies would copy all its values, whatever their number.
        let (day, checkpoint) = try when(inv.when ?? "")
        let (goalNumber, id, unit, count, previous) = try {
            let (goal, indicator) = try indicator(inv.indicator ?? "")
            let previous = indicator.measurements.lastIndex(ofDay: day).map { indicator.measurements[$0] }
            return (goal.number, indicator.id, indicator.unit, indicator.measurements.count, previous)
        }()
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
        let correction = inv.option("correct")
        if let previous, correction == nil {
            throw failure(.valueExists, id, day, MeasurementText.value(previous, unit: unit, t: t))
        }
        if previous == nil, correction != nil {
            throw failure(.nothingToCorrect, id, day)
        }
        if correction?.isEmpty == true { throw failure(.correctNeedsReason) }
        let m = Measurement(day: day, checkpoint: checkpoint, total: total, women: women, men: men,
                            status: status, correction: correction, example: inv.flag("example"))
        try perform(.insertMeasurement(goal: goalNumber, indicator: id, index: count, measurement: m))
        let when = checkpoint.map { "\($0) (\(day))" } ?? day.description
        var line = "\(id) \(when): \(MeasurementText.value(m, unit: unit, t: t))"
        if let previous { line += t(.correctedFrom, MeasurementText.value(previous, unit: unit, t: t)) }
        if !workspace.planYears.contains(day.year) {
            let years = workspace.planYears
            line += "\n" + (years.count == 1
                ? t(.outsidePlanYear, day, "\(years.lowerBound)")
                : t(.outsidePlanPeriod, day, "\(years.lowerBound)–\(years.upperBound)"))
        }
        say(line)
    }
}
