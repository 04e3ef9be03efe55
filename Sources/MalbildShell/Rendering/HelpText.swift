/// The text of `help` and `help COMMAND`, made from the command table.
enum HelpText {
    static func overview(_ table: CommandTable, width: Int) -> String {
        let nameWidth = (table.commands.map(\.name.count).max() ?? 8) + 2
        var lines = ["Commands (\"help COMMAND\" tells more):"]
        for command in table.commands {
            let text = TextLayout.wrap(command.summary, width: width, indent: String(repeating: " ", count: nameWidth + 2))
            lines.append("  " + TextLayout.pad(command.name, nameWidth) + text.dropFirst(nameWidth + 2))
        }
        lines.append("")
        lines.append("A text runs to the end of the line or goes in double quotes; an open quote or a final \\")
        lines.append("continues on the next line. Tab completes commands, words and goal numbers.")
        return lines.joined(separator: "\n")
    }

    static func command(_ command: Command) -> String {
        var lines = ["usage: " + command.usageLines.joined(separator: "\n       ")]
        if !command.aliases.isEmpty { lines.append("also:  " + command.aliases.joined(separator: ", ")) }
        lines.append("")
        lines.append(command.summary)
        if !command.details.isEmpty { lines.append(command.details) }
        if !command.examples.isEmpty {
            lines.append("")
            lines.append("Examples:")
            lines.append(contentsOf: command.examples.map { "  " + $0 })
        }
        return lines.joined(separator: "\n")
    }
}
