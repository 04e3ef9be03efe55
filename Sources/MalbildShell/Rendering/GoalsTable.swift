import MalbildCore

/// The list of goals: number, area, kind, ambition status and title.
struct GoalsTable {
    let workspace: Workspace
    let width: Int
    let t: Catalogue

    func render() -> String {
        if workspace.goals.isEmpty { return t(.noGoalsYetAdd) }
        let rows = workspace.goals.map { goal -> [String] in
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
