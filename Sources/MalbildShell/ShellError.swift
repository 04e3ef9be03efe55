/// Why a command line could not be carried out. Nothing was changed.
public enum ShellError: Error, Equatable, CustomStringConvertible {
    /// No command has the name; the nearest names are suggested.
    case unknownCommand(String, suggestions: [String])
    /// The words do not fit any of the command's forms; `problem` says which word.
    case usage(command: String, problem: String?, lines: [String])
    /// The command needs a focused goal.
    case noFocus(command: String)
    /// Anything else, in words.
    case failed(String)

    /// A message that says what was wrong.
    public var description: String {
        switch self {
        case let .unknownCommand(name, suggestions):
            var text = "unknown command \"\(name)\""
            if !suggestions.isEmpty {
                let quoted = suggestions.map { "\"\($0)\"" }
                let list = quoted.count == 1
                    ? quoted[0]
                    : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
                text += " (did you mean \(list)?)"
            }
            return text + "; type \"help\" for the list"
        case let .usage(command, problem, lines):
            let first = problem.map { "\(command): \($0)\n" } ?? ""
            let head = lines.count == 1 ? "usage: " : "usage:\n  "
            return first + head + lines.joined(separator: "\n  ") + "\n(see \"help \(command)\")"
        case .noFocus(let command):
            return "no goal is chosen: \"\(command)\" works on the chosen goal; choose one with \"goal N\""
        case .failed(let message):
            return message
        }
    }
}
