import MalbildCore

/// The workspace as a whole: municipality, decision, calendar, rules, areas.
struct WorkspaceView {
    let workspace: Workspace
    let width: Int
    let t: Catalogue

    func render() -> String {
        let w = workspace
        var out: [String] = []
        let who = [w.body, w.municipality.name.isEmpty ? "" : "\(Catalogue.genitive(w.municipality.name)) kommun"]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        let years = w.planYears
        out.append(years.count == 1
            ? t(.workspaceHeading, w.name, who.isEmpty ? t(.goalsWord) : who, w.planYear)
            : t(.workspaceHeadingPeriod, w.name, who.isEmpty ? t(.goalsWord) : who, "\(years.lowerBound)–\(years.upperBound)"))
        if !w.municipality.koladaID.isEmpty {
            out.append(t(.municipalityLine, w.municipality.name, w.municipality.koladaID))
        }
        let d = w.decision
        if !d.caseReference.isEmpty || !d.title.isEmpty {
            let parts = [d.title, d.caseReference.isEmpty ? "" : "(\(d.caseReference))", d.paragraph].filter { !$0.isEmpty }
            let day = d.day.map { ", \($0)" } ?? t(.dateNotStated)
            out.append(TextLayout.wrap(t(.decisionLabel) + parts.joined(separator: " ") + day, width: width))
        }
        if !d.proposal.isEmpty { out.append(TextLayout.wrap(d.proposal, width: width, indent: "  ")) }
        if !d.text.isEmpty { out.append(TextLayout.wrap(d.text, width: width, indent: "  ")) }
        if !d.path.isEmpty {
            out.append(t(.decisionPathLabel))
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
            out.append(t(.threeCriteriaLabel))
            for c in w.criteriaText { out.append(TextLayout.wrap("• " + c, width: width, indent: "  ")) }
        }
        if !w.supportingGoalRule.isEmpty {
            out.append(t(.supportingRuleLabel))
            out.append(TextLayout.wrap(w.supportingGoalRule, width: width, indent: "  "))
        }
        if !w.followUp.isEmpty {
            out.append(t(.followUpLabel))
            for p in w.followUp { out.append(TextLayout.wrap(p, width: width, indent: "  ")) }
        }
        out.append(t(.calendarLabel))
        out.append(CheckpointText.calendar(w.calendar, current: "", t: t, width: width))
        if !d.documents.isEmpty {
            out.append(t(.documentsLabel))
            for doc in d.documents { out.append(TextLayout.wrap(doc, width: width, indent: "  ")) }
        }
        if !d.dispatchedTo.isEmpty {
            out.append(t(.dispatchedLabel) + d.dispatchedTo.joined(separator: ", "))
        }
        let steering = w.goals.filter { $0.kind == .steering }.count
        out.append(t(.goalsCountLine, w.goals.count, w.areas.count, steering, w.goals.count - steering))
        out.append(GoalCard.notes(w.notes, width: width, t: t))
        return out.joined(separator: "\n")
    }
}
