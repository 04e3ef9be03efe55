import MalbildCore

extension Session {
    /// Adds a goal with the next free number and chooses it.
    func addGoal(title: String, number wanted: Int? = nil) throws {
        let number = wanted ?? workspace.nextGoalNumber
        try perform(.insertGoal(goal: Goal(number: number, title: title)))
        focus = number
        say(.goalAdded, number)
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
