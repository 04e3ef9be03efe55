import Foundation
import MalbildCore

/// Where a session's workspace is kept: a file with its journal and lock (the embedded
/// default), or a shared store that several sessions write at once.
///
/// A session asks its store for the workspace, appends each step it makes, and learns of
/// the steps others made. The store never writes sentences: what goes wrong is an error value
/// the shell words.
public protocol WorkspaceStore: AnyObject {
    /// The store as it is shown to the user: a file's path, or an address without its password.
    var displayName: String { get }

    /// Whether a step is kept for good as soon as ``append(_:after:)`` returns, so there is
    /// nothing to save (a shared store); false for a file, whose journal keeps steps until a save.
    var keepsEachStep: Bool { get }

    /// The workspace as the store holds it now, and the sequence number of its last step.
    func load() throws -> StoreContents

    /// Appends a step made on the state after step `sequence` as one transaction, and returns
    /// the step's own sequence number. When others' steps came after `sequence`, nothing is
    /// appended and ``StoreConflict`` carries those steps, so the session can catch up and try again.
    func append(_ step: StoredStep, after sequence: Int64) throws -> Int64

    /// The steps after `sequence`, oldest first (others' steps to catch up with).
    func steps(after sequence: Int64) throws -> [StoredStep]

    /// A descriptor that becomes readable when others may have appended steps, for a reader
    /// waiting at the prompt; nil when the store has no such news (a file).
    var newsDescriptor: Int32? { get }

    /// Takes in what arrived on ``newsDescriptor``; whether others appended steps since the
    /// last call (a hint: ``steps(after:)`` says which).
    func takeNews() -> Bool

    /// Lets go of the store (connections, locks).
    func close()
}

/// What a store hands a session that opens it.
public struct StoreContents: Sendable {
    /// The workspace after the store's last step.
    public var workspace: Workspace
    /// The sequence number of that step; 0 for a workspace with no steps yet.
    public var sequence: Int64

    /// Contents as a store read them.
    public init(workspace: Workspace, sequence: Int64) {
        self.workspace = workspace
        self.sequence = sequence
    }
}

/// A step could not be appended because others' steps came first.
public struct StoreConflict: Error, Sendable {
    /// The steps that came first, oldest first.
    public var steps: [StoredStep]

    /// A conflict with the steps that won.
    public init(steps: [StoredStep]) {
        self.steps = steps
    }
}

/// The store cannot be reached (the server is down, the network is gone): nothing was
/// appended. The session goes on read-only until the store answers again.
public struct StoreUnavailable: Error, Sendable, CustomStringConvertible {
    /// What the store's client said, as it said it.
    public var detail: String

    /// An outage with the client's own words.
    public init(detail: String) {
        self.detail = detail
    }

    /// The client's words.
    public var description: String { detail }
}
