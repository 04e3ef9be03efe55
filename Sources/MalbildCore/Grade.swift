/// One level of a grade scale: the words users see and what they mean.
public struct Grade: Codable, Equatable, Sendable {
    /// The Swedish words, e.g. "uppfylls delvis".
    public var words: String
    /// What the level means.
    public var fulfilment: Fulfilment
    /// A symbol that carries the meaning without colour: ●, ◐, ○, –.
    public var symbol: String

    /// Creates a grade.
    public init(words: String, fulfilment: Fulfilment, symbol: String) {
        self.words = words
        self.fulfilment = fulfilment
        self.symbol = symbol
    }
}
