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
        switch scale.name {
        case "three": return self(.scaleSummaryThree)
        case "four": return self(.scaleSummaryFour)
        case "five": return self(.scaleSummaryFive)
        default: return scale.summary
        }
    }
}
