/// Whom a Kolada value is for: everyone, women or men, as Kolada writes it (T, K, M).
public enum KoladaGender: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// `T`, totalt: everyone.
    case total = "T"
    /// `K`, kvinnor: women.
    case women = "K"
    /// `M`, män: men.
    case men = "M"

    /// Kolada's letter: T, K or M.
    public var description: String { rawValue }
}
