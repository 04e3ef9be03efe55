/// A goal area (målområde) with its goals.
public struct ReportArea: Codable, Equatable, Sendable {
    /// The area's number; nil for the goals that belong to no area.
    public var number: Int?
    /// The area's name, as entered.
    public var name: String
    /// The area's goals, by number.
    public var goals: [ReportGoal]

    /// Creates an area of a report.
    public init(number: Int?, name: String, goals: [ReportGoal]) {
        self.number = number
        self.name = name
        self.goals = goals
    }
}
