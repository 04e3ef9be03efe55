import MalbildCore

extension CommandTable {
    /// Commands that move between goals and show them.
    static var navigation: [Command] {
        [
            Command(
                name: "goals",
                aliases: ["målen"],
                forms: [[]],
                summary: "List the goals: number, area, kind, ambition status and title.",
                examples: ["goals"]
            ) { session, _ in
                session.say(GoalsTable(workspace: session.workspace, width: session.console.width, t: session.t).render())
            },
            Command(
                name: "goal",
                aliases: ["mål"],
                forms: [[.goal], [.word("add"), .text("TITLE"), .option(OptionSpec("number", value: "N"))], [.word("remove"), .goal]],
                summary: "Choose a goal and show its card; add or remove a goal.",
                details: """
                    "goal N" chooses goal N: later commands such as set, criteria, strategy and note work
                    on it, and the prompt shows it. "goal add" adds a goal with the next free number (or --number N) as a
                    supporting draft; set its kind, area and ambition level next. "goal remove N" asks
                    first at a terminal; undo brings the goal back.
                    """,
                examples: ["goal 6", "goal add \"Fler i egen försörjning\"", "goal remove 9"]
            ) { session, inv in
                if inv.has("add") {
                    let number = try inv.option("number").map { text -> Int in
                        guard let n = FormMatcher.smallNumber(text), n > 0 else { throw session.failure(.needsWholeNumber) }
                        return n
                    }
                    try session.addGoal(title: inv.value("TITLE") ?? "", number: number)
                } else if inv.has("remove") {
                    try session.removeGoal(inv.goal ?? 0)
                } else {
                    let goal = try session.existingGoal(inv.goal ?? 0)
                    session.focus = goal.number
                    session.say(GoalCard(goal: goal, workspace: session.workspace, width: session.console.width, t: session.t).render())
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
                    session.say(GoalCard(goal: goal, workspace: session.workspace, width: width, t: session.t).render())
                }
            },
            Command(
                name: "top",
                aliases: ["topp"],
                forms: [[]],
                summary: "Leave the chosen goal; commands then work on the workspace.",
                examples: ["top"]
            ) { session, _ in
                session.focus = nil
            },
        ]
    }
}
