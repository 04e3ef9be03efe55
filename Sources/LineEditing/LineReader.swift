/// A source of input lines for the shell: a terminal with line editing, or a pipe or file.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` first when the reader is interactive.
    func readLine(prompt: String) -> LineInput

    /// Reads the next line of a command whose text so far is `earlier` (empty for a new
    /// command), starting the line as `initialText` where the user can edit it. Readers that
    /// cannot edit ignore both.
    func readLine(prompt: String, continuing earlier: String, initialText: String) -> LineInput

    /// Enters `line` into the history (interactive readers only; others ignore it).
    func addHistory(_ line: String)

    /// While a line is read at a terminal, watches `descriptor` too, and prints the lines
    /// `lines` returns above the prompt when it becomes readable, the prompt then being what
    /// `prompt` returns (nil: as it was); nil stops watching. Readers that are not at a
    /// terminal ignore it.
    func watchNews(on descriptor: Int32?, lines: (() -> [String])?, prompt: (() -> String)?)

    /// Whether a person is typing at a terminal (prompts, history and completion apply).
    var isInteractive: Bool { get }

    /// The text of the line the last ``LineInput/interrupted`` dropped; empty for readers
    /// that cannot be interrupted.
    var droppedText: String { get }

    /// How many pasted line breaks the last line read took as blanks, joining pasted lines
    /// into one; 0 for readers that do not tell pastes apart.
    var pastedLinesJoined: Int { get }

    /// Whether the next line can be read without waiting for input to come (so output held
    /// back may wait too); false when that is not known.
    var hasInputReady: Bool { get }
}

extension LineReader {
    /// Reads the next line as ``readLine(prompt:)`` does.
    public func readLine(prompt: String, continuing earlier: String, initialText: String) -> LineInput {
        readLine(prompt: prompt)
    }

    /// Nothing: the reader shows no news while it waits.
    public func watchNews(on descriptor: Int32?, lines: (() -> [String])?, prompt: (() -> String)?) {}

    /// Watches `descriptor` as ``watchNews(on:lines:prompt:)`` does, the prompt kept as it was.
    public func watchNews(on descriptor: Int32?, lines: (() -> [String])?) {
        watchNews(on: descriptor, lines: lines, prompt: nil)
    }

    /// Nothing: the reader cannot be interrupted.
    public var droppedText: String { "" }

    /// None: the reader does not tell pastes apart.
    public var pastedLinesJoined: Int { 0 }

    /// Not known: the next read may wait.
    public var hasInputReady: Bool { false }
}
