/// Where a session's output goes, and how it asks the user.
public protocol Console: AnyObject {
    /// Writes normal output.
    func write(_ text: String)
    /// Writes an error or warning.
    func writeError(_ text: String)
    /// Reads one answer at a terminal; nil when nobody can answer (or at Ctrl-C, Ctrl-D).
    func ask(_ prompt: String) -> String?
    /// Asks a question at a terminal, the answer line starting as `initialText` for the person
    /// to edit; ``ConsoleAnswer/endOfInput`` when nobody can answer.
    func answer(_ prompt: String, initialText: String) -> ConsoleAnswer
    /// Asks a yes/no question; consoles that cannot ask answer `whenNotAsked`.
    func confirm(_ question: String, whenNotAsked: Bool) -> Bool
    /// The width to lay tables and cards out in.
    var width: Int { get }
    /// Whether a person is at a terminal.
    var isInteractive: Bool { get }
    /// Whether output may be coloured (a terminal, and NO_COLOR not set).
    var useColor: Bool { get }
}

extension Console {
    /// Asks through ``ask(_:)``: no text to start from, and no answer is the end of input.
    public func answer(_ prompt: String, initialText: String) -> ConsoleAnswer {
        ask(prompt).map(ConsoleAnswer.text) ?? .endOfInput
    }
}
