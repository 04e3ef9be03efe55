import MalbildCore

/// The reporting calendar with the current checkpoint marked.
enum CheckpointText {
    /// One line per checkpoint: the mark, the id, the day, then the name and what is reported
    /// there, wrapped to `width` with later lines under the name's start.
    static func calendar(_ calendar: ReportingCalendar, current: String, t: Catalogue, width: Int) -> String {
        let idWidth = max(7, calendar.checkpoints.map(\.id.displayWidth).max() ?? 7)
        // "→ " + id + " " + YYYY-MM-DD + "  "
        let indent = String(repeating: " ", count: 2 + idWidth + 1 + 10 + 2)
        return calendar.checkpoints.map { c in
            let mark = c.id == current ? "→" : " "
            let what = c.forecasts ? t(.forecastOfFulfilment) : t(.theYearsResult)
            let head = "\(mark) \(TextLayout.pad(c.id, idWidth)) \(c.day)  "
            let body = TextLayout.wrap("\(c.name): \(what)", width: width, indent: indent)
            return head + body.dropFirst(indent.count)
        }.joined(separator: "\n")
    }
}
