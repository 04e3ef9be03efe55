import MalbildCore

/// The list of goals: number, area, kind, ambition status and title.
struct GoalsTable {
    let workspace: Workspace
    let width: Int

    func render() -> String {
        if workspace.goals.isEmpty { return "No goals yet: add one with goal add \"TITLE\"." }
        let rows = workspace.goals.map { goal -> [String] in
            [
                String(goal.number),
                goal.area.map(String.init) ?? "-",
                goal.kind.rawValue,
                goal.ambition.isEmpty ? "none" : goal.status.rawValue,
                goal.title,
            ]
        }
        return TextLayout.table(["Mål", "Area", "Kind", "Ambition", "Title"], rows, width: width)
    }
}
