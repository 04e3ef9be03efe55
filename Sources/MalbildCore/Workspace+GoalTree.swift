extension Workspace {
    /// Applies the edits of the goal tree: moving a goal with its sub-goals, and owners
    /// of indicators and activities.
    mutating func applyGoalTree(_ edit: Edit) throws(EditError) -> Edit {
        switch edit {
        case let .moveGoal(from, to):
            try moveGoal(from, to: to)
            return .moveGoal(from: to, to: from)

        case let .setLinkedParent(number, link):
            let g = try goalIndex(number)
            if let link {
                if let parent = number.parent { throw .linkOnSubGoal(number, parent: parent) }
                guard link.workspace != name else { throw .linkToOwnWorkspace(number, link: link) }
            }
            let old = goals[g].linkedParent
            goals[g].linkedParent = link
            return .setLinkedParent(goal: number, link: old)

        case let .setIndicatorOwner(number, id, owner):
            let (g, i) = try indicatorIndex(number, id)
            if owner?.allSatisfy(\.isWhitespace) == true { throw .emptyText(.owner) }
            let old = goals[g].indicators[i].owner
            goals[g].indicators[i].owner = owner
            return .setIndicatorOwner(goal: number, indicator: id, owner: old)

        case let .setActivityOwner(number, index, owner):
            let g = try goalIndex(number)
            try Self.checkItem(index, count: goals[g].activities.count, what: .activity)
            if owner?.allSatisfy(\.isWhitespace) == true { throw .emptyText(.owner) }
            let old = goals[g].activities[index].owner
            goals[g].activities[index].owner = owner
            return .setActivityOwner(goal: number, index: index, owner: old)

        default:
            return try apply(edit)
        }
    }

    /// Whether a goal can move to a number, and if not, why.
    public func checkMove(_ from: GoalNumber, to: GoalNumber) throws(EditError) {
        guard goal(from) != nil else { throw .noSuchGoal(from) }
        guard !to.isWithin(from) else { throw .moveIntoItself(from, to: to) }
        guard goal(to) == nil else { throw .goalExists(to) }
        if to.parent != nil, goal(from)?.linkedParent != nil { throw .linkUnderAGoal(from) }
        if let parent = to.parent, goal(parent) == nil { throw .noParentGoal(to, parent: parent) }
        for goal in descendants(of: from) where goal.number.moved(from: from, to: to) == nil {
            throw .goalTooDeep(goal.number)
        }
    }

    /// Moves a goal and its sub-goals, and the log entries about them, to a new number.
    private mutating func moveGoal(_ from: GoalNumber, to: GoalNumber) throws(EditError) {
        try checkMove(from, to: to)
        func renumbered(_ number: GoalNumber) -> GoalNumber {
            number.moved(from: from, to: to) ?? number
        }
        for i in goals.indices where goals[i].number.isWithin(from) {
            goals[i].number = renumbered(goals[i].number)
        }
        goals.sort { $0.number < $1.number }
        for i in log.indices {
            if let goal = log[i].goal, goal.isWithin(from) { log[i].goal = renumbered(goal) }
        }
    }
}
