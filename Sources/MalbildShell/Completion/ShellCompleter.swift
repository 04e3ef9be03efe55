import Foundation
import MalbildCore
import LineEditing

/// Tab completion from the command table: command names, fixed words,
/// choices, goal numbers and file names, for the word before the cursor.
public final class ShellCompleter: CompletionProvider {
    private unowned let session: Session

    /// Creates a completer that reads the session's table and workspace.
    public init(session: Session) {
        self.session = session
    }

    /// The candidates for the last word of the line.
    public func completions(forLine line: String) -> [String] {
        guard case .complete(let tokens) = Tokenizer.split(line) else { return [] }
        let endsInBlank = line.last.map { $0 == " " || $0 == "\t" } ?? true
        var words = tokens.map(\.text)
        let partial = endsInBlank ? "" : (words.popLast() ?? "")
        let candidates: [String]
        if words.isEmpty {
            candidates = commandNames(aliases: true)
        } else if let command = session.commands.command(named: words[0]) {
            candidates = completions(of: command, after: Array(words.dropFirst()), partial: partial)
        } else {
            candidates = []
        }
        var seen = Set<String>()
        return candidates
            .filter { $0.lowercased().hasPrefix(partial.lowercased()) && seen.insert($0).inserted }
            .sorted()
    }

    /// Options and their values, then the next slot of the forms that fit.
    private func completions(of command: Command, after words: [String], partial: String) -> [String] {
        let specs = command.options
        if let previous = words.last, previous.hasPrefix("--"),
           let spec = specs.first(where: { $0.name == CommandWords.optionName(String(previous.dropFirst(2))) }), spec.value != nil {
            // Values that depend on the workspace (goal add --area N) come from the command.
            return spec.suggestions.isEmpty ? (command.suggest?(session, [spec.name]) ?? [])
                : spec.suggestions.map { CommandWords.shown($0, in: session.language) }
        }
        if partial.hasPrefix("-") {
            return specs.map { "--" + CommandWords.shownOption($0.name, in: session.language) }
        }
        // Leave the options and their values out when finding the slot.
        var plain: [String] = []
        var i = 0
        while i < words.count {
            if words[i].hasPrefix("--"), let spec = specs.first(where: { $0.name == CommandWords.optionName(String(words[i].dropFirst(2))) }) {
                i += spec.value == nil ? 1 : 2
            } else {
                plain.append(words[i])
                i += 1
            }
        }
        if let current = currentText(command: command, words: plain, partial: partial) { return [current] }
        let next = FormMatcher.nextParams(after: plain, forms: command.forms)
        let suggested = next.contains { $0.takesRest } ? (command.suggest?(session, plain) ?? []) : []
        return suggested + next.flatMap { candidates(for: $0, partial: partial) }
    }

    /// After `set title ` or `set ambition ` (of the chosen goal, or `set goal N …`): the text
    /// that is there, quoted, to rewrite on the line.
    private func currentText(command: Command, words: [String], partial: String) -> String? {
        guard command.name == "set", partial.isEmpty, let typed = words.last?.lowercased() else { return nil }
        let field = CommandWords.english[typed] ?? typed
        guard CommandTable.editableFields.contains(field) else { return nil }
        let number: GoalNumber?
        switch words.count {
        case 1: number = session.focus
        case 3 where (CommandWords.english[words[0].lowercased()] ?? words[0].lowercased()) == "goal": number = GoalNumber(words[1])
        default: return nil
        }
        guard let number, let goal = session.workspace.goal(number) else { return nil }
        return Tokenizer.quote(field == "title" ? goal.title : goal.ambition)
    }

    private func candidates(for param: Param, partial: String) -> [String] {
        switch param {
        case .word(let w): return [CommandWords.shown(w, in: session.language)]
        case .choice(_, let options): return CommandWords.offered(options, in: session.language)
        case .goal: return session.workspace.goals.map { $0.number.description }
        case .number(let name) where name == "N":
            return session.workspace.areas.map { String($0.number) }
        case .commandName: return commandNames(aliases: false)
        case .file: return files(matching: partial)
        case .phrase(_, let options): return options
        case .indicator: return session.workspace.goals.flatMap { $0.indicators.map(\.id) }
        case .checkpoint, .when: return session.workspace.calendar.checkpoints.map(\.id)
        case .grade(let result): return session.gradeWords(result: result)
        case .scale: return session.workspace.scales.map { $0.isBuiltIn ? CommandWords.shown($0.name, in: session.language) : $0.name }
        case .number, .text, .optionalText, .option, .single, .amount, .date: return []
        }
    }

    /// The commands' names in the screen's language: in Swedish each command's Swedish
    /// name (its English one when it has none); in English the names, and the aliases
    /// when a command's name is completed.
    private func commandNames(aliases: Bool) -> [String] {
        let commands = session.commands.commands
        guard session.language == .sv else {
            return commands.map(\.name) + (aliases ? commands.flatMap(\.aliases) : [])
        }
        return commands.map { $0.swedishName ?? $0.name }
    }

    /// Files and folders whose path starts with the partial word; folders end in `/`.
    private func files(matching partial: String) -> [String] {
        let folder: String
        let prefix: String
        if let slash = partial.lastIndex(of: "/") {
            folder = String(partial[...slash])
            prefix = String(partial[partial.index(after: slash)...])
        } else {
            folder = ""
            prefix = partial
        }
        let expanded = folder.hasPrefix("~/") ? (session.environment["HOME"] ?? "~") + folder.dropFirst() : folder
        let path = expanded.isEmpty ? "." : expanded
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names
            .filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }
            .map { name -> String in
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isFolder)
                return folder + name + (isFolder.boolValue ? "/" : "")
            }
    }
}
