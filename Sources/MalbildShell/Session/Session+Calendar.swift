import MalbildCore

extension Session {
    /// `checkpoint add ID DATE "NAME" --forecast|--result`.
    func addCheckpoint(id: String, date: String, name: String, _ inv: Invocation) throws {
        let forecasts = inv.flag("forecast")
        guard forecasts != inv.flag("result") else { throw failure(.calCheckpointNeedsKind, id) }
        if Self.commandWords.contains(id.lowercased()) { throw EditError.badCheckpointID(id) }
        if workspace.calendar.checkpoint(id) != nil { throw EditError.checkpointExists(id) }
        // `checkpoint add mars 31 mars` with no name after: the day alone is no date, and the
        // month is not the name that was meant.
        if date.count <= 2, Int(date) != nil, let month = name.split(separator: " ").first, Day.isMonthName(String(month)) {
            throw failure(.polDateNeedsQuotes, date + " " + month)
        }
        let day = try checkpointDay(date, year: nil)
        try perform(.setCheckpoint(id: id, checkpoint: Checkpoint(id: id, name: name, day: day, forecasts: forecasts)))
        say(.calCheckpointAdded, id, day, name, forecasts ? t(.forecastOfFulfilment) : t(.theYearsResult))
    }

    /// `checkpoint remove ID`.
    func removeCheckpoint(_ text: String) throws {
        let c = try existingCheckpoint(text)
        try perform(.setCheckpoint(id: c.id, checkpoint: nil))
        say(.calCheckpointRemoved, c.id)
    }

    /// `checkpoint set ID DATE`.
    func moveCheckpoint(_ text: String, to date: String) throws {
        var c = try existingCheckpoint(text)
        let old = c.day
        c.day = try checkpointDay(date, year: old.year)
        try perform(.setCheckpoint(id: c.id, checkpoint: c))
        say(.calCheckpointMoved, c.id, c.day, old)
    }

    /// The calendar with the plan period above it (`checkpoints`).
    func showCalendar() {
        let years = workspace.planYears
        let period = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
        say(t(.calPlanPeriod, period) + "\n" + CheckpointText.calendar(workspace.calendar, current: checkpoint, t: t, width: console.width))
    }

    /// A target for a period (`target ID PERIOD VALUE`): beside the others, one per period.
    static func targetEdit(goal: GoalNumber, indicator: String, reference: Reference?) -> Edit {
        guard let reference else { return .setTarget(goal: goal, indicator: indicator, reference: nil) }
        return .setPeriodTarget(goal: goal, indicator: indicator, period: reference.period, reference: reference)
    }

    /// Whether a period typed is the plan period: `plan`, `planperiod` or its years (`2024-2027`).
    func isPlanPeriod(_ text: String) -> Bool {
        let years = workspace.planYears
        return ["plan", "planperiod", "period"].contains(text.lowercased())
            || text == "\(years.lowerBound)-\(years.upperBound)" || text == "\(years.lowerBound)–\(years.upperBound)"
    }

    /// A plan period typed `2024-2027`: one to ten years.
    func planPeriod(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]),
              (1900...2200).contains(first), (first...first + 9).contains(last) else {
            throw failure(.calNotYears, text)
        }
        return first...last
    }

    /// The words after `checkpoint` that are not a checkpoint's id.
    static let commandWords: Set<String> = ["add", "remove", "set"]

    private func existingCheckpoint(_ text: String) throws -> Checkpoint {
        guard let c = workspace.calendar.checkpoint(text) else { throw failure(.noSuchCheckpointUse, text, checkpointList) }
        return c
    }

    /// The day typed for a checkpoint; without a year in it, `year`'s, or with none given the
    /// plan's when it has one year (refused as ambiguous when it has several).
    private func checkpointDay(_ text: String, year: Int?) throws -> Day {
        let day: Day
        do { day = try Day(parsing: text, year: year ?? workspace.planYear) } catch { throw ShellError.failed(t.describe(error)) }
        try requireYear(text, day: day, given: year)
        return day
    }

    /// Refuses a date typed without a year (`31 mars`, `31/3`) when no year is `given` and the
    /// plan period has several: which one was meant cannot be told. `day` is the text read in
    /// the plan's first year.
    func requireYear(_ text: String, day: Day, given year: Int?) throws {
        let years = workspace.planYears
        guard year == nil, years.count > 1, !Day.writesYear(text) else { return }
        throw failure(.polDayNeedsYear, text, years.map(String.init).joined(separator: ", "), day)
    }
}
