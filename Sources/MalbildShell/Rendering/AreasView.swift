import MalbildCore

/// The goal areas with the goals in each.
struct AreasView {
    let workspace: Workspace
    let width: Int
    let t: Catalogue

    func render() -> String {
        if workspace.areas.isEmpty { return t(.noAreasYet) }
        var out: [String] = []
        for area in workspace.areas {
            let members = workspace.goals.filter { $0.area == area.number }.map { "mål \($0.number)" }
            let goals = members.isEmpty ? t(.noGoals) : members.joined(separator: ", ")
            out.append(TextLayout.wrap("\(area.number). \(area.name) (\(goals))", width: width))
        }
        let loose = workspace.goals.filter { $0.area == nil }.map { "mål \($0.number)" }
        if !loose.isEmpty { out.append(t(.notInAnyArea) + loose.joined(separator: ", ")) }
        return out.joined(separator: "\n")
    }
}
