import MalbildCore

extension CommandTable {
    /// `log`: what changed, when and by whom.
    static var log: Command {
        Command(
            name: "log",
            aliases: ["logg"],
            forms: [[.option(OptionSpec("since", value: "DATE"))], [.word("goal"), .goal, .option(OptionSpec("since", value: "DATE"))]],
            summary: "Show what changed, when and by whom, with the value before and after.",
            details: """
                Every change is logged in the workspace, undo and redo included. "log goal 6" shows one
                goal's changes; --since DATE those from that day on. The name logged is the login name,
                or the one given with malbild --user NAME or set user NAME.
                """,
            examples: ["log", "log goal 6", "log --since 2019-02-20"]
        ) { session, inv in
            var entries = session.workspace.log
            if let number = inv.goal {
                _ = try session.existingGoal(number)
                entries = entries.filter { $0.goal == number }
            }
            if let text = inv.option("since") {
                let day: Day
                do { day = try Day(parsing: text, year: session.workspace.planYear) } catch { throw session.failure(.optionPrefixed, "since", session.t.describe(error)) }
                entries = entries.filter { LogView.day(of: $0.time) >= day.description }
            }
            session.say(LogView(entries: entries, width: session.console.width, t: session.t).render())
        }
    }
}
