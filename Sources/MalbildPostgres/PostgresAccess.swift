/// What a member may do with a workspace.
public enum PostgresAccess: String, Equatable, Sendable, CaseIterable {
    /// Read the workspace and its steps.
    case read
    /// Read it and append steps.
    case write
}
