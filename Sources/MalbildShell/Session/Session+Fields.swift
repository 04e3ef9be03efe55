import MalbildCore

extension Session {
    /// Sets one field of a goal from the words typed.
    func setField(_ field: String, of number: Int, to value: String) throws {
        let goal = try existingGoal(number)
        let edit: Edit
        switch field {
        case "title":
            edit = .setTitle(goal: number, title: value)
        case "ambition":
            edit = .setAmbition(goal: number, text: value)
        case "kind":
            guard let kind = GoalKind(word: value) else {
                throw ShellError.failed("\"\(value)\" is not a kind of goal: use steering (styrande) or supporting (stödjande, inriktningsmål)")
            }
            edit = .setKind(goal: number, kind: kind)
        case "area":
            if ["none", "-"].contains(value.lowercased()) {
                edit = .setArea(goal: number, area: nil)
            } else if let area = Int(value), workspace.area(area) != nil {
                edit = .setArea(goal: number, area: area)
            } else {
                let known = workspace.areas.map { String($0.number) }.joined(separator: ", ")
                throw ShellError.failed("\"\(value)\" is not an area: give an area's number (\(known.isEmpty ? "there are none yet" : known)) or none; see \"show areas\"")
            }
        case "status":
            guard let status = AmbitionStatus(word: value) else {
                throw ShellError.failed("\"\(value)\" is not a status: use draft, proposed or decided")
            }
            edit = .setStatus(goal: number, status: status)
        default:
            throw ShellError.failed("there is no field \"\(field)\"")
        }
        try perform(edit)
        say(Self.confirmation(field: field, goal: goal, workspace: workspace))
    }

    private static func confirmation(field: String, goal: Goal, workspace: Workspace) -> String {
        guard let now = workspace.goal(goal.number) else { return "Done." }
        switch field {
        case "title": return "Goal \(goal.number) title: \(now.title)"
        case "ambition":
            return "Goal \(goal.number): ambition level set (\(now.ambition.count) characters; was \(goal.ambition.count))."
        case "kind": return "Goal \(goal.number) is now \(GoalCard.kindLine(now.kind))."
        case "area":
            guard let number = now.area, let area = workspace.area(number) else { return "Goal \(goal.number) is now in no area." }
            return "Goal \(goal.number) is now in area \(number): \(area.name)"
        default: return "Goal \(goal.number) status: \(now.status.rawValue)"
        }
    }
}
