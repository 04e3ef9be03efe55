import MalbildCore

/// A steering goal's suggested forecast with the reasoning, and the forecast set.
struct ForecastView {
    let goal: Goal
    let checkpoint: Checkpoint
    let suggestion: ForecastSuggestion
    let scale: GradeScale
    let width: Int
    let color: Bool
    let t: Catalogue

    func render() -> String {
        var out = [t(.forecastHeading, goal.number, checkpoint.id, checkpoint.day)]
        if let f = suggestion.fulfilment {
            let grade = scale.forecastGrade(for: f)
            // Wrap the plain text, then colour the grade, so escape codes do not count as width.
            let plain = TextLayout.field(t(.suggestedLabel), GradeMark(grade: grade, color: false).render() + ": " + t.words(suggestion.reason),
                                         labelWidth: 13, width: width)
            out.append(plain.replacingOccurrences(of: GradeMark(grade: grade, color: false).render(),
                                                  with: GradeMark(grade: grade, color: color).render()))
        } else {
            out.append(TextLayout.field(t(.suggestedLabel), t(.noneColon) + t.words(suggestion.reason), labelWidth: 13, width: width))
        }
        for line in suggestion.indicators {
            let mark = line.fulfilment.map { scale.forecastGrade(for: $0).symbol } ?? "–"
            out.append(TextLayout.wrap("\(mark) \(line.id): \(t.words(line.reasoning))", width: width, indent: "    "))
        }
        if let set = goal.forecast(at: checkpoint.id) {
            out.append(TextLayout.pad(t(.setLabel), 13) + GradeMark(words: set.grade, scale: scale, color: color).render())
            out.append(TextLayout.field(t(.rationaleLabel), set.rationale, labelWidth: 13, width: width))
        } else {
            out.append(TextLayout.field(t(.setLabel), t(.noneYetConfirm), labelWidth: 13, width: width))
        }
        if goal.indicators.contains(where: { $0.hasExampleValues }) {
            out.append(t(.computedFromExamples))
        }
        return out.joined(separator: "\n")
    }
}
