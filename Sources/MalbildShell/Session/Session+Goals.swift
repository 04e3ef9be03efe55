import MalbildCore

extension Session {
    /// Adds a goal with the next free number and chooses it.
    func addGoal(title: String, number wanted: GoalNumber? = nil, parent: GoalNumber? = nil, area: Int? = nil,
                 kind: GoalKind? = nil, owner: String? = nil) throws {
        let number = try newGoalNumber(wanted: wanted, parent: parent)
        try perform(.insertGoal(goal: Goal(number: number, title: title, area: area, kind: kind ?? .supporting, owner: owner)))
        focus = number
        if area == nil, kind == nil {
            say(.goalAdded, number)
        } else {
            let kindWords = t((kind ?? .supporting) == .steering ? .kindSteering : .kindSupporting)
            let text = area.flatMap { workspace.area($0) }.map { t(.goalAddedAs, number, kindWords, "\($0.number) \($0.name)") }
                ?? t(.goalAddedAsNoArea, number, kindWords)
            say(TextLayout.wrap(text, width: console.width))
        }
    }

    /// The number of an existing goal area, or a message listing the areas there are.
    func areaNumber(_ text: String) throws -> Int {
        if let area = Int(text), workspace.area(area) != nil { return area }
        let known = workspace.areas.map { String($0.number) }.joined(separator: ", ")
        throw failure(.notAnArea, text, known.isEmpty ? t(.thereAreNoneYet) : known)
    }

    /// Removes a goal after asking at a terminal; with `withChildren` the goals under
    /// it go too, in the same undo step. Without it a goal with goals under it is refused.
    func removeGoal(_ number: GoalNumber, withChildren: Bool = false) throws {
        let goal = try existingGoal(number)
        let below = workspace.descendants(of: number)
        // The domain refuses a goal with goals under it, naming them.
        if !withChildren, !below.isEmpty { return try perform(.removeGoal(number: number)) }
        let names = below.map(\.number.description).joined(separator: ", ")
        let title = TextLayout.cut(goal.title, to: 50)
        let question = below.isEmpty ? t(.goalRemoveQuestion, number, title) : t(.goalRemoveTreeQuestion, number, title, names)
        guard try confirmChange(question, whenNotAsked: true) else {
            say(.goalKept, number)
            return
        }
        guard !below.isEmpty else {
            try perform(.removeGoal(number: number))
            return say(.goalRemoved, number)
        }
        // The deepest first, so that each goal has no goals under it when it goes;
        // undo puts them back parents first.
        let edits = (below.reversed() + [goal]).map { Edit.removeGoal(number: $0.number) }
        try perform(edits, change: .edit(.removedGoalTree(goal: number, goals: below.map(\.number))))
        say(.goalRemovedWithChildren, number, names)
    }

    /// A goal number typed as an option's value (`--number 1.2`), or a message that says
    /// what a goal number is.
    func goalNumber(_ text: String) throws -> GoalNumber {
        guard let number = GoalNumber(text), number.parts.allSatisfy({ $0 > 0 }) else {
            throw failure(.notAGoalPath, text)
        }
        return number
    }

    /// The number a new goal gets: the one wanted, or the next free one under the parent
    /// (or at the top). A wanted number must lie right under the parent when both are given.
    private func newGoalNumber(wanted: GoalNumber?, parent: GoalNumber?) throws -> GoalNumber {
        if let parent { _ = try existingGoal(parent) }
        if let wanted {
            if let parent, wanted.parent != parent { throw failure(.numberNotUnderParent, wanted, parent) }
            return wanted
        }
        guard let parent else { return workspace.nextGoalNumber }
        guard let next = workspace.nextChildNumber(of: parent) else { throw failure(.goalTooDeepToHoldGoals, parent) }
        return next
    }

    /// `set parent N|none` and `set number N`: moves a goal with the goals under it,
    /// in one undo step; the chosen goal stays chosen under its new number.
    func moveGoal(_ number: GoalNumber, field: String, to value: String) throws {
        let target: GoalNumber
        if field == "number" {
            target = try goalNumber(value)
        } else if let parent = GoalLink(value) {
            return try link(number, to: parent)
        } else if ["none", "-"].contains(value.lowercased()) {
            if workspace.goal(number)?.linkedParent != nil { return try link(number, to: nil) }
            guard number.parent != nil else { return say(.goalAlreadyThere, number) }
            target = workspace.nextGoalNumber
        } else {
            let parent = try goalNumber(value)
            _ = try existingGoal(parent)
            guard number.parent != parent else { return say(.goalAlreadyThere, number) }
            guard !parent.isWithin(number) else { throw failure(.cannotMoveUnderItself, number, parent) }
            guard let next = workspace.nextChildNumber(of: parent) else { throw failure(.goalTooDeepToHoldGoals, parent) }
            target = next
        }
        guard target != number else { return say(.goalAlreadyThere, number) }
        let below = workspace.descendants(of: number).count
        try perform(.moveGoal(from: number, to: target))
        if below == 0 { say(.goalMoved, number, target) } else { say(.goalMovedWithChildren, number, target, below) }
    }
}
