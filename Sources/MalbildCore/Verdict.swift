/// A working group's answer to one of the three criteria.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// The criterion is met.
    case yes
    /// The criterion is not met.
    case no
    /// Not yet judged.
    case unknown

    /// The words ``init(word:)`` takes, for completion.
    public static let words = ["yes", "no", "unknown", "ja", "nej", "okänt"]

    /// Parses the English or Swedish word for a verdict.
    public init?(word: String) {
        switch word.lowercased() {
        case "yes", "ja": self = .yes
        case "no", "nej": self = .no
        case "unknown", "?", "vet ej", "okänt": self = .unknown
        default: return nil
        }
    }
}
