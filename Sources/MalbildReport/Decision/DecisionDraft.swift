import MalbildCore

/// The decision's paragraph drafted from a workspace, laid out as the
/// minutes give it: heading with § and case, Beslut, Sammanfattning with the
/// criteria, the goals under their areas, the sentence on steering and
/// supporting goals (built from the goals' kinds), Expedieras till,
/// Beslutsunderlag. A goal whose ambition level is not decided is marked as
/// the working committee's proposal.
enum DecisionDraft {
    /// The draft's parts in order.
    static func blocks(_ w: Workspace) -> [DecisionBlock] {
        var blocks: [DecisionBlock] = []
        let d = w.decision
        if !d.paragraph.isEmpty { blocks.append(.paragraphNumber(d.paragraph)) }
        let title = d.caseReference.isEmpty ? d.title : "\(d.title) (\(d.caseReference))".trimmingPrefixSpace
        if !title.isEmpty { blocks.append(.title(title)) }
        if !d.proposal.isEmpty || !d.text.isEmpty {
            blocks.append(.heading(DecisionWords.decision))
            if !d.proposal.isEmpty { blocks.append(.text(d.proposal)) }
            for part in paragraphs(d.text) { blocks.append(.text(part)) }
        }
        blocks += summary(w)
        blocks += goals(w)
        for text in followUp(w) { blocks.append(.text(text)) }
        if !d.dispatchedTo.isEmpty {
            blocks.append(.heading(DecisionWords.dispatch))
            blocks.append(.lines(d.dispatchedTo))
        }
        if !d.documents.isEmpty {
            blocks.append(.heading(DecisionWords.documents))
            blocks.append(.lines(d.documents))
        }
        return blocks
    }

    /// Sammanfattning: the paragraphs up to the one that introduces the
    /// criteria (ending with a colon), the criteria, the rule for
    /// inriktningsmål, then the rest.
    private static func summary(_ w: Workspace) -> [DecisionBlock] {
        let summary = w.decision.summary
        guard !summary.isEmpty || !w.criteriaText.isEmpty || !w.supportingGoalRule.isEmpty else { return [] }
        let split = summary.firstIndex { $0.hasSuffix(":") }.map { $0 + 1 } ?? summary.count
        var blocks: [DecisionBlock] = [.heading(DecisionWords.summary)]
        blocks += summary[..<split].map { .text($0) }
        if !w.criteriaText.isEmpty { blocks.append(.bullets(w.criteriaText)) }
        if !w.supportingGoalRule.isEmpty { blocks.append(.text(w.supportingGoalRule)) }
        blocks += summary[split...].map { .text($0) }
        return blocks
    }

    /// The goals, those without an area first, then area by area.
    private static func goals(_ w: Workspace) -> [DecisionBlock] {
        var blocks: [DecisionBlock] = []
        let known = Set(w.areas.map(\.number))
        for goal in w.goals where goal.area.map({ !known.contains($0) }) ?? true { blocks += self.goal(goal) }
        for area in w.areas {
            let members = w.goals.filter { $0.area == area.number }
            guard !members.isEmpty else { continue }
            blocks.append(.area(area.name))
            for goal in members { blocks += self.goal(goal) }
        }
        return blocks
    }

    private static func goal(_ goal: Goal) -> [DecisionBlock] {
        var heading = "Mål \(goal.number). \(goal.title)"
        if !goal.documents.isEmpty { heading += " (" + DecisionWords.steeringDocuments + goal.documents.joined(separator: ", ") + ")" }
        var blocks: [DecisionBlock] = [.goal(heading)]
        if goal.status != .decided { blocks.append(.proposalMark) }
        blocks.append(.labelled(label: DecisionWords.ambition, text: goal.ambition))
        return blocks
    }

    /// The follow-up paragraphs, the one that lists steering and supporting
    /// goals by number made anew from the goals' kinds (added when there is none).
    static func followUp(_ w: Workspace) -> [String] {
        let sentence = kindSentence(w)
        var texts: [String] = []
        var placed = false
        for text in w.followUp {
            if isKindSentence(text) {
                if !placed, !sentence.isEmpty { texts.append(sentence) }
                placed = true
            } else {
                texts.append(text)
            }
        }
        if !placed, !sentence.isEmpty { texts.append(sentence) }
        return texts
    }

    /// "Mål 1, 2, 3 och 6 är styrande … Mål 4, 5, 7 och 8 blir mer stödjande …".
    static func kindSentence(_ w: Workspace) -> String {
        let steering = w.goals.filter { $0.kind == .steering }.map(\.number)
        let supporting = w.goals.filter { $0.kind == .supporting }.map(\.number)
        var parts: [String] = []
        if !steering.isEmpty { parts.append("Mål \(DecisionWords.list(steering)) \(DecisionWords.steering)") }
        if !supporting.isEmpty { parts.append("Mål \(DecisionWords.list(supporting)) \(DecisionWords.supporting)") }
        return parts.joined(separator: " ")
    }

    /// A paragraph that begins by listing goals by number and says which are steering.
    static func isKindSentence(_ text: String) -> Bool {
        guard text.hasPrefix("Mål "), text.dropFirst(4).first?.isNumber == true else { return false }
        let lower = text.lowercased()
        return lower.contains("styrande") || lower.contains("stödjande")
    }

    /// A text's paragraphs (separated by blank lines).
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    }
}

private extension String {
    var trimmingPrefixSpace: String {
        var s = self
        while s.first == " " { s.removeFirst() }
        return s
    }
}
