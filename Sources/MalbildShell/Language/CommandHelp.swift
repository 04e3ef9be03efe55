/// A command's help in Swedish: its one line and, when the English has them,
/// its details. The English help is in the command table itself.
public struct CommandHelp: Sendable {
    /// The one line `help` lists.
    public let summary: String
    /// More on how it works, for `help COMMAND`; empty when the English has none.
    public let details: String

    /// Creates a command's Swedish help.
    public init(_ summary: String, _ details: String = "") {
        self.summary = summary
        self.details = details
    }
}
