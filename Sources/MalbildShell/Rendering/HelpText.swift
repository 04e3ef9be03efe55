/// The text of `help` and `help COMMAND`, made from the command table, in
/// the session's language: the Swedish help is in the catalogue, by command.
enum HelpText {
    static func overview(_ table: CommandTable, width: Int, t: Catalogue) -> String {
        let nameWidth = (table.commands.map { t.commandName($0.name).count }.max() ?? 8) + 2
        var lines = [t(.helpHeading)]
        // By task, as the room thinks of them: the goals, follow-up, reports, sessions, files.
        for group in table.grouped {
            lines.append("")
            lines.append(TextLayout.wrap(t(group.heading), width: width))
            for command in group.commands {
                let text = TextLayout.wrap(summary(command, t), width: width, indent: String(repeating: " ", count: nameWidth + 2))
                lines.append("  " + TextLayout.pad(t.commandName(command.name), nameWidth) + text.dropFirst(nameWidth + 2))
            }
        }
        lines.append("")
        lines.append(TextLayout.wrap(t(.helpFooter), width: width))
        if t.language == .sv {
            // The list gives the Swedish names; the English ones work too.
            lines.append(TextLayout.wrap(t(.englishNamesToo), width: width))
        }
        return lines.joined(separator: "\n")
    }

    static func command(_ command: Command, t: Catalogue, width: Int) -> String {
        var lines = [t(.usageHead) + " " + t.usageLines(command).joined(separator: "\n" + String(repeating: " ", count: t(.usageHead).count + 1))]
        // The other names: in Swedish the English name and the aliases besides the one shown.
        let shown = t.commandName(command.name)
        let others = (t.language == .sv ? command.aliases : [command.name] + command.aliases).filter { $0 != shown }
        if !others.isEmpty { lines.append(TextLayout.pad(t(.alsoLabel), t(.usageHead).count) + " " + others.joined(separator: ", ")) }
        lines.append("")
        lines.append(TextLayout.wrap(summary(command, t), width: width))
        let details = t.pick(command.details, Catalogue.swedishHelp[command.name]?.details)
        if !details.isEmpty { lines.append(reflowed(details, width: width)) }
        if !command.examples.isEmpty {
            lines.append("")
            lines.append(t(.examplesLabel))
            lines.append(contentsOf: command.examples.map { "  " + t.line($0, of: command) })
        }
        return lines.joined(separator: "\n")
    }

    /// A help text written in lines of its own length, laid out anew for `width`: a line that
    /// ends a sentence (`.` or `:`) ends its paragraph, an indented line (a row of a table)
    /// stays as it is; the other line breaks are blanks.
    static func reflowed(_ text: String, width: Int) -> String {
        var out: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { out.append(TextLayout.wrap(current, width: width)) }
            current = ""
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == " " {
                flush()
                out.append(String(line))
                continue
            }
            let part = String(line).trimmingTrailingBlanks()
            current = current.isEmpty ? part : current + " " + part
            if part.hasSuffix(".") || part.hasSuffix(":") || part.isEmpty {
                if part.isEmpty { current = "" ; out.append("") } else { flush() }
            }
        }
        flush()
        return out.joined(separator: "\n")
    }

    /// A command's one line, in the catalogue's language.
    static func summary(_ command: Command, _ t: Catalogue) -> String {
        t.pick(command.summary, Catalogue.swedishHelp[command.name]?.summary)
    }
}
