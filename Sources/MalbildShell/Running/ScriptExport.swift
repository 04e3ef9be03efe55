import Foundation
import MalbildCore

/// A workspace as a script of commands that rebuilds it exactly: its record,
/// areas, goals, indicators and values, assessments, forecasts and results.
/// The log is history and is not part of it: a rebuild logs its own changes.
enum ScriptExport {
    /// The script.
    static func script(for w: Workspace, t: Catalogue = .english) -> String {
        var lines = [
            "# " + t(.exportHeader, w.name),
            w.planYears.count > 1 ? "new \(q(w.name)) --years \(w.planYears.lowerBound)-\(w.planYears.upperBound)"
                : "new \(q(w.name)) --year \(w.planYear)",
        ]
        for field in InfoField.allCases where field != .name && !w.info(field).isEmpty {
            lines.append("workspace set \(field.rawValue) \(q(w.info(field)))")
        }
        for list in InfoList.allCases {
            for text in w.items(list) { lines.append("workspace add \(list.rawValue) \(q(text))") }
        }
        for step in w.decision.path {
            lines.append("workspace step add \(q(step.body)) \(step.day?.description ?? "-") \(q(step.paragraph)) \(q(step.action))")
        }
        lines.append(contentsOf: calendar(w))
        lines.append(contentsOf: ownScales(w))
        if w.scaleName != GradeScale.threeLevel.name { lines.append("scale use \(w.scaleName)") }
        for area in w.areas { lines.append("area add \(q(area.name)) --number \(area.number)") }
        for note in w.notes { lines.append("note \(q(note.text)) --time \(time(note.time))") }

        var laterKinds: [String] = []
        for goal in w.goals {
            lines.append("")
            lines.append("goal add \(q(goal.title)) --number \(goal.number)")
            // A goal that was made supporting after its forecasts were set is
            // steering until they are in place again.
            let kind: GoalKind = goal.forecasts.isEmpty ? goal.kind : .steering
            if kind != goal.kind { laterKinds.append("set goal \(goal.number) kind \(goal.kind.rawValue)") }
            lines.append("set kind \(kind.rawValue)")
            lines.append("set area \(goal.area.map(String.init) ?? "none")")
            if let owner = goal.owner { lines.append("set owner \(q(owner))") }
            if let link = goal.linkedParent { lines.append("set parent \(link)") }
            // The decided wording first, then the rewriting that keeps it.
            if let decided = goal.decided {
                if decided.title != goal.title { lines.append("set title \(q(decided.title))") }
                lines.append("set ambition \(q(decided.ambition))")
                lines.append("set status decided")
                if decided.title != goal.title { lines.append("set title \(q(goal.title))") }
            }
            // The ambition before the status: rewriting a decided ambition makes it a draft.
            if !goal.ambition.isEmpty { lines.append("set ambition \(q(goal.ambition))") }
            lines.append("set status \(goal.status.rawValue)")
            for c in Criterion.allCases where goal.criteria[c] != CriterionAssessment() {
                let a = goal.criteria[c]
                lines.append("criteria \(c.rawValue) \(a.verdict.rawValue)" + (a.justification.isEmpty ? "" : " \(q(a.justification))"))
            }
            for text in goal.strategies { lines.append("strategy add \(q(text))") }
            for text in goal.documents { lines.append("document add \(q(text))") }
            for note in goal.notes { lines.append("note \(q(note.text)) --time \(time(note.time))") }
            for i in goal.indicators { lines.append(contentsOf: indicator(i)) }
            for (n, a) in goal.activities.enumerated() {
                var line = "activity add \(q(a.text))"
                if let owner = a.owner { line += " --owner \(q(owner))" }
                if let due = a.due { line += " --due \(due)" }
                lines.append(line)
                if a.status != .ejPåbörjad { lines.append("activity status \(n + 1) \(a.status.rawValue)") }
            }
        }
        lines.append("top")
        for c in w.calendar.checkpoints {
            let goals = w.goals.filter { $0.forecast(at: c.id) != nil || $0.assessment(at: c.id) != nil }
            guard !goals.isEmpty else { continue }
            lines.append("")
            lines.append("checkpoint \(c.id)")
            for goal in goals {
                lines.append("goal \(goal.number)")
                if let f = goal.forecast(at: c.id) {
                    lines.append("forecast set \(words(f.grade)) \(q(f.rationale)) --suggested \(f.suggested.map(words) ?? "none")")
                }
                if let a = goal.assessment(at: c.id) {
                    var line = "assess qualitative \(q(a.text))"
                    if let g = a.grade { line += " --grade \(words(g))" }
                    for v in a.addedValues { line += " --added-value \(q(v))" }
                    lines.append(line)
                }
            }
        }
        // Results by checkpoint; a checkpoint is named when it is not the one a result
        // typed at the checkpoint chosen above would be kept at.
        var chosen = w.calendar.checkpoints.last { c in w.goals.contains { $0.forecast(at: c.id) != nil || $0.assessment(at: c.id) != nil } }?.id
        for c in w.calendar.checkpoints where !c.forecasts {
            let results = w.goals.compactMap { goal in goal.result(at: c.id).map { (goal.number, $0) } }
            guard !results.isEmpty else { continue }
            lines.append("")
            if w.resultCheckpoint(for: chosen ?? w.calendar.checkpoints.first?.id ?? "")?.id != c.id {
                lines.append("checkpoint \(c.id)")
                chosen = c.id
            }
            for (number, r) in results {
                lines.append("goal \(number)")
                lines.append("result \(words(r.grade)) \(q(r.text))")
            }
        }
        let ended = w.goals.flatMap { g in g.indicators.filter { $0.discontinued != nil } }
        if !ended.isEmpty { lines.append("") }
        for i in ended {
            guard let d = i.discontinued else { continue }
            lines.append("indicator discontinue \(i.id) \(q(d.reason))" + (d.replacedBy.map { " --replaced-by \($0)" } ?? "")
                + (d.from.map { " --from \($0)" } ?? ""))
        }
        lines.append(contentsOf: laterKinds)
        lines.append("top")
        lines.append("checkpoint \(w.calendar.checkpoints.first?.id ?? "delår1")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The calendar's checkpoints that differ from the standard ones of the plan period.
    private static func calendar(_ w: Workspace) -> [String] {
        let standard = ReportingCalendar.standard(years: w.planYears).checkpoints
        var lines: [String] = []
        for c in w.calendar.checkpoints where !standard.contains(where: { $0.id == c.id }) {
            lines.append("checkpoint add \(c.id) \(c.day) \(q(c.name)) --\(c.forecasts ? "forecast" : "result")")
        }
        for c in standard {
            guard let mine = w.calendar.checkpoints.first(where: { $0.id == c.id }) else {
                lines.append("checkpoint remove \(c.id)")
                continue
            }
            if mine.day != c.day { lines.append("checkpoint set \(c.id) \(mine.day)") }
        }
        return lines
    }

    /// The workspace's own scales, grade by grade.
    private static func ownScales(_ w: Workspace) -> [String] {
        var lines: [String] = []
        for scale in w.ownScales ?? [] {
            lines.append("scale add \(scale.name)" + (scale.summary.isEmpty ? "" : " \(q(scale.summary))"))
            for g in scale.ownGrades {
                let meaning = Session.meaningWords.first { $0.1 == g.fulfilment }?.0 ?? "met"
                lines.append("scale grade \(scale.name) \(q(g.symbol)) \(meaning) \(q(g.words))"
                    + (g.threshold.map { " --threshold \(exact($0 * 100))" } ?? ""))
            }
        }
        return lines
    }

    private static func indicator(_ i: Indicator) -> [String] {
        var lines = ["indicator add \(i.id) \(q(i.name))"
            + (i.source == .manual ? "" : " --source \(q(i.source.description))")
            + (i.unit.isEmpty ? "" : " --unit \(q(i.unit))")
            + " --direction \(i.direction.rawValue)"
            + (i.owner.map { " --owner \(q($0))" } ?? "")]
        if let b = i.baseline { lines.append("baseline \(i.id) \(b.period) \(exact(b.value))" + (b.example ? " --example" : "")) }
        for t in i.targets { lines.append("target \(i.id) \(t.period) \(exact(t.value))" + (t.example ? " --example" : "")) }
        for m in i.measurements {
            var line = "measure \(i.id) \(m.checkpoint ?? m.day.description) \(m.total.map(exact) ?? "-")"
            if let w = m.women { line += " --women \(exact(w))" }
            if let men = m.men { line += " --men \(exact(men))" }
            if !m.status.isEmpty { line += " --status \(q(m.status))" }
            if let why = m.correction { line += " --correct \(q(why))" }
            if m.example { line += " --example" }
            lines.append(line)
        }
        return lines
    }

    /// A text always in quotes, so that no text is taken for an option or a comment.
    static func q(_ text: String) -> String {
        var out = "\""
        for c in text {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }

    /// A number with every digit it has, in the plain form `measure` reads back:
    /// 52, 52.5, 0.123456, 0.0000001, 999999999999999.9 (never an exponent).
    static func exact(_ value: Double) -> String {
        Number.exact(value)
    }

    /// A grade's words as one word: blanks as hyphens.
    static func words(_ grade: String) -> String {
        grade.replacingOccurrences(of: " ", with: "-")
    }

    /// A time in ISO 8601 with milliseconds, as `note --time` reads it.
    static func time(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }

    /// Reads a time written with or without fractions of a second. A time that names no real
    /// moment (February 30th, hour 24, a year of five digits) is refused, not moved to another.
    static func time(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        var parsed = f.date(from: text)
        if parsed == nil {
            f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            parsed = f.date(from: text)
        }
        guard let date = parsed, fieldsAgree(text, date) else { return nil }
        return date
    }

    /// Whether the date and time a text writes (`YYYY-MM-DDTHH:MM:SS`, a fraction, then `Z`
    /// or an offset) are those of the moment read from it, at that offset: the formatter rolls
    /// a day or an hour that does not exist over into the next.
    private static func fieldsAgree(_ text: String, _ date: Date) -> Bool {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count,
                  bytes[range].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return false }
        var at = 19
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { at += 1 }
        }
        guard at < bytes.count else { return false }
        var offset = 0
        if bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") {
            guard let hours = number((at + 1)..<(at + 3)), let minutes = number((at + 4)..<(at + 6)) else { return false }
            offset = (bytes[at] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(secondsFromGMT: offset) else { return false }
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return c.year == year && c.month == month && c.day == day && c.hour == hour && c.minute == minute && c.second == second
    }
}
