import MalbildCore

/// A goal's assessment: per indicator where it stands, and the qualitative
/// assessments, forecasts and result recorded.
struct AssessView {
    let goal: Goal
    let workspace: Workspace
    let width: Int
    let color: Bool

    func render() -> String {
        var out = ["Mål \(goal.number). \(goal.title)", "Kind: " + GoalCard.kindLine(goal.kind)]
        if goal.indicators.isEmpty {
            out.append(goal.kind == .steering
                ? "No indicators: a steering goal is measured by numbers (indicator add)."
                : "No indicators: followed up by the qualitative assessment and the activities.")
        }
        for i in goal.indicators {
            let s = IndicatorSummary(i)
            out.append("")
            out.append(TextLayout.wrap("\(i.id): \(i.name)\(i.discontinued != nil ? " (ended)" : "")", width: width))
            out.append("  baseline \(MeasurementText.reference(i.baseline, unit: i.unit)); target \(MeasurementText.reference(i.target, unit: i.unit))")
            guard let latest = s.latest else {
                out.append("  no values yet: trend no data")
                continue
            }
            out.append(TextLayout.wrap("latest \(MeasurementText.value(latest, unit: i.unit)) on \(latest.day)", width: width, indent: "  "))
            var line = "  trend \(s.trend.rawValue) (\(i.direction.rawValue) is better)"
            if let p = s.progress { line += "; \(Number.percent(p)) of the way from baseline to target" }
            if s.targetMet == true { line += "; target met" }
            out.append(line)
            if let gap = s.genderGap, let w = latest.women, let m = latest.men {
                let who = abs(gap) < 1e-9 ? "the same for women and men" : "women \(Number.format(w)), men \(Number.format(m)): a gap of \(Number.format(abs(gap)))"
                out.append("  by gender: \(who)")
            }
        }
        let scale = workspace.scale
        for c in workspace.calendar.checkpoints {
            var lines: [String] = []
            if let f = goal.forecast(at: c.id) {
                lines.append("  forecast: " + GradeMark(words: f.grade, scale: scale, color: color).render())
                lines.append(TextLayout.wrap(f.rationale, width: width, indent: "    "))
            }
            if let a = goal.assessment(at: c.id) {
                lines.append("  qualitative assessment" + (a.grade.map { ": " + GradeMark(words: $0, scale: scale, color: color).render() } ?? ":"))
                lines.append(TextLayout.wrap(a.text, width: width, indent: "    "))
                for v in a.addedValues { lines.append(TextLayout.wrap("added value: " + v, width: width, indent: "    ")) }
            }
            if c.id == "helår", let r = goal.result {
                lines.append("  result: " + GradeMark(words: r.grade, scale: scale, color: color).render())
                lines.append(TextLayout.wrap(r.text, width: width, indent: "    "))
            }
            if !lines.isEmpty {
                out.append("")
                out.append("\(c.name), \(c.day):")
                out.append(contentsOf: lines)
            }
        }
        if goal.kind == .supporting {
            out.append("")
            out.append("No forecast is reported for an inriktningsmål; record the group's own view with assess qualitative \"…\".")
        }
        return out.joined(separator: "\n")
    }
}
