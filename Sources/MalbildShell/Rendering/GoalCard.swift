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
        return out.joined(separator: "\n")
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
