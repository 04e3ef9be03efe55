/// How an indicator's latest value compares with its baseline.
public enum Trend: String, Codable, Sendable {
    /// Moved the right way.
    case better
    /// Did not move.
    case unchanged
    /// Moved the wrong way.
    case worse
    /// Not enough values to tell.
    case noData = "no data"
}
