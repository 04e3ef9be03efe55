import MalbildCore

/// A goal's assessment: per indicator where it stands, and the qualitative
/// assessments, forecasts and result recorded.
struct AssessView {
    let goal: Goal
    let workspace: Workspace
    let width: Int
    let color: Bool
    let t: Catalogue
    /// The characters the series are drawn with.
    var symbols: Sparkline.Symbols = .unicode
    /// The checkpoint whose period's targets are used; the indicators' first targets when nil.
    var checkpoint: Checkpoint?

    func render() -> String {
        var out = [TextLayout.wrap("Mål \(goal.number). \(goal.title)", width: width),
                   TextLayout.wrap(t(.kindLabel) + " " + GoalCard.kindLine(goal.kind, t: t), width: width)]
        let children = workspace.children(of: goal.number).map(\.number.description)
        if goal.indicators.isEmpty, goal.kind == .steering, !children.isEmpty {
            out.append(TextLayout.wrap(t(.resAssessThrough, children.joined(separator: ", ")), width: width))
        } else if goal.indicators.isEmpty {
            out.append(goal.kind == .steering
                ? t(.assessNoIndicatorsSteering)
                : t(.assessNoIndicatorsSupporting))
        }
        for i in goal.indicators {
            let target = checkpoint.map { i.target(at: $0.id, year: $0.day.year) } ?? i.target
            let s = IndicatorSummary(i, asOf: nil, target: target)
            out.append("")
            out.append(TextLayout.wrap("\(i.id): \(i.name)\(i.discontinued != nil ? t(.endedParen) : "")", width: width))
            out.append(TextLayout.wrap(t(.assessBaselineTarget, MeasurementText.reference(i.baseline, unit: i.unit, t: t),
                                         MeasurementText.reference(target, unit: i.unit, t: t)), width: width, indent: "  "))
            if i.targets.count > 1 {
                out.append(TextLayout.wrap(MeasurementText.otherTargets(i, besides: target, t: t), width: width, indent: "  "))
            }
            guard let latest = s.latest else {
                out.append(t(.assessNoValues))
                continue
            }
            out.append(TextLayout.wrap(t(.assessLatest, MeasurementText.value(latest, unit: i.unit, t: t), latest.day), width: width, indent: "  "))
            if let series = Sparkline(indicator: i, symbols: symbols).line(t: t) {
                out.append(TextLayout.wrap(series, width: width, indent: "  "))
            }
            var line = t(.assessTrend, t.trendText(s), t.betterWord(i.direction))
            if let p = s.progress { line += t(.assessProgress, Number.percent(p)) }
            if s.targetMet == true { line += t(.assessTargetMet) }
            out.append(TextLayout.wrap(line, width: width, indent: "  "))
            if let gap = s.genderGap, let w = latest.women, let m = latest.men {
                let who = abs(gap) < 1e-9 ? t(.sameForWomenAndMen) : t(.genderGap, t.number(w), t.number(m), t.number(abs(gap)))
                out.append(TextLayout.wrap(t(.byGender, who), width: width, indent: "  "))
            }
        }
        let scale = workspace.scale
        for c in workspace.calendar.checkpoints {
            var lines: [String] = []
            if let f = goal.forecast(at: c.id) {
                lines.append(t(.assessForecast) + GradeMark(words: f.grade, scale: scale, color: color).render())
                lines.append(TextLayout.wrap(f.rationale, width: width, indent: "    "))
            }
            if let a = goal.assessment(at: c.id) {
                lines.append(t(.assessQualitative) + (a.grade.map { ": " + GradeMark(words: $0, scale: scale, color: color).render() } ?? ":"))
                lines.append(TextLayout.wrap(a.text, width: width, indent: "    "))
                for v in a.addedValues { lines.append(TextLayout.wrap(t(.addedValue) + v, width: width, indent: "    ")) }
            }
            if let r = goal.result(at: c.id) {
                lines.append(t(.assessResult) + GradeMark(words: r.grade, scale: scale, color: color).render())
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
            out.append(t(.assessNoForecastSupporting))
        }
        return out.joined(separator: "\n")
    }
}
