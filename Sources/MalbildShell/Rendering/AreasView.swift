import MalbildCore

/// The goal areas with the goals in each.
struct AreasView {
    let workspace: Workspace
    let width: Int

    func render() -> String {
        if workspace.areas.isEmpty { return "No goal areas yet: add one with area add \"NAME\"." }
        var out: [String] = []
        for area in workspace.areas {
            let members = workspace.goals.filter { $0.area == area.number }.map { "mål \($0.number)" }
            let goals = members.isEmpty ? "no goals" : members.joined(separator: ", ")
            out.append(TextLayout.wrap("\(area.number). \(area.name) (\(goals))", width: width))
        }
        let loose = workspace.goals.filter { $0.area == nil }.map { "mål \($0.number)" }
        if !loose.isEmpty { out.append("Not in any area: " + loose.joined(separator: ", ")) }
        return out.joined(separator: "\n")
    }
}
