/// How an indicator's series ended: why, what replaced it, and from when.
public struct Discontinuation: Codable, Equatable, Sendable {
    /// The id of the indicator that carries on, if any.
    public var replacedBy: String?
    /// Why the series ended.
    public var reason: String
    /// The first day the series takes no value for: values dated before it are
    /// accepted (also late ones, from an import), later ones refused. Nil when
    /// the end was not given: then values up to the series' last are accepted.
    public var from: Day?

    /// Creates a discontinuation.
    public init(replacedBy: String?, reason: String, from: Day? = nil) {
        self.replacedBy = replacedBy
        self.reason = reason
        self.from = from
    }

    /// Whether the series takes a value dated on a day, given the last day it has a value
    /// for (nil when it has none).
    public func takes(_ day: Day, latestRecorded: Day?) -> Bool {
        if let from { return day < from }
        return latestRecorded.map { $0 >= day } ?? false
    }
}
