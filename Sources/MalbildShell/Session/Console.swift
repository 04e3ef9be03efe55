/// Where a session's output goes, and how it asks the user.
public protocol Console: AnyObject {
    /// Writes normal output.
    func write(_ text: String)
    /// Writes an error or warning.
    func writeError(_ text: String)
    /// Reads one answer at a terminal; nil when nobody can answer (or at Ctrl-C, Ctrl-D).
    func ask(_ prompt: String) -> String?
    /// Asks a yes/no question; consoles that cannot ask answer `whenNotAsked`.
    func confirm(_ question: String, whenNotAsked: Bool) -> Bool
    /// The width to lay tables and cards out in.
    var width: Int { get }
    /// Whether a person is at a terminal.
    var isInteractive: Bool { get }
    /// Whether output may be coloured (a terminal, and NO_COLOR not set).
    var useColor: Bool { get }
}
