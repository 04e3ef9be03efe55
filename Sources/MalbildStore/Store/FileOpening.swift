import MalbildCore

/// What opening a workspace file gave: the workspace (with the steps of a journal a session
/// left replayed onto it), whether the file existed, and what the shell should warn about.
public struct FileOpening {
    /// The workspace as the file and its journal hold it.
    public var workspace: Workspace
    /// Whether the file existed (false: `workspace` is a new one, written by the first save).
    public var existed: Bool
    /// How many steps of a journal a session left were replayed.
    public var recoveredSteps: Int
    /// What went wrong with the journal on the way, in the order it happened.
    public var warnings: [FileStoreWarning]

    /// An opening as a file store made it.
    public init(workspace: Workspace, existed: Bool, recoveredSteps: Int, warnings: [FileStoreWarning]) {
        self.workspace = workspace
        self.existed = existed
        self.recoveredSteps = recoveredSteps
        self.warnings = warnings
    }
}
