extension CommandTable {
    /// The `help` command, which reads the table itself.
    static var help: Command {
        Command(
            name: "help",
            aliases: ["?", "hjälp"],
            forms: [[], [.commandName]],
            summary: "List the commands, or explain one.",
            examples: ["help", "help set"]
        ) { session, inv in
            let table = session.commands
            if let name = inv.values.first ?? nil {
                guard let command = table.command(named: name) else {
                    throw ShellError.unknownCommand(name, suggestions: table.suggestions(for: name, preferAliases: session.language == .sv))
                }
                session.say(HelpText.command(command, t: session.t, width: session.console.width))
            } else {
                session.say(HelpText.overview(table, width: session.console.width, t: session.t))
            }
        }
    }
}
