import MalbildCore

extension Session {
    /// Adds a goal with the next free number and chooses it.
    func addGoal(title: String, number wanted: Int? = nil, area: Int? = nil, kind: GoalKind? = nil, owner: String? = nil) throws {
        let number = wanted ?? workspace.nextGoalNumber
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

    /// Removes a goal after asking at a terminal.
    func removeGoal(_ number: Int) throws {
        let goal = try existingGoal(number)
        let question = t(.goalRemoveQuestion, number, TextLayout.cut(goal.title, to: 50))
        guard console.confirm(question, whenNotAsked: true) else {
            say(.goalKept, number)
            return
        }
        try perform(.removeGoal(number: number))
        say(.goalRemoved, number)
    }
}
