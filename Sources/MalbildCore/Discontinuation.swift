/// How an indicator's series ended: why, and what replaced it.
public struct Discontinuation: Codable, Equatable, Sendable {
    /// The id of the indicator that carries on, if any.
    public var replacedBy: String?
    /// Why the series ended.
    public var reason: String

    /// Creates a discontinuation.
    public init(replacedBy: String?, reason: String) {
        self.replacedBy = replacedBy
        self.reason = reason
    }
}
