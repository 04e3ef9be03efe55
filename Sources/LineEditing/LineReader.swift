/// A source of input lines for the shell: a terminal with line editing, or a pipe or file.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` first when the reader is interactive.
    func readLine(prompt: String) -> LineInput

    /// Enters `line` into the history (interactive readers only; others ignore it).
    func addHistory(_ line: String)

    /// Whether a person is typing at a terminal (prompts, history and completion apply).
    var isInteractive: Bool { get }
}
