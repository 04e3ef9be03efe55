import MalbildCore

/// What an import does to one indicator: the days that get a first value, the days whose
/// value is corrected, and how many values were already in force.
public struct IndicatorImport: Equatable, Sendable, CustomStringConvertible {
    /// The goal the indicator belongs to.
    public var goal: GoalNumber
    /// The indicator's id.
    public var indicator: String
    /// The days that get their first value.
    public var added: [Day]
    /// The days whose value in force is replaced by a correction (the earlier value stays in the history).
    public var corrected: [Day]
    /// The values that equal what is in force already, and are left out.
    public var unchanged: Int
    /// The days whose value the source has removed: a correction without a value is recorded
    /// (the earlier value stays in the history).
    public var removed: [Day] = []

    /// Creates a summary for one indicator.
    public init(goal: GoalNumber, indicator: String, added: [Day] = [], corrected: [Day] = [], unchanged: Int = 0) {
        self.goal = goal
        self.indicator = indicator
        self.added = added
        self.corrected = corrected
        self.unchanged = unchanged
    }

    /// Whether the import changes the indicator.
    public var changes: Bool { !added.isEmpty || !corrected.isEmpty || !removed.isEmpty }

    /// `nii (goal 6): 2 new values, 1 corrected (2019-12-31), 3 unchanged`.
    public var description: String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(Self.count(added.count, "new value")) (\(Self.days(added)))") }
        if !corrected.isEmpty { parts.append("\(corrected.count) corrected (\(Self.days(corrected)))") }
        if !removed.isEmpty { parts.append("\(removed.count) removed as in the source (\(Self.days(removed)))") }
        if unchanged > 0 { parts.append("\(unchanged) unchanged") }
        if parts.isEmpty { parts.append("nothing to import") }
        return "\(indicator) (goal \(goal)): " + parts.joined(separator: ", ")
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    private static func days(_ days: [Day]) -> String {
        let shown = days.prefix(6).map(\.description).joined(separator: ", ")
        return days.count > 6 ? shown + ", …" : shown
    }
}
