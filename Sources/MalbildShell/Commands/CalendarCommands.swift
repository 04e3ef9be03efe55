import MalbildCore

extension CommandTable {
    /// The workspace's own calendar and scales, listed.
    static var calendar: [Command] {
        [
            Command(
                name: "checkpoints",
                aliases: ["avstämningar"],
                forms: [[]],
                summary: "List the plan period and its checkpoints, the current one marked.",
                details: "Each checkpoint shows its id, its day, its report and whether a forecast or the year's result is reported there. Add, move and remove checkpoints with checkpoint add|set|remove.",
                examples: ["checkpoints"]
            ) { session, _ in
                session.showCalendar()
            },
            Command(
                name: "scales",
                aliases: ["skalor"],
                forms: [[]],
                summary: "List the grade scales, built-in and the workspace's own, the one in use marked.",
                details: "Define a scale of your own with scale add and scale grade; show one with scale show NAME.",
                examples: ["scales"]
            ) { session, _ in
                session.say(ScaleText.render(current: session.workspace.scale, color: session.console.useColor, t: session.t,
                                             scales: session.workspace.scales))
            },
        ]
    }
}
