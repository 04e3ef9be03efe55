/// How far an ambition level has come on its way to a decision.
public enum AmbitionStatus: String, Codable, Sendable, CaseIterable {
    /// Being written in a working group.
    case draft
    /// Proposed to the board, e.g. by its working committee (KSAU).
    case proposed
    /// Decided by the board.
    case decided

    /// Parses the English or Swedish word for a status.
    public init?(word: String) {
        switch word.lowercased() {
        case "draft", "utkast": self = .draft
        case "proposed", "förslag", "föreslagen": self = .proposed
        case "decided", "beslutad", "fastställd": self = .decided
        default: return nil
        }
    }
}
