import MalbildCore

/// The list of goals: number, area, kind, ambition status and title.
struct GoalsTable {
    let workspace: Workspace
    /// The goals to list, all of the workspace's unless a filter chose some.
    var goals: [Goal]
    let width: Int
    let t: Catalogue

    init(workspace: Workspace, goals: [Goal]? = nil, width: Int, t: Catalogue) {
        self.workspace = workspace
        self.goals = goals ?? workspace.goals
        self.width = width
        self.t = t
    }

    func render() -> String {
        if goals.isEmpty { return t(.noGoalsYetAdd) }
        let rows = goals.map { goal -> [String] in
            [
                String(goal.number),
                goal.area.map(String.init) ?? "-",
                t.kindWord(goal.kind),
                goal.ambition.isEmpty ? t(.noneWord) : t.statusWord(goal.status),
                goal.title,
            ]
        }
        return TextLayout.table(["Mål", t(.headArea), t(.headKind), t(.headAmbition), t(.headTitle)], rows, width: width, whole: [0, 1])
    }
}
