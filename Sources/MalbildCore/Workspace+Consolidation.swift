extension Workspace {
    /// This workspace with the goals of other workspaces that break down its goals placed
    /// under them, as the council's goals are broken down by its committees: each top-level
    /// goal of another workspace whose linked parent is a goal here goes under that goal with
    /// the goals under it (as deep as the tree allows), numbered after the goal's own children,
    /// each marked with its ``Goal/origin``. Roll-ups, cards and reports then read the
    /// committees' goals as sub-goals. The other workspaces are taken in name order; a link to
    /// a goal that is not here is left out.
    ///
    /// A view for reading: edits go to the workspaces themselves.
    public func consolidated(with others: [Workspace]) -> Workspace {
        consolidated(as: name, with: others.map { ($0.name, $0) })
    }

    /// The same, with this workspace and the others known by the names a store gives them
    /// (which a link names), whatever names they hold themselves.
    public func consolidated(as name: String, with others: [(name: String, workspace: Workspace)]) -> Workspace {
        var result = self
        for (otherName, other) in others.sorted(by: { $0.name < $1.name }) where otherName != name {
            for top in other.goals where top.number.parent == nil {
                guard let link = top.linkedParent, link.workspace == name,
                      let parent = result.goal(link.goal),
                      let number = result.nextChildNumber(of: link.goal) else { continue }
                for goal in [top] + other.descendants(of: top.number) {
                    guard let placed = goal.number.moved(from: top.number, to: number) else { continue }
                    var copy = goal
                    copy.number = placed
                    copy.origin = GoalLink(workspace: otherName, goal: goal.number)
                    copy.linkedParent = nil
                    // Another workspace's areas are numbered its own way: the goal is filed as its parent here.
                    copy.area = parent.area
                    result.goals.append(copy)
                }
                result.goals.sort { $0.number < $1.number }
            }
        }
        return result
    }
}
