import MalbildCore

extension CommandTable {
    /// Commands that move between goals and show them.
    static var navigation: [Command] {
        [
            Command(
                name: "goals",
                aliases: ["målen"],
                forms: [[], [.option(OptionSpec("owner", value: "\"…\"")), .option(OptionSpec("depth", value: "1|2|3"))]],
                summary: "List the goals as a tree: number, area, kind, ambition status and title.",
                details: """
                    A goal under another (1.2 under 1) is indented under it. --depth 1 shows the top level
                    only (--depth 2 two levels) and names the goals whose sub-goals are folded away.
                    --owner "…" lists only the goals of one owner (set owner), ignoring case, with the goals
                    they lie under in brackets for context.
                    """,
                examples: ["goals", "goals --depth 1", "goals --owner \"Barn- och utbildningsnämnden\""]
            ) { session, inv in
                let depth = try inv.option("depth").map { text -> Int in
                    guard let n = Int(text), (1...GoalNumber.maximumDepth).contains(n) else { throw session.failure(.notADepth, text) }
                    return n
                } ?? GoalNumber.maximumDepth
                var goals = session.workspace.goals
                if let owner = inv.option("owner") {
                    goals = goals.filter { $0.owner?.lowercased() == owner.lowercased() }
                    guard !goals.isEmpty else {
                        let owners = Set(session.workspace.goals.compactMap(\.owner)).sorted()
                        throw session.failure(.noGoalsOfOwner, owner, owners.isEmpty ? session.t(.thereAreNoneYet) : owners.joined(separator: ", "))
                    }
                }
                session.say(GoalsTable(workspace: session.workspace, goals: goals, depth: depth, width: session.console.width, t: session.t).render())
            },
            Command(
                name: "goal",
                aliases: ["mål"],
                forms: [[.goal], [.word("add"), .text("TITLE"), .option(OptionSpec("number", value: "N")),
                                  .option(OptionSpec("parent", value: "N")),
                                  .option(OptionSpec("area", value: "N")),
                                  .option(OptionSpec("kind", value: "steering|supporting", suggestions: ["steering", "supporting"])),
                                  .option(OptionSpec("owner", value: "\"…\""))],
                        [.word("remove"), .goal, .option(OptionSpec("with-children"))]],
                summary: "Choose a goal and show its card; add or remove a goal.",
                details: """
                    "goal N" chooses goal N (a number alone does the same): later commands such as set,
                    criteria, strategy and note work on it, and the prompt shows it. "goal add" adds a goal
                    with the next free number (or --number N) as a draft, supporting unless --kind steering
                    is given, in goal area --area N, with --owner "…" the body or person responsible; set its
                    ambition level next. "goal remove N" asks
                    first at a terminal; undo brings the goal back.
                    Goals form a tree of up to three levels: a council goal 1, a committee's goal 1.2 under
                    it, a sub-goal 1.2.1 under that. --parent 1 adds the goal under goal 1 with its next free
                    number (1.3), or --number 1.3 gives it; a goal's parent must exist, and its area is the
                    goal's unless --area is given. A goal with goals under it is refused by "goal remove"
                    unless --with-children is given: then all go in one step, and undo brings them all back.
                    "set parent" and "set number" move a goal.
                    """,
                examples: ["goal 6", "goal add \"Fler i egen försörjning\" --area 2 --kind steering", "goal remove 9",
                           "goal add \"Fler elever klarar gymnasiet\" --parent 1 --owner \"Barn- och utbildningsnämnden\"",
                           "goal 1.2", "goal remove 1 --with-children"],
                suggest: { session, words in words == ["area"] ? session.workspace.areas.map { String($0.number) } : [] }
            ) { session, inv in
                if inv.has("add") {
                    let number = try inv.option("number").map { try session.goalNumber($0) }
                    let parent = try inv.option("parent").map { try session.goalNumber($0) }
                    let kind = try inv.option("kind").map { word -> GoalKind in
                        guard let kind = GoalKind(word: word) else { throw session.failure(.notAKind, word) }
                        return kind
                    }
                    // A goal under another takes its area unless one is given.
                    let above = (parent ?? number?.parent).flatMap { session.workspace.goal($0) }
                    let area = try inv.option("area").map { try session.areaNumber($0) } ?? above?.area
                    try session.addGoal(title: inv.value("TITLE") ?? "", number: number, parent: parent, area: area, kind: kind, owner: inv.option("owner"))
                } else if inv.has("remove") {
                    try session.removeGoal(inv.goal ?? 0, withChildren: inv.flag("with-children"))
                } else {
                    let goal = try session.existingGoal(inv.goal ?? 0)
                    session.focus = goal.number
                    session.say(session.card(of: goal, width: session.console.width).render())
                }
            },
            Command(
                name: "show",
                aliases: ["visa"],
                forms: [[], [.word("goal"), .goal], [.word("areas")], [.word("workspace")]],
                summary: "Show the chosen goal, a goal, the goal areas or the whole workspace.",
                details: "Without a word it shows the chosen goal's card, or the workspace when no goal is chosen.",
                examples: ["show", "show goal 4", "show areas", "show workspace"]
            ) { session, inv in
                let width = session.console.width
                if inv.has("areas") {
                    session.say(AreasView(workspace: session.workspace, width: width, t: session.t).render())
                } else if inv.has("workspace") || (inv.params.isEmpty && session.focus == nil) {
                    session.say(WorkspaceView(workspace: session.workspace, width: width, t: session.t).render())
                } else {
                    let number = inv.goal ?? session.focus ?? 0
                    let goal = try session.existingGoal(number)
                    session.say(session.card(of: goal, width: width).render())
                }
            },
            stepCommand(name: "next", aliases: ["nästa"], step: 1),
            stepCommand(name: "prev", aliases: ["previous", "föregående", "förra"], step: -1),
            Command(
                name: "top",
                aliases: ["topp"],
                forms: [[]],
                summary: "Leave the chosen goal; commands then work on the workspace.",
                examples: ["top"]
            ) { session, _ in
                session.focus = nil
            },
            Command(
                name: "clear",
                aliases: ["rensa"],
                forms: [[]],
                summary: "Clear the screen.",
                examples: ["clear"]
            ) { session, _ in
                // Only a terminal has a screen; in a script or a pipe there is nothing to clear.
                if session.console.isInteractive { session.console.write("\u{1B}[H\u{1B}[2J\u{1B}[3J") }
            },
        ]
    }

    /// `next` and `prev`: choose the goal after or before the chosen one, by number.
    private static func stepCommand(name: String, aliases: [String], step: Int) -> Command {
        Command(
            name: name,
            aliases: aliases,
            forms: [[]],
            summary: step > 0 ? "Choose the next goal and show its card." : "Choose the goal before and show its card.",
            details: step > 0
                ? "Goals go in tree order (1, 1.1, 1.2, 2); with no goal chosen, \"next\" chooses the first."
                : "Goals go in tree order (1, 1.1, 1.2, 2); with no goal chosen, \"prev\" chooses the last.",
            examples: [name]
        ) { session, _ in
            let numbers = session.workspace.goals.map(\.number).sorted()
            guard !numbers.isEmpty else { throw session.failure(.noGoalsYet) }
            let chosen: GoalNumber?
            if let focus = session.focus {
                chosen = step > 0 ? numbers.first { $0 > focus } : numbers.last { $0 < focus }
                guard chosen != nil else {
                    throw session.failure(step > 0 ? .lastGoalAlready : .firstGoalAlready, focus)
                }
            } else {
                chosen = step > 0 ? numbers.first : numbers.last
            }
            let goal = try session.existingGoal(chosen ?? 0)
            session.focus = goal.number
            session.say(session.card(of: goal, width: session.console.width).render())
        }
    }
}
