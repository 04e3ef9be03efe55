import Foundation
import MalbildCore

extension Catalogue {
    /// A kind of goal as a word: steering, styrande.
    func kindWord(_ kind: GoalKind) -> String {
        language == .en ? kind.rawValue : self(kind == .steering ? .kindSteering : .kindSupporting)
    }

    /// An ambition status as a word: draft, utkast.
    func statusWord(_ status: AmbitionStatus) -> String {
        guard language == .sv else { return status.rawValue }
        switch status {
        case .draft: return self(.statusDraft)
        case .proposed: return self(.statusProposed)
        case .decided: return self(.statusDecided)
        }
    }

    /// A trend as a word: better, bättre.
    /// The trend of a summary, saying when it is against the previous value
    /// for want of a baseline.
    func trendText(_ summary: IndicatorSummary) -> String {
        summary.trendAgainstPrevious ? self(.trendAgainstPrevious, trendWord(summary.trend)) : trendWord(summary.trend)
    }

    func trendWord(_ trend: Trend) -> String {
        guard language == .sv else { return trend.rawValue }
        switch trend {
        case .better: return self(.trendBetter)
        case .unchanged: return self(.trendUnchanged)
        case .worse: return self(.trendWorse)
        case .noData: return self(.trendNoData)
        }
    }

    /// Which values are better: "higher is better".
    func betterWord(_ direction: Direction) -> String {
        self(direction == .higher ? .higherIsBetter : .lowerIsBetter)
    }

    /// A grade scale's name in a sentence: "three" (as in "three-level
    /// scale") in English, "den tregradiga skalan" in Swedish.
    func scaleName(_ name: String) -> String {
        guard language == .sv else { return name }
        switch name {
        case "three": return self(.scaleThree)
        case "four": return self(.scaleFour)
        case "five": return self(.scaleFive)
        default: return name
        }
    }

    /// What a grade scale is.
    func scaleSummary(_ scale: GradeScale) -> String {
        guard language == .sv else { return scale.summary }
        switch scale.name {
        case "three": return self(.scaleSummaryThree)
        case "four": return self(.scaleSummaryFour)
        case "five": return self(.scaleSummaryFive)
        default: return scale.summary
        }
    }

    /// Why a criterion of a goal passed, failed or is unknown. The rule is
    /// ``CriteriaCheck``'s; in English its own words are shown.
    func reason(_ line: CriteriaCheck.Line, goal: Goal) -> String {
        guard language == .sv else { return line.reason }
        let a = goal.criteria[line.criterion]
        let judged = a.justification.isEmpty ? self(.judgedNoJustification, CriteriaView.mark(a.verdict, t: self).dropFirst(2)) : a.justification
        if line.outcome == .unknown { return self(.notJudgedYet) }
        guard line.criterion == .measurable, goal.kind == .steering else { return judged }
        let measured = goal.indicators.filter(CriteriaCheck.measures)
        if measured.isEmpty {
            if goal.indicators.isEmpty { return self(.needsIndicatorNone) }
            let lacks = goal.indicators.map { i -> String in
                if i.discontinued != nil { return self(.indicatorIsDiscontinued, i.id) }
                return self(.indicatorLacks, i.id, self(.targetNoun))
            }
            return self(.needsIndicator, lacks.joined(separator: "; "))
        }
        if line.outcome == .failed { return judged }
        let ids = measured.map(\.id).joined(separator: ", ")
        let evidence = measured.allSatisfy { $0.baseline != nil } ? self(.measuredBy, ids) : self(.measuredByTargetOnly, ids)
        return a.justification.isEmpty ? evidence : "\(a.justification) (\(evidence))"
    }

    /// Why the forecast engine suggests what it does, for the goal as a whole.
    func reason(_ suggestion: ForecastSuggestion, goal: Goal, checkpoint: Checkpoint) -> String {
        translated(suggestion.reason, Self.forecastPatterns)
    }

    /// How one indicator's forecast was reached.
    func reasoning(_ line: IndicatorForecast) -> String {
        translated(line.reasoning, Self.forecastPatterns)
    }

    /// What a difference between two workspaces is about.
    func diffWhat(_ what: String) -> String {
        translated(what, Self.diffPatterns)
    }

    /// An English text made by the core from one of the phrases of `keys`,
    /// in this catalogue's language. The English phrase is read as a pattern
    /// (each value a wildcard, itself translated in turn); a text that fits
    /// none is shown as it is.
    func translated(_ english: String, _ keys: [Key]) -> String {
        guard language != .en else { return english }
        for key in keys {
            guard let phrase = Self.phrases[key], let values = Self.match(english, phrase.en) else { continue }
            return Self.fill(phrase.text(in: language), values.map { translated($0, keys) })
        }
        return english
    }

    /// The values of a text made from a template, or nil when it does not fit.
    static func match(_ text: String, _ template: String) -> [String]? {
        var pattern = "^"
        var order: [Int] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
              let n = Int(rest[rest.index(after: open)..<close]) {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "(.+?)"
            order.append(n)
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let found = regex.firstMatch(in: text, range: range) else { return nil }
        var values = Array(repeating: "", count: (order.max() ?? -1) + 1)
        for (i, n) in order.enumerated() {
            if let r = Range(found.range(at: i + 1), in: text) { values[n] = String(text[r]) }
        }
        return values
    }
}
