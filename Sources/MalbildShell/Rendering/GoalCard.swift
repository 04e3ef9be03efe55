import Foundation
import MalbildCore

/// A goal's card: everything about one goal, as `goal N` and `show` print it.
struct GoalCard {
    let goal: Goal
    let workspace: Workspace
    let width: Int

    func render() -> String {
        var out: [String] = []
        out.append(TextLayout.wrap("Mål \(goal.number). \(goal.title)", width: width))
        if let number = goal.area, let area = workspace.area(number) {
            out.append(TextLayout.field("Area:", "\(number) \(area.name)", width: width))
        } else {
            out.append(TextLayout.field("Area:", "none", width: width))
        }
        out.append(TextLayout.field("Kind:", GoalCard.kindLine(goal.kind), width: width))
        out.append(TextLayout.field("Status:", goal.status.rawValue, width: width))
        out.append("")
        out.append("Ambitionsnivå:")
        out.append(goal.ambition.isEmpty
            ? "  (not written yet: set ambition \"…\")"
            : TextLayout.wrap(goal.ambition, width: width, indent: "  "))
        out.append("")
        out.append("Criteria:")
        out.append(CriteriaView(goal: goal, width: width).render(indent: "  "))
        out.append("")
        out.append(GoalCard.list("Steering documents (styrdokument)", goal.documents, width: width))
        out.append(GoalCard.list("Strategies", goal.strategies, width: width))
        out.append(GoalCard.notes(goal.notes, width: width))
        out.append(indicators())
        out.append(followUp())
        if !goal.activities.isEmpty {
            out.append("Activities: " + ActivitiesView.shares(goal.activities).drop { $0 != ":" }.dropFirst(2) + " (see activities)")
        }
        return out.joined(separator: "\n")
    }

    /// One line per indicator: latest value against baseline and target.
    private func indicators() -> String {
        if goal.indicators.isEmpty {
            return goal.kind == .steering ? "Indicators: none (a steering goal is measured by numbers: indicator add)" : "Indicators: none"
        }
        var lines = ["Indicators (indicator show ID for the history):"]
        var examples = false
        func value(_ v: Double?, _ example: Bool) -> String {
            examples = examples || example
            return v.map { Number.format($0) + (example ? "*" : "") } ?? "-"
        }
        for i in goal.indicators {
            let s = IndicatorSummary(i)
            var text = "\(i.id): \(i.name)" + (i.unit.isEmpty ? "" : " (\(i.unit))") + (i.discontinued != nil ? ", ended" : "")
            text += "; latest " + (s.latest.map { value($0.total, $0.example) + " on \($0.day)" } ?? "none")
            text += ", baseline " + value(i.baseline?.value, i.baseline?.example ?? false)
            text += ", target " + value(i.target?.value, i.target?.example ?? false)
            text += ", trend \(s.trend.rawValue)"
            let wrapped = TextLayout.wrap(text, width: width, indent: "    ")
            lines.append("  " + wrapped.dropFirst(4))
        }
        if examples { lines.append("  * example value, not data from a real source") }
        return lines.joined(separator: "\n")
    }

    /// The forecasts, assessments and result recorded, by checkpoint.
    private func followUp() -> String {
        var lines: [String] = []
        let scale = workspace.scale
        for c in workspace.calendar.checkpoints {
            var parts: [String] = []
            if let f = goal.forecast(at: c.id) { parts.append("forecast " + GradeMark(words: f.grade, scale: scale, color: false).render()) }
            if let a = goal.assessment(at: c.id) {
                parts.append("assessed" + (a.grade.map { " " + GradeMark(words: $0, scale: scale, color: false).render() } ?? ""))
            }
            if c.id == "helår", let r = goal.result { parts.append("result " + GradeMark(words: r.grade, scale: scale, color: false).render()) }
            if !parts.isEmpty { lines.append("  \(TextLayout.pad(c.id, 7)) " + parts.joined(separator: "; ")) }
        }
        if lines.isEmpty {
            return goal.kind == .steering
                ? "Follow-up: nothing recorded yet (forecast, assess)"
                : "Follow-up: nothing recorded yet (assess qualitative; no forecast for an inriktningsmål)"
        }
        return (["Follow-up (see assess):"] + lines).joined(separator: "\n")
    }

    /// The kind with what it means for follow-up.
    static func kindLine(_ kind: GoalKind) -> String {
        switch kind {
        case .steering:
            return "steering (styrande): measured by numbers; a forecast is reported at each interim report"
        case .supporting:
            return "supporting (stödjande, inriktningsmål): assessed qualitatively; no forecast is reported"
        }
    }

    /// A numbered list under a heading, or "none".
    static func list(_ heading: String, _ items: [String], width: Int) -> String {
        if items.isEmpty { return "\(heading): none" }
        var lines = ["\(heading):"]
        for (i, item) in items.enumerated() {
            let text = TextLayout.wrap(item, width: width, indent: "     ")
            lines.append("  \(i + 1). " + text.dropFirst(5))
        }
        return lines.joined(separator: "\n")
    }

    /// Notes with their times.
    static func notes(_ notes: [Note], width: Int) -> String {
        if notes.isEmpty { return "Notes: none" }
        var lines = ["Notes:"]
        for note in notes {
            lines.append("  " + NoteTime.format(note.time))
            lines.append(TextLayout.wrap(note.text, width: width, indent: "    "))
        }
        return lines.joined(separator: "\n")
    }
}
