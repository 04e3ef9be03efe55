import MalbildCore

extension CommandTable {
    /// Commands that move between goals and show them.
    static var navigation: [Command] {
        [
            Command(
                name: "goals",
                aliases: ["målen"],
                forms: [[], [.option(OptionSpec("owner", value: "\"…\""))]],
                summary: "List the goals: number, area, kind, ambition status and title.",
                details: "--owner \"…\" lists only the goals of one owner (set owner), ignoring case.",
                examples: ["goals", "goals --owner \"Barn- och utbildningsnämnden\""]
            ) { session, inv in
                if let owner = inv.option("owner") {
                    let goals = session.workspace.goals.filter { $0.owner?.lowercased() == owner.lowercased() }
                    guard !goals.isEmpty else {
                        let owners = Set(session.workspace.goals.compactMap(\.owner)).sorted()
                        throw session.failure(.noGoalsOfOwner, owner, owners.isEmpty ? session.t(.thereAreNoneYet) : owners.joined(separator: ", "))
                    }
                    return session.say(GoalsTable(workspace: session.workspace, goals: goals, width: session.console.width, t: session.t).render())
                }
                session.say(GoalsTable(workspace: session.workspace, width: session.console.width, t: session.t).render())
            },
            Command(
                name: "goal",
                aliases: ["mål"],
                forms: [[.goal], [.word("add"), .text("TITLE"), .option(OptionSpec("number", value: "N")),
                                  .option(OptionSpec("area", value: "N")),
                                  .option(OptionSpec("kind", value: "steering|supporting", suggestions: ["steering", "supporting"])),
                                  .option(OptionSpec("owner", value: "\"…\""))],
                        [.word("remove"), .goal]],
                summary: "Choose a goal and show its card; add or remove a goal.",
                details: """
                    "goal N" chooses goal N (a number alone does the same): later commands such as set,
                    criteria, strategy and note work on it, and the prompt shows it. "goal add" adds a goal
                    with the next free number (or --number N) as a draft, supporting unless --kind steering
                    is given, in goal area --area N, with --owner "…" the body or person responsible; set its
                    ambition level next. "goal remove N" asks
                    first at a terminal; undo brings the goal back.
                    """,
                examples: ["goal 6", "goal add \"Fler i egen försörjning\" --area 2 --kind steering", "goal remove 9"],
                suggest: { session, words in words == ["area"] ? session.workspace.areas.map { String($0.number) } : [] }
            ) { session, inv in
                if inv.has("add") {
                    let number = try inv.option("number").map { text -> Int in
                        guard let n = FormMatcher.smallNumber(text), n > 0 else { throw session.failure(.needsWholeNumber) }
                        return n
                    }
                    let kind = try inv.option("kind").map { word -> GoalKind in
                        guard let kind = GoalKind(word: word) else { throw session.failure(.notAKind, word) }
                        return kind
                    }
                    let area = try inv.option("area").map { try session.areaNumber($0) }
                    try session.addGoal(title: inv.value("TITLE") ?? "", number: number, area: area, kind: kind, owner: inv.option("owner"))
                } else if inv.has("remove") {
                    try session.removeGoal(inv.goal ?? 0)
                } else {
                    let goal = try session.existingGoal(inv.goal ?? 0)
                    session.focus = goal.number
                    session.say(GoalCard(goal: goal, workspace: session.workspace, width: session.console.width, t: session.t, symbols: session.symbols, checkpoint: session.currentCheckpoint).render())
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
                    session.say(GoalCard(goal: goal, workspace: session.workspace, width: width, t: session.t, symbols: session.symbols, checkpoint: session.currentCheckpoint).render())
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
                ? "Goals go in number order; with no goal chosen, \"next\" chooses the first."
                : "Goals go in number order; with no goal chosen, \"prev\" chooses the last.",
            examples: [name]
        ) { session, _ in
            let numbers = session.workspace.goals.map(\.number).sorted()
            guard !numbers.isEmpty else { throw session.failure(.noGoalsYet) }
            let chosen: Int?
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
            session.say(GoalCard(goal: goal, workspace: session.workspace, width: session.console.width, t: session.t, symbols: session.symbols, checkpoint: session.currentCheckpoint).render())
        }
    }
}
