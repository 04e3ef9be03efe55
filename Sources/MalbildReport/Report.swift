import MalbildCore

/// The entry point: a workspace's report at a checkpoint, in a format.
///
/// ```swift
/// let text = try Report.render(workspace, checkpoint: "delår1", format: .html)
/// ```
public enum Report {
    /// Renders the report of a workspace at a checkpoint of its calendar
    /// (`delår1`, `delår2`, `helår`; `delar1` works too).
    ///
    /// The text is the whole file to write, as UTF-8. A CSV in the
    /// ``CSVStyle/swedishExcel`` style starts with a byte order mark.
    /// - Throws: ``ReportError/unknownCheckpoint(_:known:)`` for a checkpoint
    ///   the calendar does not have.
    public static func render(
        _ workspace: Workspace,
        checkpoint: String,
        format: ReportFormat,
        csvStyle: CSVStyle = .swedishExcel
    ) throws(ReportError) -> String {
        let data = try ReportData(workspace, checkpoint: checkpoint)
        return try render(data, format: format, csvStyle: csvStyle)
    }

    /// Renders report data in a format.
    public static func render(
        _ data: ReportData,
        format: ReportFormat,
        csvStyle: CSVStyle = .swedishExcel
    ) throws(ReportError) -> String {
        switch format {
        case .markdown: return MarkdownReport(data).render()
        case .html: return HTMLReport(data).render()
        case .csv: return CSVReport(data, style: csvStyle).render()
        case .json: return try JSONReport(data).render()
        }
    }
}
