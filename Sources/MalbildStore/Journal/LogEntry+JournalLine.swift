import MalbildCore

/// A log entry's members in a journal line, as the store's encoder writes them (sorted:
/// after, before, goal, summary, time, user; nil values left out). The one place that
/// knows the log entry's fields for the journal.
extension LogEntry {
    /// Writes the entry's members into the object being written.
    func writeJournalMembers(into w: inout JournalLineWriter) {
        w.string("after", after)
        w.string("before", before)
        w.goal("goal", goal)
        w.string("summary", summary)
        w.date("time", time)
        w.string("user", user)
    }

    /// Reads an entry from the members written by ``writeJournalMembers(into:)``.
    static func readJournalMembers(_ f: JournalFields) throws(JournalLineError) -> LogEntry {
        LogEntry(time: try f.date("time"), user: try f.string("user"), goal: try f.optionalGoal("goal"),
                 summary: try f.string("summary"), before: try f.optionalString("before"), after: try f.optionalString("after"))
    }
}
