/// Whether a goal steers the organisation or only gives it a direction.
///
/// Steering goals (styrande mål) are measured by numbers and get a forecast of
/// goal fulfilment at each interim report. Supporting goals (stödjande mål,
/// inriktningsmål) are assessed qualitatively, and no forecast may be given.
public enum GoalKind: String, Codable, Sendable, CaseIterable {
    /// Styrande: quantitatively measured; a forecast is reported.
    case steering
    /// Stödjande / inriktningsmål: qualitatively assessed; no forecast.
    case supporting

    /// The Swedish term used in the source documents.
    public var swedishTerm: String {
        switch self {
        case .steering: return "styrande"
        case .supporting: return "stödjande (inriktningsmål)"
        }
    }

    /// Parses the English or Swedish word for a kind.
    public init?(word: String) {
        switch word.lowercased() {
        case "steering", "styrande": self = .steering
        case "supporting", "stödjande", "inriktningsmål", "inriktning": self = .supporting
        default: return nil
        }
    }

    /// The words accepted by ``init(word:)``, for completion and help.
    public static let words = ["steering", "supporting", "styrande", "stödjande", "inriktningsmål"]
}
