import Foundation

/// One change in the workspace's log: when, by whom, what, and the value
/// before and after, all as data; the shell words it when it is shown.
public struct LogEntry: Codable, Equatable, Sendable {
    /// When the change was made.
    public var time: Date
    /// Who made it: the login name, or the name given with `--user` or `set user`.
    public var user: String
    /// The goal it concerns, if one.
    public var goal: GoalNumber?
    /// What was done.
    public var change: LogChange
    /// The value before, when the change has one.
    public var before: ChangeValue?
    /// The value after, when the change has one.
    public var after: ChangeValue?

    /// Creates an entry.
    public init(time: Date, user: String, goal: GoalNumber?, change: LogChange, before: ChangeValue? = nil, after: ChangeValue? = nil) {
        self.time = time
        self.user = user
        self.goal = goal
        self.change = change
        self.before = before
        self.after = after
    }
}
