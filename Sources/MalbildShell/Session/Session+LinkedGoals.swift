import MalbildCore

extension Session {
    /// Names a goal of another workspace as a top-level goal's parent (`set parent ks2024:2`),
    /// or takes that parent away (nil).
    func link(_ number: GoalNumber, to link: GoalLink?) throws {
        let goal = try existingGoal(number)
        guard goal.linkedParent != link else { return say(.goalAlreadyThere, number) }
        try perform(.setLinkedParent(goal: number, link: link))
        if let link {
            say(.linkedParentSet, number, link.goal, link.workspace)
        } else {
            say(.linkedParentCleared, number)
        }
    }
}
