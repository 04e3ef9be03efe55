/// The formats a report can be written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Markdown: reads well as plain text and renders in common viewers.
    case markdown = "md"
    /// One self-contained HTML page with inline SVG charts.
    case html
    /// One row per indicator and checkpoint, for a spreadsheet.
    case csv
    /// The report's data, for other tools.
    case json

    /// The file name extension, without the dot: `md`, `html`, `csv`, `json`.
    public var fileExtension: String { rawValue }
}
