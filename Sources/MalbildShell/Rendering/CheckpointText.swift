import MalbildCore

/// The reporting calendar with the current checkpoint marked.
enum CheckpointText {
    static func calendar(_ calendar: ReportingCalendar, current: String, t: Catalogue) -> String {
        let width = max(7, calendar.checkpoints.map(\.id.count).max() ?? 7)
        return calendar.checkpoints.map { c in
            let mark = c.id == current ? "→" : " "
            let what = c.forecasts ? t(.forecastOfFulfilment) : t(.theYearsResult)
            return "\(mark) \(TextLayout.pad(c.id, width)) \(c.day)  \(c.name): \(what)"
        }.joined(separator: "\n")
    }
}
