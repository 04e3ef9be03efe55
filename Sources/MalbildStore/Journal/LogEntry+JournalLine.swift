import MalbildCore

/// A log entry's members in a journal line, as the store's encoder writes them (sorted:
/// after, before, goal, summary, time, user; nil values left out). The one place that
/// knows the log entry's fields for the journal.
extension LogEntry {
    /// Writes the entry's members into the object being written.
    func writeJournalMembers(into w: inout JournalLineWriter) throws {
        try w.coded("after", after)
        try w.coded("before", before)
        try w.coded("change", change)
        w.goal("goal", goal)
        w.date("time", time)
        w.string("user", user)
    }

    /// Reads an entry from the members written by ``writeJournalMembers(into:)``; an entry
    /// of an older journal, with a `summary` sentence and texts before and after, is read as
    /// the core reads it from an older file.
    static func readJournalMembers(_ f: JournalFields) throws(JournalLineError) -> LogEntry {
        let time = try f.date("time"), user = try f.string("user"), goal = try f.optionalGoal("goal")
        if let change: LogChange = try f.coded("change") {
            return LogEntry(time: time, user: user, goal: goal, change: change, before: try f.coded("before"), after: try f.coded("after"))
        }
        return LogEntry(time: time, user: user, goal: goal, change: .writtenBefore(try f.string("summary")),
                        before: try f.optionalString("before").map(ChangeValue.text), after: try f.optionalString("after").map(ChangeValue.text))
    }
}
