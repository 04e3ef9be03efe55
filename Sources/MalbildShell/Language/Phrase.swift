/// One string of the catalogue in both languages.
///
/// `{0}`, `{1}` … are the values given; `{0:change|changes}` picks the first
/// word when value 0 is 1 and the second otherwise, so plurals follow the count.
public struct Phrase: Sendable {
    /// The English text.
    public let en: String
    /// The Swedish text.
    public let sv: String

    /// Creates a phrase from its English and Swedish text.
    public init(_ en: String, _ sv: String) {
        self.en = en
        self.sv = sv
    }

    /// The text in a language.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return en
        case .sv: return sv
        }
    }
}
