import MalbildCore

/// One indicator in full: source, unit, baseline, target, trend and every
/// value recorded, corrections included.
struct IndicatorView {
    let indicator: Indicator
    let goal: Goal
    let width: Int

    func render() -> String {
        let i = indicator
        let summary = IndicatorSummary(i)
        var out = [TextLayout.wrap("\(i.id): \(i.name) (goal \(goal.number))", width: width)]
        out.append(TextLayout.field("Source:", i.source.description, labelWidth: 11, width: width))
        out.append(TextLayout.field("Unit:", (i.unit.isEmpty ? "" : "\(i.unit), ") + "\(i.direction.rawValue) is better", labelWidth: 11, width: width))
        out.append(TextLayout.field("Baseline:", MeasurementText.reference(i.baseline, unit: i.unit), labelWidth: 11, width: width))
        out.append(TextLayout.field("Target:", MeasurementText.reference(i.target, unit: i.unit), labelWidth: 11, width: width))
        if let latest = summary.latest {
            var line = "\(MeasurementText.value(latest, unit: i.unit)) on \(latest.day); trend \(summary.trend.rawValue)"
            if let gap = summary.genderGap { line += "; women minus men \(gap >= 0 ? "+" : "")\(Number.format(gap))" }
            out.append(TextLayout.field("Latest:", line, labelWidth: 11, width: width))
        } else {
            out.append(TextLayout.field("Latest:", "no values yet", labelWidth: 11, width: width))
        }
        if let ended = i.discontinued {
            let next = ended.replacedBy.map { "; carried on by \($0)" } ?? ""
            out.append(TextLayout.field("Ended:", ended.reason + next, labelWidth: 11, width: width))
        }
        if i.measurements.isEmpty { return out.joined(separator: "\n") }
        out.append("History (in the order entered):")
        for m in i.measurements {
            let when = TextLayout.pad(m.day.description, 11) + TextLayout.pad(m.checkpoint ?? "", 8)
            var text = MeasurementText.value(m, unit: i.unit)
            if let why = m.correction { text = "correction: \(text), because: \(why)" }
            out.append("  " + when + text)
        }
        return out.joined(separator: "\n")
    }
}
