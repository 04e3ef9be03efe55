import MalbildCore

extension Session {
    /// Sets one field of a goal from the words typed.
    func setField(_ field: String, of number: GoalNumber, to value: String) throws {
        let goal = try existingGoal(number)
        if field == "parent" || field == "number" { return try moveGoal(number, field: field, to: value) }
        let edit: Edit
        switch field {
        case "title":
            edit = .setTitle(goal: number, title: value)
        case "ambition":
            edit = .setAmbition(goal: number, text: value)
        case "kind":
            guard let kind = GoalKind(word: value) else {
                throw failure(.notAKind, value)
            }
            edit = .setKind(goal: number, kind: kind)
        case "area":
            if ["none", "-"].contains(value.lowercased()) {
                edit = .setArea(goal: number, area: nil)
            } else if let area = Int(value), workspace.area(area) != nil {
                edit = .setArea(goal: number, area: area)
            } else {
                let known = workspace.areas.map { String($0.number) }.joined(separator: ", ")
                throw failure(.notAnArea, value, known.isEmpty ? t(.thereAreNoneYet) : known)
            }
        case "owner":
            edit = .setOwner(goal: number, owner: ["none", "-"].contains(value.lowercased()) ? nil : value)
        case "status":
            guard let status = AmbitionStatus(word: value) else {
                throw failure(.notAStatus, value)
            }
            edit = .setStatus(goal: number, status: status)
        default:
            throw failure(.noSuchField, field)
        }
        // A decided ambition level that is rewritten is a draft again until it is decided anew.
        let changesText = (field == "ambition" && value != goal.ambition) || (field == "title" && value != goal.title)
        let reopens = changesText && goal.status == .decided
        var edits = [edit]
        // A supporting goal holds no forecast: at the user's yes they go in the same step.
        if case .setKind(_, .supporting) = edit, !goal.forecasts.isEmpty {
            let question = t(.clearForecastsQuestion, number, goal.forecasts.map(\.checkpoint).joined(separator: ", "))
            if try confirmChange(question, whenNotAsked: false) {
                edits = goal.forecasts.map { .setForecast(goal: number, checkpoint: $0.checkpoint, forecast: nil) } + edits
            }
        }
        if reopens {
            // The decided wording is kept, so that the proposal can be set against it.
            if goal.decided == nil { edits.insert(.setDecided(goal: number, text: DecidedText(title: goal.title, ambition: goal.ambition)), at: 0) }
            edits.append(.setStatus(goal: number, status: .draft))
        } else if field == "status", AmbitionStatus(word: value) == .decided, goal.decided != nil {
            // Decided anew: the goal's own wording is now the decided one.
            edits.append(.setDecided(goal: number, text: nil))
        }
        try perform(edits, change: .edit(edit.summary))
        say(Self.confirmation(field: field, goal: goal, workspace: workspace, t: t))
        if reopens { say(TextLayout.wrap(t(.statusBackToDraft, number), width: console.width)) }
    }

    private static func confirmation(field: String, goal: Goal, workspace: Workspace, t: Catalogue) -> String {
        guard let now = workspace.goal(goal.number) else { return t(.done) }
        switch field {
        case "title": return t(.titleSet, goal.number, now.title)
        case "ambition": return t(.ambitionSet, goal.number, now.ambition.count, goal.ambition.count)
        case "kind": return t(.kindSet, goal.number, GoalCard.kindLine(now.kind, t: t))
        case "owner":
            return now.owner.map { t(.ownerSet, goal.number, $0) } ?? t(.ownerCleared, goal.number)
        case "area":
            guard let number = now.area, let area = workspace.area(number) else { return t(.areaCleared, goal.number) }
            return t(.areaSet, goal.number, number, area.name)
        default: return t(.statusSet, goal.number, t.statusWord(now.status))
        }
    }
}
