/// How far a goal is, or is expected to be, fulfilled: the meaning behind
/// every scale's words.
public enum Fulfilment: String, Codable, Sendable, CaseIterable {
    /// Fulfilled, or expected to be.
    case met
    /// Partly fulfilled, or uncertain.
    case partly
    /// Not fulfilled, or not expected to be.
    case notMet
    /// No judgement made (ej bedömd).
    case notAssessed
}
