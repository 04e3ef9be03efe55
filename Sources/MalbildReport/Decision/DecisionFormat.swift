/// The formats a drafted decision is written in.
public enum DecisionFormat: String, CaseIterable, Sendable {
    /// Markdown, also the source of the Word file.
    case markdown = "md"
    /// Plain text, laid out as the minutes' paragraph.
    case text = "txt"
    /// One HTML page, printable on A4.
    case html
    /// Word, made by pandoc from the Markdown.
    case docx
}
