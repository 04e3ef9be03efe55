import MalbildCore

/// A grade as a report shows it: always its symbol and its words, so that
/// colour is never the only carrier of meaning.
public struct ReportGrade: Codable, Equatable, Sendable {
    /// The scale's words, e.g. "uppfylls delvis"; as entered when not on the scale.
    public var words: String
    /// The symbol: ●, ◐, ○, –; "?" for words that are not on the scale.
    public var symbol: String
    /// What the grade means; nil for words that are not on the scale.
    public var fulfilment: Fulfilment?

    /// Creates a grade of a report.
    public init(words: String, symbol: String, fulfilment: Fulfilment?) {
        self.words = words
        self.symbol = symbol
        self.fulfilment = fulfilment
    }

    /// Takes a grade of a scale.
    public init(_ grade: Grade) {
        self.init(words: grade.words, symbol: grade.symbol, fulfilment: grade.fulfilment)
    }

    /// The grade a scale found for words, or the words as entered when it found none.
    init(words: String, found grade: Grade?) {
        if let grade {
            self.init(grade)
        } else {
            self.init(words: words, symbol: "?", fulfilment: nil)
        }
    }
}
