extension HTMLReport {
    /// The section comparing Kolada indicators with other places; empty when nothing is kept.
    func comparison() -> [String] {
        guard let rows = data.comparisons, !rows.isEmpty else { return [] }
        let own = data.municipality.isEmpty ? "Kommunen" : data.municipality
        var out = ["<section class=\"comparison\">",
                   "<h2>\(HTMLText.escape(ReportComparison.heading))</h2>",
                   "<p>\(HTMLText.escape(ReportComparison.lead(group: rows.first?.group)))</p>",
                   "<table class=\"comparison\">",
                   "<thead><tr><th scope=\"col\">Mål</th><th scope=\"col\">Indikator</th><th scope=\"col\">År</th>"
                       + "<th scope=\"col\">\(HTMLText.escape(own))</th><th scope=\"col\">Riket</th><th scope=\"col\">Jämförelsegrupp</th>"
                       + "<th scope=\"col\">Relativ placering</th></tr></thead>",
                   "<tbody>"]
        for row in rows {
            out.append("<tr><td class=\"num\">\(row.goal)</td><td>\(HTMLText.escape(row.indicator)) (\(HTMLText.escape(row.kpi)))</td>"
                + "<td class=\"num\">\(row.year)</td><td class=\"num\">\(HTMLText.escape(ReportComparison.text(row.own)))</td>"
                + "<td class=\"num\">\(HTMLText.escape(ReportComparison.text(row.country)))</td><td class=\"num\">\(HTMLText.escape(row.groupText))</td>"
                + "<td>\(HTMLText.escape(row.rankText))</td></tr>")
        }
        out += ["</tbody>", "</table>", "</section>"]
        return out
    }
}
