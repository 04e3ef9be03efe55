/// Something the organisation does to contribute to a goal.
public struct Activity: Codable, Equatable, Sendable {
    /// What is done.
    public var text: String
    /// Who is responsible, if named.
    public var owner: String?
    /// When it is due, if set.
    public var due: Day?
    /// Where it stands.
    public var status: ActivityStatus

    /// Creates an activity.
    public init(text: String, owner: String? = nil, due: Day? = nil, status: ActivityStatus = .ejPåbörjad) {
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status
    }
}
