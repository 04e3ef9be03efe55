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
