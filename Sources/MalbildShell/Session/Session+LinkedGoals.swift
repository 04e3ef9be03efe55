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

extension Session {
    /// The workspace with the goals of the store's other workspaces that break down its goals
    /// placed under them, for cards and reports; the workspace itself when there are none or
    /// the store cannot be read (then a warning says so and the workspace's own goals show).
    func consolidatedView() -> Workspace {
        workspace.consolidated(with: readOtherWorkspaces())
    }

    /// A goal's card, with the goals of other workspaces under it and the title of its
    /// parent in another workspace, where the store holds them.
    func card(of goal: Goal, width: Int) -> GoalCard {
        let others = readOtherWorkspaces()
        var titles: [GoalLink: String] = [:]
        if let link = goal.linkedParent, let title = others.first(where: { $0.name == link.workspace })?.goal(link.goal)?.title {
            titles[link] = title
        }
        var card = GoalCard(goal: goal, workspace: workspace.consolidated(with: others), width: width, t: t,
                            symbols: symbols, checkpoint: currentCheckpoint)
        card.linkedTitles = titles
        return card
    }

    /// The store's other workspaces; none without a shared store, or (with a warning) when
    /// they cannot be read.
    private func readOtherWorkspaces() -> [Workspace] {
        guard let otherWorkspaces else { return [] }
        do {
            return try otherWorkspaces()
        } catch {
            warn(t(.otherWorkspacesUnread, message(for: error)))
            return []
        }
    }
}
