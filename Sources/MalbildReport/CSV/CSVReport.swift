import Foundation
import MalbildCore

/// The report as CSV: one row per indicator and checkpoint (each checkpoint
/// of the calendar up to the report's), for a spreadsheet.
///
/// In the ``CSVStyle/swedishExcel`` style the text starts with a byte order
/// mark, fields are separated by semicolons, numbers have a decimal comma.
/// In both styles a text field that would start a formula (`=`, `+`, `-`, `@`,
/// a tab or a carriage return) gets a leading apostrophe, so a spreadsheet
/// shows it as text; a field that is a plain number (`-3`, `-2,5`) is left as it
/// is. Rows end in CRLF; a field with a separator, a quote or a line break is
/// quoted, its quotes doubled.
public struct CSVReport: Sendable {
    /// The data to write.
    public var data: ReportData
    /// Separators and numbers.
    public var style: CSVStyle

    /// The column headings.
    public static let columns = [
        "Målområde", "Mål", "Måltitel", "Måltyp", "Indikator-id", "Indikator", "Enhet", "Källa", "Riktning",
        "Uppföljning", "Per datum", "Utgångsvärde", "Utgångsvärde avser", "Värde", "Värdets datum",
        "Kvinnor", "Män", "Målvärde", "Målvärde avser", "Trend", "Målvärdet nått", "Exempelvärde", "Anmärkning",
        "Ambitionsnivå",
    ]

    /// Creates the CSV writer of report data.
    public init(_ data: ReportData, style: CSVStyle = .swedishExcel) {
        self.data = data
        self.style = style
    }

    /// The CSV text: the heading row, then the rows, each ending in CRLF.
    public func render() -> String {
        var rows = [Self.columns.map(text)]
        for area in data.areas {
            for goal in area.goals {
                for indicator in goal.indicators {
                    for snapshot in indicator.checkpoints {
                        rows.append(row(area: area, goal: goal, indicator: indicator, snapshot: snapshot))
                    }
                }
            }
        }
        let bom = style == .swedishExcel ? "\u{FEFF}" : ""
        return bom + rows.map { $0.joined(separator: String(style.separator)) + "\r\n" }.joined()
    }

    private func row(area: ReportArea, goal: ReportGoal, indicator: ReportIndicator, snapshot: IndicatorSnapshot) -> [String] {
        let latest = snapshot.latest
        let example = latest?.example == true || indicator.baseline?.example == true || indicator.target?.example == true
        return [
            text(area.number == nil ? "" : area.name),
            goal.number.description,
            text(goal.title),
            text(goal.kind == .steering ? "styrande" : "stödjande"),
            text(indicator.id),
            text(indicator.name),
            text(indicator.unit),
            text(indicator.sourceName),
            text(Swedish.direction(indicator.direction)),
            text(snapshot.checkpoint),
            snapshot.day.description,
            number(indicator.baseline?.value),
            text(indicator.baseline?.period ?? ""),
            number(latest?.total),
            latest?.day.description ?? "",
            number(latest?.women),
            number(latest?.men),
            number(indicator.target?.value),
            text(indicator.target?.period ?? ""),
            text(snapshot.trendWords),
            text(Swedish.yesNo(snapshot.targetMet)),
            text(Swedish.yesNo(example)),
            text(latest?.status ?? ""),
            text(Swedish.statusWord(goal.status)),
        ]
    }

    /// A number in the style's decimal separator, up to six decimals; empty when missing.
    private func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return Swedish.decimal(value, separator: style.decimalSeparator, fractionDigits: 6)
    }

    /// A text field, guarded against formulas and quoted when needed.
    private func text(_ value: String) -> String {
        var field = value
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !Self.isPlainNumber(field) {
            field = "'" + field
        }
        let special: Set<Character> = [style.separator, "\"", "\n", "\r", "\r\n"]
        guard field.contains(where: special.contains) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a text is a plain number with an optional sign (`-3`, `+2.5`, `-2,5`):
    /// a spreadsheet reads it as that number, never as a formula.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }
}
