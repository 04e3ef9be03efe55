import MalbildCore

/// The reporting calendar with the current checkpoint marked.
enum CheckpointText {
    static func calendar(_ calendar: ReportingCalendar, current: String) -> String {
        calendar.checkpoints.map { c in
            let mark = c.id == current ? "→" : " "
            let what = c.forecasts ? "forecast of goal fulfilment" : "the year's result"
            return "\(mark) \(TextLayout.pad(c.id, 7)) \(c.day)  \(c.name): \(what)"
        }.joined(separator: "\n")
    }
}
