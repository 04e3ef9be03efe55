/// The three criteria every ambition level is tested against.
///
/// From the decision: an ambition level must be within the board's power to
/// influence and its area of responsibility, it must be measurable, and there
/// must be resources to fulfil it.
public enum Criterion: String, Codable, Sendable, CaseIterable {
    /// Det skall kunna gå att påverka och vara inom kommunstyrelsens ansvarsområde.
    case influenceable
    /// Det skall kunna mätas.
    case measurable
    /// Det skall finnas resurser till att uppfylla målen.
    case resourced

    /// Parses the English name or the Swedish word: påverkbar, mätbar, resurser.
    public init?(word: String) {
        switch word.lowercased() {
        case "influenceable", "påverkbar", "påverka": self = .influenceable
        case "measurable", "mätbar", "mätbart": self = .measurable
        case "resourced", "resurser", "resurssatt": self = .resourced
        default: return nil
        }
    }

    /// The words ``init(word:)`` takes, for completion.
    public static let words = ["influenceable", "measurable", "resourced", "påverkbar", "mätbar", "resurser"]

    /// The criterion as a question for the room.
    public var question: String {
        switch self {
        case .influenceable: return "Can the board influence it, within its area of responsibility?"
        case .measurable: return "Can it be measured?"
        case .resourced: return "Are there resources to fulfil it?"
        }
    }
}
