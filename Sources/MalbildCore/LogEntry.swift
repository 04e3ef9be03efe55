import Foundation

/// One change in the workspace's log: when, by whom, what, and the value
/// before and after.
public struct LogEntry: Codable, Equatable, Sendable {
    /// When the change was made.
    public var time: Date
    /// Who made it: the login name, or the name given with `--user` or `set user`.
    public var user: String
    /// The goal it concerns, if one.
    public var goal: GoalNumber?
    /// What was done, in words.
    public var summary: String
    /// The value before, when the change has one.
    public var before: String?
    /// The value after, when the change has one.
    public var after: String?

    /// Creates an entry.
    public init(time: Date, user: String, goal: GoalNumber?, summary: String, before: String? = nil, after: String? = nil) {
        self.time = time
        self.user = user
        self.goal = goal
        self.summary = summary
        self.before = before
        self.after = after
    }
}
