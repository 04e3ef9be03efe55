import Foundation
import MalbildCore

/// The log: time, user and what changed, with the value before and after.
struct LogView {
    let entries: [LogEntry]
    let width: Int
    let t: Catalogue

    func render() -> String {
        if entries.isEmpty { return t(.noChangesLogged) }
        var out: [String] = []
        for e in entries {
            out.append(TextLayout.wrap("\(NoteTime.format(e.time))  \(e.user)  \(t.words(e.change))", width: width))
            if let before = e.before { out.append(TextLayout.field(t(.logBefore), t.words(before), labelWidth: 10, width: width)) }
            if let after = e.after { out.append(TextLayout.field(t(.logAfter), t.words(after), labelWidth: 10, width: width)) }
        }
        return out.joined(separator: "\n")
    }

    /// The local day of a time, `YYYY-MM-DD`, to compare with a `--since` day.
    static func day(of time: Date) -> String {
        String(NoteTime.format(time).prefix(10))
    }
}
