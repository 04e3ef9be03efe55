import MalbildCore

/// What the working committee's proposal changes from the decided text,
/// goal by goal, as a tjänsteskrivelse explains it: the decided and the
/// proposed wording, and the words struck and added.
enum DecisionChanges {
    /// The list's parts in order.
    static func blocks(_ w: Workspace) -> [DecisionBlock] {
        var blocks: [DecisionBlock] = [.title(DecisionWords.changesTitle)]
        let reference = [w.decision.title, w.decision.caseReference].filter { !$0.isEmpty }.joined(separator: ", ")
        if !reference.isEmpty { blocks.append(.text(reference)) }
        let proposals = w.goals.filter { $0.status != .decided }
        guard !proposals.isEmpty else { return blocks + [.text(DecisionWords.noChanges)] }
        for goal in proposals {
            blocks.append(.goal("Mål \(goal.number). \(goal.title)"))
            guard let decided = goal.decided else {
                blocks.append(.text(DecisionWords.noDecidedText))
                blocks.append(.labelled(label: DecisionWords.proposedAmbition, text: goal.ambition))
                continue
            }
            if decided.title != goal.title {
                blocks.append(.labelled(label: DecisionWords.decidedTitle, text: decided.title))
                blocks.append(.labelled(label: DecisionWords.proposedTitle, text: goal.title))
            }
            guard decided.ambition != goal.ambition else {
                blocks.append(.text(DecisionWords.unchangedAmbition))
                continue
            }
            blocks.append(.labelled(label: DecisionWords.decidedAmbition, text: decided.ambition))
            blocks.append(.labelled(label: DecisionWords.proposedAmbition, text: goal.ambition))
            let diff = WordDiff(from: decided.ambition, to: goal.ambition)
            if !diff.removed.isEmpty { blocks.append(.labelled(label: DecisionWords.removed, text: quoted(diff.removed))) }
            if !diff.added.isEmpty { blocks.append(.labelled(label: DecisionWords.added, text: quoted(diff.added))) }
        }
        return blocks
    }

    private static func quoted(_ runs: [String]) -> String {
        runs.map { "”\($0)”" }.joined(separator: "; ")
    }
}
