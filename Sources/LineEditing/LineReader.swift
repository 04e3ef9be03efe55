/// What one call to ``LineReader/readLine(prompt:)`` produced.
public enum LineInput: Equatable, Sendable {
    /// A whole line, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C: the half-typed line was dropped, and the reader can be asked
    /// for the next line.
    case interrupted
    /// No more input: Ctrl-D on an empty line, or the end of a file or pipe.
    case endOfInput
}

/// A source of input lines for the shell: a terminal with line editing, or a pipe or file.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` first when the reader is interactive.
    func readLine(prompt: String) -> LineInput

    /// Enters `line` into the history (interactive readers only; others ignore it).
    func addHistory(_ line: String)

    /// Whether a person is typing at a terminal (prompts, history and completion apply).
    var isInteractive: Bool { get }
}
