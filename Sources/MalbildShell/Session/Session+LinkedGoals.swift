import MalbildCore

extension Session {
    /// Names a goal of another workspace as a top-level goal's parent (`set parent ks2024:2`),
    /// or takes that parent away (nil).
    func link(_ number: GoalNumber, to link: GoalLink?) throws {
        let goal = try existingGoal(number)
        guard goal.linkedParent != link else { return say(.goalAlreadyThere, number) }
        // In a shared store the goal named must be there; a file cannot tell, and keeps the link as named.
        if let link, let otherWorkspaces {
            if link.workspace == nameInStore { throw failure(.errLinkToOwnWorkspace, number, link, link.goal) }
            let others = try storeCall { try otherWorkspaces() }
            guard let other = others.first(where: { $0.name == link.workspace }) else {
                let names = others.map(\.name).joined(separator: ", ")
                throw names.isEmpty ? failure(.linkNoOtherWorkspace, link.workspace) : failure(.linkNoSuchWorkspace, link.workspace, names)
            }
            guard other.workspace.goal(link.goal) != nil else {
                throw failure(.linkNoSuchGoal, link.workspace, link.goal)
            }
        }
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
        workspace.consolidated(as: nameInStore ?? workspace.name, with: readOtherWorkspaces())
    }

    /// A goal's card, with the goals of other workspaces under it and the title of its
    /// parent in another workspace, where the store holds them.
    func card(of goal: Goal, width: Int) -> GoalCard {
        let others = readOtherWorkspaces()
        var titles: [GoalLink: String] = [:]
        if let link = goal.linkedParent, let title = others.first(where: { $0.name == link.workspace })?.workspace.goal(link.goal)?.title {
            titles[link] = title
        }
        var card = GoalCard(goal: goal, workspace: workspace.consolidated(as: nameInStore ?? workspace.name, with: others), width: width, t: t,
                            symbols: symbols, checkpoint: currentCheckpoint)
        card.linkedTitles = titles
        return card
    }

    /// The store's other workspaces; none without a shared store, or (with a warning) when
    /// they cannot be read.
    private func readOtherWorkspaces() -> [(name: String, workspace: Workspace)] {
        guard let otherWorkspaces else { return [] }
        do {
            return try otherWorkspaces()
        } catch {
            warn(t(.otherWorkspacesUnread, message(for: error)))
            return []
        }
    }
}
