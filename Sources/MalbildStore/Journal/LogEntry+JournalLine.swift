import MalbildCore

/// A log entry's members in a journal line, as the store's encoder writes them (sorted:
/// after, before, change, goal, time, user; nil values left out), its change and values
/// written and read by their own code. The one place that knows the log entry's fields for
/// the journal.
extension LogEntry {
    /// Writes the entry's members into the object being written.
    func writeJournalMembers(into w: inout JournalLineWriter) throws {
        if let after {
            w.key("after")
            try after.writeJournalValue(into: &w)
        }
        if let before {
            w.key("before")
            try before.writeJournalValue(into: &w)
        }
        w.key("change")
        change.writeJournalValue(into: &w)
        w.goal("goal", goal)
        w.date("time", time)
        w.string("user", user)
    }

    /// Reads an entry from the members written by ``writeJournalMembers(into:)``; an entry
    /// of an older journal, with a `summary` sentence and texts before and after, is read as
    /// the core reads it from an older file.
    static func readJournalMembers(_ f: JournalFields) throws(JournalLineError) -> LogEntry {
        let time = try f.date("time"), user = try f.string("user"), goal = try f.optionalGoal("goal")
        let change: LogChange
        if f["change"] != nil {
            change = try f.own("change")
        } else {
            change = .writtenBefore(try f.string("summary"))
        }
        return LogEntry(time: time, user: user, goal: goal, change: change, before: try value(f, "before"), after: try value(f, "after"))
    }

    /// A value before or after: a text as an older journal wrote it, or a value as data.
    private static func value(_ f: JournalFields, _ key: String) throws(JournalLineError) -> ChangeValue? {
        if case .string(let text)? = f[key] { return .text(text) }
        return try f.optionalOwn(key)
    }
}
