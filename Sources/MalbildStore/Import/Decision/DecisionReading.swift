import MalbildCore

/// What was read from a decision's text: the edits that build the workspace
/// from an empty one of its plan year, the workspace they build, and what
/// could not be placed or was ambiguous.
public struct DecisionReading: Equatable, Sendable {
    /// The plan year the text names (or the year given when it names none).
    public var planYear: Int
    /// The edits, applied in order to `Workspace.empty(name:year:)`; every
    /// unplaced line is among them as a workspace note.
    public var edits: [Edit]
    /// The workspace the edits build.
    public var workspace: Workspace
    /// The lines no field took, in order.
    public var unplaced: [UnplacedLine]
    /// What could be read more than one way, and what was done.
    public var ambiguities: [DecisionAmbiguity]
    /// How many lines the text had.
    public var lineCount: Int
}
