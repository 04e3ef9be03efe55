import MalbildCore

/// What importing a spreadsheet of values into a workspace would do, worked out without
/// changing it: the edits to apply, in order, and a summary per indicator.
///
/// Each row's indicator is looked up by id (any case) and its date or checkpoint read in the
/// workspace's calendar and plan year: a checkpoint (`delår1`) gives the checkpoint's day
/// and is recorded on the value; a date gives that day (2019-04-31 is refused with Day's
/// message). A value equal to the one in force for that day is left out, so importing the
/// same file twice changes nothing; a different one becomes a correction with the reason
/// `correction` (the earlier value stays in the history). Two lines for the same indicator
/// and day are a fault of the later line.
///
/// When any line has a fault, nothing is planned and a ``MeasurementCSVError`` lists every
/// bad line, unless `skipBad` is set: then the bad lines are left out and listed in
/// ``skippedLines``. Apply ``edits`` in order with `Workspace.apply(_:)`; they are valid only
/// on the workspace planned from.
public struct MeasurementCSVPlan: Equatable, Sendable {
    /// The reason given for corrections unless another is asked for.
    public static let defaultCorrectionReason = "CSV import"

    /// The file planned from.
    public let path: String
    /// The edits, in the order to apply them.
    public let edits: [Edit]
    /// What is imported, per indicator with rows in the file, in the order first met.
    public let imported: [IndicatorImport]
    /// The bad lines left out (only when planned with `skipBad`).
    public let skippedLines: [MeasurementCSVLineError]
    /// Headers of columns that were not read.
    public let ignoredColumns: [String]

    /// Plans the import of `file`'s rows into `workspace`.
    public init(
        workspace: Workspace,
        file: MeasurementCSV,
        skipBad: Bool = false,
        correction: String = MeasurementCSVPlan.defaultCorrectionReason
    ) throws(MeasurementCSVError) {
        var problems = file.problems
        var merger = MeasurementMerger(correction: correction)
        var seen: [String: Int] = [:]
        var days: [String: When] = [:]
        let checkpoints = workspace.calendar.checkpoints.map(\.id)
        let digitCheckpoints = checkpoints.contains { $0.first { $0 != " " }?.isNumber == true }
        let known = workspace.goals.flatMap { $0.indicators.map(\.id) }
        for row in file.rows {
            func fail(_ fault: MeasurementCSVLineError.Fault) {
                problems.append(MeasurementCSVLineError(line: row.line, fault: fault))
            }
            guard let goal = workspace.indicatorOwner(row.indicator), let indicator = goal.indicator(row.indicator) else {
                fail(.unknownIndicator(row.indicator, known: known))
                continue
            }
            if let ended = indicator.discontinued {
                fail(.discontinued(indicator.id, replacedBy: ended.replacedBy))
                continue
            }
            let when = days[row.when] ?? Self.when(row.when, in: workspace, checkpoints: checkpoints, digitCheckpoints: digitCheckpoints)
            days[row.when] = when
            let day: Day
            let checkpoint: String?
            switch when {
            case let .day(d, c):
                day = d
                checkpoint = c
            case .fault(let fault):
                fail(fault)
                continue
            }
            let key = "\(goal.number)\u{0}\(indicator.id)\u{0}\(day)"
            if let first = seen[key] {
                fail(.duplicate(indicator: indicator.id, day: day, firstLine: first))
                continue
            }
            seen[key] = row.line
            let m = Measurement(day: day, checkpoint: checkpoint, total: row.total, women: row.women, men: row.men,
                                status: row.status)
            merger.offer(m, goal: goal.number, indicator: indicator)
        }
        problems.sort { $0.line < $1.line }
        if !problems.isEmpty && !skipBad {
            throw MeasurementCSVError(path: file.path, fault: .badLines(problems))
        }
        self.path = file.path
        self.edits = merger.edits
        self.imported = merger.imports
        self.skippedLines = skipBad ? problems : []
        self.ignoredColumns = file.ignoredColumns
    }

    /// What a date or checkpoint as written stands for.
    private enum When {
        /// A day, and the checkpoint's id when it was written as one.
        case day(Day, String?)
        /// Why it is neither.
        case fault(MeasurementCSVLineError.Fault)
    }

    /// The day a date or checkpoint as written stands for, in the workspace's calendar and plan year.
    private static func when(_ text: String, in workspace: Workspace, checkpoints: [String], digitCheckpoints: Bool) -> When {
        // A text that begins with a digit (a date) can only name a checkpoint whose id does too.
        let dateLike = text.first?.isASCII == true && text.first?.isNumber == true
        if !dateLike || digitCheckpoints, let c = workspace.calendar.checkpoint(text) {
            return .day(c.day, c.id)
        }
        do {
            return .day(try Day(parsing: text, year: workspace.planYear), nil)
        } catch {
            if case .notADate = error { return .fault(.notADateOrCheckpoint(text, checkpoints: checkpoints)) }
            return .fault(.badDate(error))
        }
    }

    /// Whether the import changes nothing.
    public var isEmpty: Bool { edits.isEmpty }

    /// How many values equal those in force already and are left out.
    public var unchanged: Int { imported.reduce(0) { $0 + $1.unchanged } }
}
