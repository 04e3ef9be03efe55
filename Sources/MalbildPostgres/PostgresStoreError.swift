/// What goes wrong with a workspace in PostgreSQL, besides an outage (``StoreUnavailable``)
/// and a lost race (``StoreConflict``).
public enum PostgresStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database has no Målbild tables: `malbild store init` has not been run on it.
    case notInstalled
    /// The tables are of an older version: `malbild store init` migrates them.
    case olderSchema(found: Int, current: Int)
    /// The tables are of a newer version than this build reads.
    case newerSchema(found: Int, readable: Int)
    /// No workspace of that name exists, or the role may not read it (the server does not
    /// show it to that role).
    case noSuchWorkspace(String)
    /// A workspace of that name exists already.
    case workspaceExists(String)
    /// The server refused the role something on a workspace (SQLSTATE 42501).
    case refused(workspace: String, role: String, server: PostgresError)
    /// No role of that name exists on the server.
    case noSuchRole(String)
    /// A step was appended after a step the workspace does not have yet.
    case beyondLastStep(workspace: String, after: Int64, last: Int64)
    /// A stored step or snapshot cannot be read back, or its edits do not apply.
    case unreadable(workspace: String, sequence: Int64, detail: String)
    /// The workspace cannot be written as a snapshot.
    case cannotEncode(workspace: String, detail: String)
    /// The server failed a statement for another reason.
    case server(PostgresError)

    /// In English, for logs and tests; the shell words it in its own catalogue.
    public var description: String {
        switch self {
        case .notInstalled:
            "the database has no Målbild tables: run malbild store init with its address"
        case let .olderSchema(found, current):
            "the Målbild tables are of version \(found); this build needs \(current): run malbild store init to migrate them"
        case let .newerSchema(found, readable):
            "the Målbild tables are of version \(found), newer than this build reads (\(readable))"
        case .noSuchWorkspace(let name):
            "there is no workspace \(name) that this role may read"
        case .workspaceExists(let name):
            "a workspace \(name) exists already"
        case let .refused(workspace, role, server):
            "the server refused role \(role) on workspace \(workspace): \(server.message)"
        case .noSuchRole(let name):
            "there is no role \(name) on the server"
        case let .beyondLastStep(workspace, after, last):
            "workspace \(workspace) has \(last) steps; a step after step \(after) cannot be appended"
        case let .unreadable(workspace, sequence, detail):
            "step \(sequence) of workspace \(workspace) cannot be read: \(detail)"
        case let .cannotEncode(workspace, detail):
            "workspace \(workspace) cannot be written: \(detail)"
        case .server(let error):
            error.description
        }
    }
}
