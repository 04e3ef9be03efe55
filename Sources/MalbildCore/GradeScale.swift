/// A scale of grades for forecasts (prognos) and for the year's result.
///
/// Every scale has "ej bedömd" (not assessed). The three-level scale is the
/// most common; some municipalities use five or four forward-looking levels.
public struct GradeScale: Codable, Equatable, Sendable {
    /// The name used in `scale use NAME`.
    public var name: String
    /// A line on where the scale comes from.
    public var summary: String
    /// The grades a forecast may take, best first, "ej bedömd" last.
    public var forecastGrades: [Grade]
    /// The grades a result may take, best first, "ej bedömd" last.
    public var resultGrades: [Grade]

    /// uppfylls / uppfylls delvis / uppfylls ej, and for results uppfyllt /
    /// delvis uppfyllt / ej uppfyllt.
    public static let threeLevel = GradeScale(
        name: "three",
        summary: "three levels, the most common: green, yellow, red",
        forecastGrades: [
            Grade(words: "uppfylls", fulfilment: .met, symbol: "●"),
            Grade(words: "uppfylls delvis", fulfilment: .partly, symbol: "◐"),
            Grade(words: "uppfylls ej", fulfilment: .notMet, symbol: "○"),
            notAssessed,
        ],
        resultGrades: [
            Grade(words: "uppfyllt", fulfilment: .met, symbol: "●"),
            Grade(words: "delvis uppfyllt", fulfilment: .partly, symbol: "◐"),
            Grade(words: "ej uppfyllt", fulfilment: .notMet, symbol: "○"),
            notAssessed,
        ]
    )

    /// Five forward-looking levels, as Jönköping uses them.
    public static let fiveLevel = GradeScale(
        name: "five",
        summary: "five levels (as in Jönköping)",
        forecastGrades: [
            Grade(words: "uppnått", fulfilment: .met, symbol: "●"),
            Grade(words: "bedöms kunna uppnås", fulfilment: .met, symbol: "◕"),
            Grade(words: "osäkert", fulfilment: .partly, symbol: "◐"),
            Grade(words: "bedöms inte kunna uppnås", fulfilment: .notMet, symbol: "◔"),
            Grade(words: "har inte uppnåtts", fulfilment: .notMet, symbol: "○"),
            notAssessed,
        ],
        resultGrades: [
            Grade(words: "uppnått", fulfilment: .met, symbol: "●"),
            Grade(words: "har inte uppnåtts", fulfilment: .notMet, symbol: "○"),
            notAssessed,
        ]
    )

    /// Four forward-looking levels, as Västerås uses them.
    public static let fourLevel = GradeScale(
        name: "four",
        summary: "four levels (as in Västerås)",
        forecastGrades: [
            Grade(words: "kan uppnås", fulfilment: .met, symbol: "●"),
            Grade(words: "kan delvis uppnås", fulfilment: .partly, symbol: "◐"),
            Grade(words: "svårt att uppnå", fulfilment: .notMet, symbol: "○"),
            Grade(words: "bedömning saknas", fulfilment: .notAssessed, symbol: "–"),
        ],
        resultGrades: [
            Grade(words: "uppnått", fulfilment: .met, symbol: "●"),
            Grade(words: "delvis uppnått", fulfilment: .partly, symbol: "◐"),
            Grade(words: "ej uppnått", fulfilment: .notMet, symbol: "○"),
            Grade(words: "bedömning saknas", fulfilment: .notAssessed, symbol: "–"),
        ]
    )

    /// "ej bedömd": no judgement made.
    public static let notAssessed = Grade(words: "ej bedömd", fulfilment: .notAssessed, symbol: "–")

    /// The scales there are.
    public static let all = [threeLevel, fiveLevel, fourLevel]

    /// The scale with a name.
    public static func named(_ name: String) -> GradeScale? {
        all.first { $0.name == name.lowercased() }
    }

    /// A scale of a workspace's own: the same grades for forecasts and results, best
    /// first, with "ej bedömd" after them.
    public static func own(name: String, summary: String = "", grades: [Grade]) -> GradeScale {
        let mine = grades.filter { $0.words != notAssessed.words }
        return GradeScale(name: name, summary: summary, forecastGrades: mine + [notAssessed], resultGrades: mine + [notAssessed])
    }

    /// The grades of a scale of one's own as they were defined, without "ej bedömd".
    public var ownGrades: [Grade] { forecastGrades.filter { $0.words != Self.notAssessed.words } }

    /// Whether the scale is one of the built-in ones.
    public var isBuiltIn: Bool { Self.named(name) != nil }

    /// The least share of the target a partly met forecast needs, when a grade of the
    /// scale states one.
    public var partlyThreshold: Double? {
        forecastGrades.filter { $0.fulfilment == .partly }.compactMap(\.threshold).min()
    }

    /// The forecast grade with given words, ignoring case; also by its
    /// position (1 = best).
    public func forecastGrade(_ words: String) -> Grade? {
        Self.find(words, in: forecastGrades)
    }

    /// The result grade with given words, ignoring case, or by position.
    public func resultGrade(_ words: String) -> Grade? {
        Self.find(words, in: resultGrades)
    }

    /// The forecast grade a computed fulfilment is shown as.
    public func forecastGrade(for fulfilment: Fulfilment) -> Grade {
        if fulfilment == .met, let second = forecastGrades.first(where: { $0.words == "bedöms kunna uppnås" }) {
            return second
        }
        return forecastGrades.first { $0.fulfilment == fulfilment } ?? Self.notAssessed
    }

    private static func find(_ words: String, in grades: [Grade]) -> Grade? {
        let key = words.lowercased().split(separator: " ").joined(separator: " ")
        if let n = Int(key), (1...grades.count).contains(n) { return grades[n - 1] }
        return grades.first { $0.words.lowercased() == key } ?? grades.first { $0.symbol == words }
            ?? (key == "not assessed" ? grades.last : nil)
    }
}
