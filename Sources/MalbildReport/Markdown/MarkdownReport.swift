import MalbildCore

/// The report as Markdown: headings, short paragraphs and pipe tables that
/// read well as plain text and render in common viewers.
public struct MarkdownReport: Sendable {
    /// The data to write.
    public var data: ReportData

    /// Creates the Markdown writer of report data.
    public init(_ data: ReportData) {
        self.data = data
    }

    /// The Markdown text, ending in a newline.
    public func render() -> String {
        var blocks = header() + summary()
        for area in data.areas {
            blocks.append("## " + MarkdownText.inline(ReportText.areaHeading(area)))
            if area.goals.isEmpty { blocks.append("Inga mål i målområdet.") }
            for goal in area.goals { blocks += self.goal(goal) }
        }
        blocks += comparison()
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func header() -> [String] {
        var blocks = ["# " + MarkdownText.inline(data.title)]
        let origin = ReportText.origin(data)
        var lines = ["**" + MarkdownText.inline(ReportText.subject(data)) + "**"]
        if !origin.isEmpty { lines.append(MarkdownText.inline(origin)) }
        lines.append(ReportText.scope(data))
        blocks.append(lines.joined(separator: "  \n"))
        if data.hasExampleValues { blocks.append("> " + ReportText.exampleNote) }
        return blocks
    }

    private func summary() -> [String] {
        var blocks = ["## Sammanfattning", ReportText.goalCounts(data.summary)]
        if data.goals.isEmpty { return blocks }
        let label = Swedish.appraisal(forecasts: data.checkpoint.forecasts)
        blocks.append(ReportText.gradesCaption(data) + ":")
        blocks.append(table(
            ["\(label)", "Antal mål"],
            align: ["---", "---:"],
            rows: data.summary.grades.map { [grade($0.grade), String($0.count)] }
        ))
        if data.summary.unassessed.isEmpty {
            blocks.append(ReportText.allAssessed(data))
        } else {
            blocks.append(ReportText.unassessedHeading(data) + ":")
            blocks.append(data.summary.unassessed.map { goal in
                "- Mål \(goal.number). " + MarkdownText.inline(goal.title, indent: "  ")
                    + " (\(Swedish.missing(goal, forecasts: data.checkpoint.forecasts)))"
            }.joined(separator: "\n"))
        }
        return blocks
    }

    private func goal(_ goal: ReportGoal) -> [String] {
        var blocks = [
            "### " + MarkdownText.cell(ReportText.goalHeading(goal)),
            Swedish.kind(goal.kind) + (goal.owner.map { "  \n**Ansvarig:** " + MarkdownText.inline($0) } ?? "")
                + (goal.origin.map { "  \n**Från:** " + MarkdownText.inline(Swedish.origin($0)) } ?? ""),
            "**Ambitionsnivå" + (Swedish.statusMark(goal.status).map { " (\($0), ej beslutad)" } ?? "") + ":** "
                + (goal.ambition.isEmpty ? "ej angiven" : MarkdownText.inline(goal.ambition)),
        ]
        let label = Swedish.appraisal(forecasts: data.checkpoint.forecasts)
        if let rollUp = goal.rollUp { blocks.append(self.rollUp(rollUp)) }
        switch goal.kind {
        case .steering:
            blocks.append(appraisal(goal.appraisal, label: label))
            if let assessment = goal.assessment { blocks += self.assessment(assessment) }
            blocks += indicators(goal.indicators, required: true)
            if !goal.activities.isEmpty { blocks += activities(goal.activities) }
        case .supporting:
            blocks.append(Swedish.noForecastForSupportingGoal)
            if let result = goal.result { blocks.append(appraisal(result, label: label)) }
            if let assessment = goal.assessment {
                blocks += self.assessment(assessment)
            } else {
                blocks.append("**Kvalitativ bedömning:** saknas per \(data.checkpoint.day)")
                blocks.append("**Mervärden:** inga redovisade")
            }
            blocks += activities(goal.activities)
            blocks += indicators(goal.indicators, required: false)
        }
        return blocks
    }

    private func rollUp(_ rollUp: ReportRollUp) -> String {
        var counts = rollUp.grades.map { grade($0.grade) + " \($0.count)" }
        if !rollUp.notAssessed.isEmpty {
            counts.append("ej bedömda \(rollUp.notAssessed.count) (\(Swedish.numbers(rollUp.notAssessed)))")
        }
        return "**Träffbild för målen under (\(Swedish.numbers(rollUp.goals))):** " + counts.joined(separator: ", ")
            + "  \n**Förslag utifrån dem:** " + (rollUp.suggested.map(grade) ?? "inget, inget mål under är bedömt")
            + "  \n*" + Swedish.rollUpRule(rollUp, grade: grade) + "*"
    }

    private func appraisal(_ appraisal: ReportAppraisal?, label: String) -> String {
        guard let appraisal else { return "**\(label):** saknas per \(data.checkpoint.day)" }
        return "**\(label):** " + grade(appraisal.grade) + "  \n**Motivering:** " + MarkdownText.inline(appraisal.text)
    }

    private func assessment(_ assessment: ReportAssessment) -> [String] {
        let graded = assessment.grade.map { " (" + grade($0) + ")" } ?? ""
        var blocks = ["**Kvalitativ bedömning\(graded):** " + MarkdownText.inline(assessment.text)]
        if assessment.addedValues.isEmpty {
            blocks.append("**Mervärden:** inga redovisade")
        } else {
            blocks.append("**Mervärden:**")
            blocks.append(assessment.addedValues.map { "- " + MarkdownText.inline($0, indent: "  ") }.joined(separator: "\n"))
        }
        return blocks
    }

    private func activities(_ activities: [Activity]) -> [String] {
        if activities.isEmpty { return ["**Aktiviteter:** inga redovisade"] }
        let items = activities.map { activity in
            "- " + MarkdownText.inline(activity.text, indent: "  ") + " — "
                + MarkdownText.inline(ReportText.activityDetails(activity))
        }
        return ["**Aktiviteter:**", items.joined(separator: "\n")]
    }

    private func indicators(_ indicators: [ReportIndicator], required: Bool) -> [String] {
        if indicators.isEmpty { return required ? ["#### Indikatorer", "Inga indikatorer."] : [] }
        var blocks = ["#### Indikatorer per \(data.checkpoint.day)"]
        let rows = indicators.map { indicator in
            [MarkdownText.cell(ReportText.indicatorName(indicator))]
                + ReportText.indicatorCells(indicator).map { MarkdownText.cell($0.plain) }
        }
        blocks.append(table(
            ReportText.indicatorColumns,
            align: ["---", "---:", "---:", "---:", "---", "---:", "---:"],
            rows: rows
        ))
        let notes = indicators.map { indicator in
            var note = "- " + MarkdownText.inline(indicator.name, indent: "  ") + ": "
                + MarkdownText.inline(ReportText.indicatorSource(indicator))
            if let ended = ReportText.discontinued(indicator) { note += " " + MarkdownText.inline(ended) }
            return note
        }
        blocks.append(notes.joined(separator: "\n"))
        if indicators.contains(where: \.example) { blocks.append(ReportText.exampleLegend) }
        return blocks
    }

    private func grade(_ grade: ReportGrade) -> String {
        MarkdownText.cell("\(grade.symbol) \(grade.words)")
    }

    private func table(_ header: [String], align: [String], rows: [[String]]) -> String {
        ([header, align] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
