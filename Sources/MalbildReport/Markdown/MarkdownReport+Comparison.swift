extension MarkdownReport {
    /// The section comparing Kolada indicators with other places; empty when nothing is kept.
    func comparison() -> [String] {
        guard let rows = data.comparisons, !rows.isEmpty else { return [] }
        let own = data.municipality.isEmpty ? "Kommunen" : data.municipality
        var lines = ["| Mål | Indikator | År | \(MarkdownText.cell(own)) | Riket | Jämförelsegrupp | Relativ placering |",
                     "| ---: | --- | ---: | ---: | ---: | ---: | --- |"]
        for row in rows {
            let cells = ["\(row.goal)", MarkdownText.cell("\(row.indicator) (\(row.kpi))"), "\(row.year)",
                         ReportComparison.text(row.own), ReportComparison.text(row.country), row.groupText, row.rankText]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return ["## " + ReportComparison.heading,
                MarkdownText.inline(ReportComparison.lead(group: rows.first?.group)),
                lines.joined(separator: "\n")]
    }
}
