extension CommandTable {
    /// The tutorial and its hints.
    static var tutorial: [Command] {
        [
            Command(
                name: "tutorial",
                aliases: ["lektion"],
                forms: [[], [.number("N")], [.word("stop")]],
                summary: "Learn goal follow-up step by step on a copy of the demo; tutorial N starts a lesson.",
                details: """
                    Each lesson gives a task, checks what you did in the workspace, and moves on when it is done.
                    "hint" shows how; "tutorial stop" leaves. Your own workspace is set aside during the lesson
                    and comes back unchanged.
                    """,
                examples: ["tutorial", "tutorial 1", "hint", "tutorial stop"]
            ) { session, inv in
                if inv.has("stop") {
                    guard session.tutorial != nil else { throw session.failure(.noLesson) }
                    session.endLesson(completed: false)
                } else if let n = inv.value("N").flatMap(Int.init) {
                    try session.startLesson(n)
                } else {
                    session.listLessons()
                }
            },
            Command(
                name: "hint",
                aliases: ["ledtråd"],
                forms: [[]],
                summary: "Show how to do the current task of the tutorial.",
                examples: ["hint"]
            ) { session, _ in
                try session.hint()
            },
        ]
    }
}
