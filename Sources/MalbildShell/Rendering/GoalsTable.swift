import MalbildCore

/// The list of goals: number, area, kind, ambition status and title, as a tree:
/// a goal under another is indented under it.
struct GoalsTable {
    let workspace: Workspace
    /// The goals to list, all of the workspace's unless a filter chose some.
    var goals: [Goal]
    let width: Int
    let t: Catalogue
    /// The deepest level shown; goals below it are counted under their parent.
    var depth: Int = GoalNumber.maximumDepth

    init(workspace: Workspace, goals: [Goal]? = nil, depth: Int = GoalNumber.maximumDepth, width: Int, t: Catalogue) {
        self.workspace = workspace
        self.goals = goals ?? workspace.goals
        self.depth = depth
        self.width = width
        self.t = t
    }

    func render() -> String {
        if goals.isEmpty { return t(.noGoalsYetAdd) }
        // A goal chosen by a filter is shown under the goals it lies under, in brackets,
        // so that the tree stays readable.
        let chosen = Set(goals.map(\.number))
        let context = workspace.goals.filter { goal in
            !chosen.contains(goal.number) && chosen.contains { $0 != goal.number && $0.isWithin(goal.number) }
        }
        let shown = (goals + context).filter { $0.number.depth <= depth }.sorted { $0.number < $1.number }
        let rows = shown.map { goal -> [String] in
            let indent = String(repeating: "  ", count: goal.number.depth - 1)
            let number = chosen.contains(goal.number) ? goal.number.description : "(\(goal.number))"
            return [
                indent + number,
                goal.area.map(String.init) ?? "-",
                t.kindWord(goal.kind),
                goal.ambition.isEmpty ? t(.noneWord) : t.statusWord(goal.status),
                goal.title,
            ]
        }
        var lines = [TextLayout.table([t(.headGoal), t(.headArea), t(.headKind), t(.headAmbition), t(.headTitle)], rows, width: width, whole: [0, 1])]
        if !context.isEmpty { lines.append(TextLayout.wrap(t(.goalsInContext), width: width)) }
        let folded = shown.filter { $0.number.depth == depth }.compactMap { goal -> String? in
            let below = workspace.descendants(of: goal.number).count
            return below == 0 ? nil : t(.goalsFoldedUnder, goal.number, below)
        }
        if !folded.isEmpty { lines.append(TextLayout.wrap(t(.goalsFolded, folded.joined(separator: ", ")), width: width)) }
        return lines.joined(separator: "\n")
    }
}
