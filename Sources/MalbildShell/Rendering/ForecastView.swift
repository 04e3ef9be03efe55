import MalbildCore

/// A steering goal's suggested forecast with the reasoning, and the forecast set.
struct ForecastView {
    let goal: Goal
    let checkpoint: Checkpoint
    let suggestion: ForecastSuggestion
    let scale: GradeScale
    let width: Int
    let color: Bool

    func render() -> String {
        var out = ["Mål \(goal.number), forecast at \(checkpoint.id) (\(checkpoint.day)):"]
        if let f = suggestion.fulfilment {
            let grade = scale.forecastGrade(for: f)
            // Wrap the plain text, then colour the grade, so escape codes do not count as width.
            let plain = TextLayout.field("  Suggested:", GradeMark(grade: grade, color: false).render() + ": " + suggestion.reason,
                                         labelWidth: 13, width: width)
            out.append(plain.replacingOccurrences(of: GradeMark(grade: grade, color: false).render(),
                                                  with: GradeMark(grade: grade, color: color).render()))
        } else {
            out.append(TextLayout.field("  Suggested:", "none: " + suggestion.reason, labelWidth: 13, width: width))
        }
        for line in suggestion.indicators {
            let mark = line.fulfilment.map { scale.forecastGrade(for: $0).symbol } ?? "–"
            out.append(TextLayout.wrap("\(mark) \(line.id): \(line.reasoning)", width: width, indent: "    "))
        }
        if let set = goal.forecast(at: checkpoint.id) {
            out.append(TextLayout.pad("  Set:", 13) + GradeMark(words: set.grade, scale: scale, color: color).render())
            out.append(TextLayout.field("  Rationale:", set.rationale, labelWidth: 13, width: width))
        } else {
            out.append(TextLayout.field("  Set:", "none yet: confirm or override with forecast set GRADE \"rationale\"", labelWidth: 13, width: width))
        }
        if goal.indicators.contains(where: { $0.hasExampleValues }) {
            out.append("  (computed from example values, not data)")
        }
        return out.joined(separator: "\n")
    }
}
