import MalbildCore

/// The workspace as a whole: municipality, decision, calendar, rules, areas.
struct WorkspaceView {
    let workspace: Workspace
    let width: Int

    func render() -> String {
        let w = workspace
        var out: [String] = []
        let who = [w.body, w.municipality.name.isEmpty ? "" : "\(w.municipality.name) kommun"]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        out.append("\(w.name): \(who.isEmpty ? "goals" : who), plan year \(w.planYear)")
        if !w.municipality.koladaID.isEmpty {
            out.append("Municipality: \(w.municipality.name) (Kolada id \(w.municipality.koladaID))")
        }
        let d = w.decision
        if !d.caseReference.isEmpty || !d.title.isEmpty {
            let parts = [d.title, d.caseReference.isEmpty ? "" : "(\(d.caseReference))", d.paragraph].filter { !$0.isEmpty }
            let day = d.day.map { ", \($0)" } ?? ", date not stated in the source"
            out.append(TextLayout.wrap("Decision: " + parts.joined(separator: " ") + day, width: width))
        }
        if !d.proposal.isEmpty { out.append(TextLayout.wrap(d.proposal, width: width, indent: "  ")) }
        if !d.text.isEmpty { out.append(TextLayout.wrap(d.text, width: width, indent: "  ")) }
        if !d.path.isEmpty {
            out.append("Decision path:")
            for step in d.path {
                let when = step.day.map { "\($0) " } ?? ""
                out.append(TextLayout.wrap("\(step.body), \(when)\(step.paragraph): \(step.action)", width: width, indent: "  "))
            }
        }
        if !d.summary.isEmpty {
            out.append("Sammanfattning:")
            for p in d.summary { out.append(TextLayout.wrap(p, width: width, indent: "  ")) }
        }
        if !w.criteriaText.isEmpty {
            out.append("The three criteria for an ambition level:")
            for c in w.criteriaText { out.append(TextLayout.wrap("• " + c, width: width, indent: "  ")) }
        }
        if !w.supportingGoalRule.isEmpty {
            out.append("Inriktningsmål (supporting goals):")
            out.append(TextLayout.wrap(w.supportingGoalRule, width: width, indent: "  "))
        }
        if !w.followUp.isEmpty {
            out.append("Follow-up (uppföljning):")
            for p in w.followUp { out.append(TextLayout.wrap(p, width: width, indent: "  ")) }
        }
        out.append("Reporting calendar:")
        for c in w.calendar.checkpoints {
            let what = c.forecasts ? "forecast of goal fulfilment" : "the year's result"
            out.append("  \(TextLayout.pad(c.id, 7)) \(c.day)  \(c.name): \(what)")
        }
        if !d.documents.isEmpty {
            out.append("Beslutsunderlag (decision documents):")
            for doc in d.documents { out.append(TextLayout.wrap(doc, width: width, indent: "  ")) }
        }
        if !d.dispatchedTo.isEmpty {
            out.append("Expedieras till (dispatched to): " + d.dispatchedTo.joined(separator: ", "))
        }
        let steering = w.goals.filter { $0.kind == .steering }.count
        out.append("Goals: \(w.goals.count) in \(w.areas.count) areas (\(steering) steering, \(w.goals.count - steering) supporting)")
        out.append(GoalCard.notes(w.notes, width: width))
        return out.joined(separator: "\n")
    }
}
