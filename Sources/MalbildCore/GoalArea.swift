/// A goal area (målområde) that groups goals.
public struct GoalArea: Codable, Equatable, Sendable {
    /// The area's number, stable while the workspace lives.
    public var number: Int
    /// The area's name, e.g. "Arbete och fritid".
    public var name: String

    /// Creates an area.
    public init(number: Int, name: String) {
        self.number = number
        self.name = name
    }
}
