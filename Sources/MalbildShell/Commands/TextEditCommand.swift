extension CommandTable {
    /// The texts of a goal `edit` can rewrite in place.
    static let editableFields = ["title", "ambition"]

    /// `edit`: rewrite a text that is there, in the line editor or in the user's own editor.
    static var textEdit: Command {
        Command(
            name: "edit",
            aliases: ["redigera"],
            forms: [[.choice("FIELD", editableFields), .option(OptionSpec("editor"))]],
            summary: "Rewrite the chosen goal's title or ambition level, starting from the text that is there.",
            details: """
                The current text is put on the line, ready to change with the usual keys (arrows, Ctrl-A,
                Ctrl-E, Backspace); Enter stores it as "set" would, Ctrl-C leaves it unchanged.
                With --editor the text opens in $VISUAL or $EDITOR (else editor, nano or vi), and is stored
                when the editor ends with the text changed. Only at a terminal: in a script, use "set".
                """,
            examples: ["edit ambition", "edit title", "edit ambition --editor"]
        ) { session, inv in
            try session.editText(inv.value("FIELD") ?? "", useEditor: inv.flag("editor"))
        }
    }
}
