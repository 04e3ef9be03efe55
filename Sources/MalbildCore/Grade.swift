/// One level of a grade scale: the words users see and what they mean.
public struct Grade: Codable, Equatable, Sendable {
    /// The Swedish words, e.g. "uppfylls delvis".
    public var words: String
    /// What the level means.
    public var fulfilment: Fulfilment
    /// A symbol that carries the meaning without colour: ●, ◐, ○, –.
    public var symbol: String
    /// The share of the target that must be reached for this grade (1 = all of it),
    /// used by the forecast suggestion; nil when the grade states none.
    public var threshold: Double?

    /// Creates a grade.
    public init(words: String, fulfilment: Fulfilment, symbol: String, threshold: Double? = nil) {
        self.words = words
        self.fulfilment = fulfilment
        self.symbol = symbol
        self.threshold = threshold
    }
}
