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
            let isScale = Self.choosesScale(e.change)
            if let before = e.before {
                out.append(TextLayout.field(t(.logBefore), t.words(isScale ? t.scaleValue(before) : before), labelWidth: 10, width: width))
            }
            if let after = e.after {
                out.append(TextLayout.field(t(.logAfter), t.words(isScale ? t.scaleValue(after) : after), labelWidth: 10, width: width))
            }
        }
        return out.joined(separator: "\n")
    }

    /// Whether a change chose the grade scale (or undid or redid that): its values are names of scales.
    static func choosesScale(_ change: LogChange) -> Bool {
        switch change {
        case .edit(let summary): if case .choseScale = summary { return true } else { return false }
        case .undid(let inner), .redid(let inner): return choosesScale(inner)
        default: return false
        }
    }

    /// The local day of a time, `YYYY-MM-DD`, to compare with a `--since` day.
    static func day(of time: Date) -> String {
        String(NoteTime.format(time).prefix(10))
    }
}
