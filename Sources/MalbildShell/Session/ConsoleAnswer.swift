/// What a person at a terminal answered to a question.
public enum ConsoleAnswer: Equatable, Sendable {
    /// A line of text (empty when they only pressed Enter).
    case text(String)
    /// Ctrl-C: they turned the question down.
    case interrupted
    /// End of input (Ctrl-D, a terminal or pipe that closed): nobody will answer.
    case endOfInput
}
