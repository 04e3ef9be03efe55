extension CommandTable {
    /// Recording sessions and replaying them.
    static var recording: [Command] {
        [
            Command(
                name: "record",
                aliases: ["spela-in"],
                forms: [[.word("start"), .file], [.word("stop")]],
                summary: "Record this session's commands to a script that replays it.",
                details: """
                    Each command that works is written to the script as it runs, after a comment with the time
                    and the chosen goal; notes typed are commands too, so they are kept. Commands about files
                    (save, open, new, source) are left out. The script's first lines say where it starts (the
                    demo, an empty workspace or a file), so a replay starts there too.
                    """,
                examples: ["record start dialog-2019-02-20.mal", "record stop"]
            ) { session, inv in
                if inv.has("start") { try session.startRecording(inv.file ?? "") } else { try session.stopRecording() }
            },
            Command(
                name: "replay",
                aliases: ["spela-upp"],
                forms: [[.file, .option(OptionSpec("step")), .option(OptionSpec("here"))]],
                summary: "Replay a script, showing each command before its output; --step waits at each.",
                details: """
                    The replay runs on a copy of the workspace the script starts from, never on a file, so this
                    session's workspace is unchanged; --here runs it in this session instead (undo takes each
                    command back). With --step it shows each command with its comments and its position
                    (12/40) and waits: Enter runs it, s skips it, q stops. From the command line:
                    malbild replay FILE --step [--workspace FILE].
                    """,
                examples: ["replay dialog-2019-02-20.mal", "replay dialog-2019-02-20.mal --step"]
            ) { session, inv in
                try session.replay(inv.file ?? "", step: inv.flag("step"), here: inv.flag("here"))
            },
        ]
    }
}
