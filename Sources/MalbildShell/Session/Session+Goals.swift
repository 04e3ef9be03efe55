import MalbildCore

extension Session {
    /// Adds a goal with the next free number and chooses it.
    func addGoal(title: String, number wanted: Int? = nil) throws {
        let number = wanted ?? workspace.nextGoalNumber
        try perform(.insertGoal(goal: Goal(number: number, title: title)))
        focus = number
        say("Added goal \(number), a supporting draft. Next: set kind, set area and set ambition.")
    }

    /// Removes a goal after asking at a terminal.
    func removeGoal(_ number: Int) throws {
        let goal = try existingGoal(number)
        let question = "Remove goal \(number) \"\(TextLayout.cut(goal.title, to: 50))\" with its ambition level and notes?"
        guard console.confirm(question, whenNotAsked: true) else {
            say("Goal \(number) was kept.")
            return
        }
        try perform(.removeGoal(number: number))
        say("Removed goal \(number). (undo brings it back)")
    }
}
