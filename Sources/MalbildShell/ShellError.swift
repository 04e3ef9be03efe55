/// Why a command line could not be carried out. Nothing was changed.
public enum ShellError: Error, Equatable, CustomStringConvertible {
    /// No command has the name; the nearest names are suggested.
    case unknownCommand(String, suggestions: [String])
    /// The words do not fit any of the command's forms; `problem` says which word.
    case usage(command: String, problem: String?, lines: [String])
    /// The command needs a focused goal.
    case noFocus(command: String)
    /// Anything else, in words (already in the session's language).
    case failed(String)

    /// A message that says what was wrong, in English.
    public var description: String {
        message(.english)
    }

    /// A message that says what was wrong, in the catalogue's language.
    public func message(_ t: Catalogue) -> String {
        switch self {
        case let .unknownCommand(name, suggestions):
            var text = t(.unknownCommand, name)
            if !suggestions.isEmpty {
                let quoted = suggestions.map { "\"\($0)\"" }
                let list = quoted.count == 1
                    ? quoted[0]
                    : quoted.dropLast().joined(separator: ", ") + t(.listOr) + (quoted.last ?? "")
                text += t(.didYouMean, list)
            }
            return text + t(.typeHelpForList)
        case let .usage(command, problem, lines):
            let first = problem.map { "\(command): \($0)\n" } ?? ""
            let head = lines.count == 1 ? t(.usageHead) + " " : t(.usageHead) + "\n  "
            return first + head + lines.joined(separator: "\n  ") + "\n" + t(.seeHelpCommand, command)
        case .noFocus(let command):
            return t(.noFocus, t.commandName(command))
        case .failed(let message):
            return message
        }
    }
}
