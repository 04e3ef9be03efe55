extension CommandTable {
    /// `recover`: work a session left unsaved when it ended.
    static var recover: Command {
        Command(
            name: "recover",
            aliases: ["återställ"],
            forms: [[], [.word("discard")]],
            summary: "Bring back work a session left unsaved on a workspace without a file, or discard it.",
            details: """
                Work on a workspace that has no file yet (the demo, a new one) is kept in the state folder
                (~/.local/state/malbild/unsaved) until it is saved. If the shell, the terminal or the
                machine died before that, the next start says so; recover brings the newest such work back
                as unsaved changes (save FILE keeps it), recover discard drops it.
                """,
            examples: ["recover", "save ks2019-dialog.json", "recover discard"]
        ) { session, inv in
            try session.recoverScratch(discard: inv.has("discard"))
        }
    }
}
