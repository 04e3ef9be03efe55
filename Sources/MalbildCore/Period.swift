/// A period of a baseline or target: a year, or a checkpoint of the calendar.
public enum Period: Codable, Hashable, Sendable, CustomStringConvertible {
    /// A whole year, e.g. 2018.
    case year(Int)
    /// A checkpoint of the plan year, by its id, e.g. `delår1`.
    case checkpoint(String)
    /// The workspace's whole plan period (e.g. 2024–2027), typed `plan`.
    case plan

    /// The period as typed: `2018` or `delår1`.
    public var description: String {
        switch self {
        case .year(let y): return String(y)
        case .checkpoint(let id): return id
        case .plan: return "plan"
        }
    }
}
