import MalbildCore

/// One indicator in full: source, unit, baseline, target, trend and every
/// value recorded, corrections included.
struct IndicatorView {
    let indicator: Indicator
    let goal: Goal
    let width: Int
    let t: Catalogue

    func render() -> String {
        let i = indicator
        let summary = IndicatorSummary(i)
        let w = t.language == .sv ? 14 : 11
        var out = [TextLayout.wrap(t(.indicatorHeading, i.id, i.name, goal.number), width: width)]
        out.append(TextLayout.field(t(.sourceLabel), t.sourceWord(i.source), labelWidth: w, width: width))
        if let owner = i.owner { out.append(TextLayout.field(t(.ownerLabel), owner, labelWidth: w, width: width)) }
        out.append(TextLayout.field(t(.unitLabel), (i.unit.isEmpty ? "" : "\(i.unit), ") + t.betterWord(i.direction), labelWidth: w, width: width))
        out.append(TextLayout.field(t(.baselineLabel), MeasurementText.reference(i.baseline, unit: i.unit, t: t), labelWidth: w, width: width))
        out.append(TextLayout.field(t(.targetLabel), MeasurementText.reference(i.target, unit: i.unit, t: t), labelWidth: w, width: width))
        if let latest = summary.latest {
            var line = t(.latestLine, MeasurementText.value(latest, unit: i.unit, t: t), latest.day, t.trendText(summary))
            if let gap = summary.genderGap { line += t(.womenMinusMen, (gap >= 0 ? "+" : "") + t.number(gap)) }
            out.append(TextLayout.field(t(.latestLabel), line, labelWidth: w, width: width))
        } else {
            out.append(TextLayout.field(t(.latestLabel), t(.noValuesYet), labelWidth: w, width: width))
        }
        if let ended = i.discontinued {
            let next = ended.replacedBy.map { t(.carriedOnBy, $0) } ?? ""
            out.append(TextLayout.field(t(.endedLabel), ended.reason + next, labelWidth: w, width: width))
        }
        if i.measurements.isEmpty { return out.joined(separator: "\n") }
        out.append(t(.historyHeading))
        for m in i.measurements {
            let when = TextLayout.pad(m.day.description, 11) + TextLayout.pad(m.checkpoint ?? "", 8)
            var text = MeasurementText.value(m, unit: i.unit, t: t)
            if let why = m.correction { text = t(.correctionLine, text, why) }
            out.append("  " + when + text)
        }
        return out.joined(separator: "\n")
    }
}
