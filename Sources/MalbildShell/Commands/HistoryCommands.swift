extension CommandTable {
    /// Undo and redo.
    static var history: [Command] {
        [
            Command(
                name: "undo",
                aliases: ["ångra"],
                forms: [[]],
                summary: "Take back the last change, saying what it was.",
                details: "Every change can be undone, back to the start of the session; saving does not end the history.",
                examples: ["undo"]
            ) { session, _ in
                if let what = try session.undo() {
                    session.say(.undid, what)
                } else {
                    session.say(.nothingToUndo)
                }
            },
            Command(
                name: "redo",
                aliases: ["gör-om"],
                forms: [[]],
                summary: "Make again the last change that was undone.",
                details: "A new change after an undo clears what can be redone.",
                examples: ["redo"]
            ) { session, _ in
                if let what = try session.redo() {
                    session.say(.redid, what)
                } else {
                    session.say(.nothingToRedo)
                }
            },
        ]
    }
}
