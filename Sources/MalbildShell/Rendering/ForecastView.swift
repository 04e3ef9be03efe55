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
            out.append("  Suggested: " + GradeMark(grade: scale.forecastGrade(for: f), color: color).render()
                + ": " + suggestion.reason)
        } else {
            out.append(TextLayout.wrap("Suggested: none: " + suggestion.reason, width: width, indent: "  "))
        }
        for line in suggestion.indicators {
            let mark = line.fulfilment.map { scale.forecastGrade(for: $0).symbol } ?? "–"
            out.append(TextLayout.wrap("\(mark) \(line.id): \(line.reasoning)", width: width, indent: "    "))
        }
        if let set = goal.forecast(at: checkpoint.id) {
            out.append("  Set:       " + GradeMark(words: set.grade, scale: scale, color: color).render())
            out.append(TextLayout.wrap("Rationale: " + set.rationale, width: width, indent: "  "))
        } else {
            out.append("  Set:       none yet: confirm or override with forecast set GRADE \"rationale\"")
        }
        if goal.indicators.contains(where: { $0.hasExampleValues }) {
            out.append("  (computed from example values, not data)")
        }
        return out.joined(separator: "\n")
    }
}
