import MalbildCore

/// The report as one self-contained HTML page: inline CSS that prints on A4,
/// an inline SVG chart per indicator, no scripts and nothing fetched. Every
/// text from the workspace is escaped, and the page is well-formed XML too.
public struct HTMLReport: Sendable {
    /// The data to write.
    public var data: ReportData

    /// Creates the HTML writer of report data.
    public init(_ data: ReportData) {
        self.data = data
    }

    /// The HTML page, ending in a newline.
    public func render() -> String {
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"sv\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(e(data.title)) – \(e(ReportText.subject(data)))</title>",
            "<style>",
            HTMLStyle.css,
            "</style>",
            "</head>",
            "<body>",
        ]
        out += header()
        out += summary()
        for area in data.areas {
            out.append("<section class=\"area\">")
            out.append("<h2>\(e(ReportText.areaHeading(area)))</h2>")
            if area.goals.isEmpty { out.append("<p>Inga mål i målområdet.</p>") }
            for goal in area.goals { out += self.goal(goal) }
            out.append("</section>")
        }
        out += comparison()
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func header() -> [String] {
        var out = ["<header>", "<h1>\(e(data.title))</h1>", "<p class=\"lead\"><strong>\(e(ReportText.subject(data)))</strong>"]
        let origin = ReportText.origin(data)
        if !origin.isEmpty { out.append("<br/>\(e(origin))") }
        out.append("<br/>\(e(ReportText.scope(data)))</p>")
        if data.hasExampleValues { out.append("<p class=\"note\">\(e(ReportText.exampleNote))</p>") }
        out.append("</header>")
        return out
    }

    private func summary() -> [String] {
        var out = ["<section class=\"summary\">", "<h2>Sammanfattning</h2>", "<p>\(e(ReportText.goalCounts(data.summary)))</p>"]
        if !data.goals.isEmpty {
            let label = Swedish.appraisal(forecasts: data.checkpoint.forecasts)
            out.append("<table class=\"grades\">")
            out.append("<caption>\(e(ReportText.gradesCaption(data)))</caption>")
            out.append("<thead><tr><th scope=\"col\">\(label)</th><th scope=\"col\">Antal mål</th></tr></thead>")
            out.append("<tbody>")
            for count in data.summary.grades {
                out.append("<tr><td>\(grade(count.grade))</td><td class=\"num\">\(count.count)</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
            if data.summary.unassessed.isEmpty {
                out.append("<p>\(e(ReportText.allAssessed(data)))</p>")
            } else {
                out.append("<h3>\(e(ReportText.unassessedHeading(data)))</h3>")
                out.append("<ul class=\"unassessed\">")
                for goal in data.summary.unassessed {
                    let missing = Swedish.missing(goal, forecasts: data.checkpoint.forecasts)
                    out.append("<li><a href=\"#mal-\(goal.number)\">Mål \(goal.number). \(e(goal.title))</a> (\(missing))</li>")
                }
                out.append("</ul>")
            }
        }
        out.append("</section>")
        return out
    }

    private func goal(_ goal: ReportGoal) -> [String] {
        let kindClass = goal.kind == .steering ? "steering" : "supporting"
        var out = [
            "<article class=\"goal \(kindClass)\" id=\"mal-\(goal.number)\">",
            "<h3>\(e(ReportText.goalHeading(goal)))</h3>",
            "<p class=\"kind\">\(Swedish.kind(goal.kind))</p>"
                + (goal.owner.map { "<p class=\"owner\"><strong>Ansvarig:</strong> \(e($0))</p>" } ?? "")
                + (goal.origin.map { "<p class=\"origin\"><strong>Från:</strong> \(e(Swedish.origin($0)))</p>" } ?? ""),
            "<p><strong>Ambitionsnivå:</strong> "
                + (Swedish.statusMark(goal.status).map { "<span class=\"status \(goal.status.rawValue)\">\($0), ej beslutad:</span> " } ?? "")
                + "<span class=\"text ambition\">"
                + (goal.ambition.isEmpty ? "ej angiven" : e(goal.ambition)) + "</span></p>",
        ]
        let label = Swedish.appraisal(forecasts: data.checkpoint.forecasts)
        if let rollUp = goal.rollUp { out += self.rollUp(rollUp) }
        switch goal.kind {
        case .steering:
            out += appraisal(goal.appraisal, label: label)
            if let assessment = goal.assessment { out += self.assessment(assessment) }
            out += indicators(goal, required: true)
            if !goal.activities.isEmpty { out += activities(goal.activities) }
        case .supporting:
            out.append("<p class=\"statement\">\(Swedish.noForecastForSupportingGoal)</p>")
            if let result = goal.result { out += appraisal(result, label: label) }
            if let assessment = goal.assessment {
                out += self.assessment(assessment)
            } else {
                out.append("<p><strong>Kvalitativ bedömning:</strong> saknas per \(data.checkpoint.day)</p>")
                out.append("<p><strong>Mervärden:</strong> inga redovisade</p>")
            }
            out += activities(goal.activities)
            out += indicators(goal, required: false)
        }
        out.append("</article>")
        return out
    }

    private func rollUp(_ rollUp: ReportRollUp) -> [String] {
        var counts = rollUp.grades.map { grade($0.grade) + " \($0.count)" }
        if !rollUp.notAssessed.isEmpty {
            counts.append("ej bedömda \(rollUp.notAssessed.count) (\(e(Swedish.numbers(rollUp.notAssessed))))")
        }
        return [
            "<div class=\"rollup\">",
            "<p><strong>Träffbild för målen under (\(e(Swedish.numbers(rollUp.goals)))):</strong> " + counts.joined(separator: ", ") + "</p>",
            "<p><strong>Förslag utifrån dem:</strong> " + (rollUp.suggested.map(grade) ?? "inget, inget mål under är bedömt") + "</p>",
            "<p class=\"rule\">\(e(Swedish.rollUpRule(rollUp) { "\($0.symbol) \($0.words)" }))</p>",
            "</div>",
        ]
    }

    private func appraisal(_ appraisal: ReportAppraisal?, label: String) -> [String] {
        guard let appraisal else {
            return ["<p class=\"appraisal\"><strong>\(label):</strong> saknas per \(data.checkpoint.day)</p>"]
        }
        return [
            "<div class=\"appraisal\">",
            "<p><strong>\(label):</strong> \(grade(appraisal.grade))</p>",
            "<p><strong>Motivering:</strong> <span class=\"text\">\(e(appraisal.text))</span></p>",
            "</div>",
        ]
    }

    private func assessment(_ assessment: ReportAssessment) -> [String] {
        let graded = assessment.grade.map { " " + grade($0) } ?? ""
        var out = [
            "<p><strong>Kvalitativ bedömning:</strong>\(graded) <span class=\"text\">\(e(assessment.text))</span></p>",
        ]
        if assessment.addedValues.isEmpty {
            out.append("<p><strong>Mervärden:</strong> inga redovisade</p>")
        } else {
            out.append("<p><strong>Mervärden:</strong></p>")
            out.append("<ul class=\"added-values\">")
            out += assessment.addedValues.map { "<li class=\"text\">\(e($0))</li>" }
            out.append("</ul>")
        }
        return out
    }

    private func activities(_ activities: [Activity]) -> [String] {
        if activities.isEmpty { return ["<p><strong>Aktiviteter:</strong> inga redovisade</p>"] }
        var out = ["<p><strong>Aktiviteter:</strong></p>", "<ul class=\"activities\">"]
        out += activities.map { activity in
            "<li><span class=\"text\">\(e(activity.text))</span> — \(e(ReportText.activityDetails(activity)))</li>"
        }
        out.append("</ul>")
        return out
    }

    private func indicators(_ goal: ReportGoal, required: Bool) -> [String] {
        if goal.indicators.isEmpty {
            return required ? ["<h4>Indikatorer</h4>", "<p>Inga indikatorer.</p>"] : []
        }
        var out = [
            "<h4>Indikatorer per \(data.checkpoint.day)</h4>",
            "<table class=\"indicators\">",
            "<thead><tr>" + ReportText.indicatorColumns.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>",
            "<tbody>",
        ]
        for indicator in goal.indicators {
            var name = "<th scope=\"row\">\(e(indicator.name))<br/><span class=\"meta\">"
            if !indicator.unit.isEmpty { name += "\(e(indicator.unit)). " }
            name += e(ReportText.indicatorSource(indicator))
            if let ended = ReportText.discontinued(indicator) { name += " " + e(ended) }
            name += "</span></th>"
            let cells = ReportText.indicatorCells(indicator).enumerated().map { index, cell in
                "<td\(index == 3 ? "" : " class=\"num\"")>\(self.cell(cell))</td>"
            }
            out.append("<tr>" + name + cells.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        if goal.indicators.contains(where: \.example) {
            out.append("<p class=\"meta\">\(e(ReportText.exampleLegend))</p>")
        }
        for (index, indicator) in goal.indicators.enumerated() {
            let chart = SVGChart(indicator: indicator, end: data.checkpoint.day, planYear: data.planYear,
                                 checkpoints: data.checkpoints.map(\.day), id: "diagram-\(goal.number)-\(index + 1)")
            out.append("<figure class=\"chart\">")
            out.append(chart.render())
            out.append("<figcaption>\(e(indicator.name)): värden över tid till och med \(data.checkpoint.day), "
                + "med utgångsvärde och målvärde.</figcaption>")
            out.append("</figure>")
        }
        return out
    }

    private func cell(_ cell: ValueCell) -> String {
        var out = e(cell.value)
        if let detail = cell.detail { out += " <span class=\"meta\">(\(e(detail)))</span>" }
        if cell.example { out += " <abbr class=\"example\" title=\"Exempelvärde\">ex.</abbr>" }
        return out
    }

    private func grade(_ grade: ReportGrade) -> String {
        let meaning = grade.fulfilment?.rawValue ?? "unknown"
        return "<span class=\"grade grade-\(meaning)\"><span class=\"symbol\">\(e(grade.symbol))</span> \(e(grade.words))</span>"
    }

    private func e(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
