import Foundation
import MalbildCore
import MalbildPostgres
import MalbildStore

/// A workspace kept in a shared store, PostgreSQL: `open postgresql://HOST/DB?workspace=NAME`,
/// `malbild ADDRESS`, `--workspace ADDRESS`, `MALBILD_STORE`.
extension Session {
    /// Whether a name is a shared store's address rather than a file's path.
    public static func isStoreAddress(_ text: String) -> Bool {
        PostgresAddress.isAddress(text)
    }

    /// Opens the workspace a store address names: connects, reads it, and from then on
    /// appends each step there and catches up with others' steps. A workspace the store does
    /// not hold yet is made, empty, after a yes at a terminal; a script is refused, naming
    /// `store init`, which makes it. On any failure the current workspace is kept.
    public func openStore(_ text: String) throws {
        let address = try storeCall { try PostgresAddress(text) }
        if let current = store as? PostgresStore, current.displayName == address.displayName {
            throw failure(.alreadyOpen, address.displayName)
        }
        let shared = try storeCall { try PostgresStore(address: address) }
        do {
            do {
                _ = try shared.load()
            } catch PostgresStoreError.noSuchWorkspace {
                // A misspelt name should not quietly become a new workspace: a script is refused.
                guard console.isInteractive else {
                    throw failure(.storeNoWorkspaceYet, address.workspace, address.displayName)
                }
                guard console.confirm(t(.storeNewWorkspaceQuestion, address.workspace, address.displayName), whenNotAsked: false) else {
                    shared.close()
                    return say(.nothingOpened)
                }
                let empty = Workspace.empty(name: address.workspace, year: Self.currentYear(clock()))
                try PostgresStore.create(empty, named: address.workspace, on: shared.connection)
                say(.storeWorkspaceMade, address.workspace, address.displayName)
            }
            try attach(shared)
        } catch let error as ShellError {
            shared.close()
            throw error
        } catch {
            shared.close()
            throw ShellError.failed(message(for: error))
        }
        nameInStore = shared.workspace
        otherWorkspaces = { [unowned shared] in
            try PostgresStore.workspaces(on: shared.connection)
                .filter { $0 != shared.workspace }
                .map { ($0, try shared.load(workspace: $0).workspace) }
        }
    }
}

extension Session {
    /// Writes the workspace of a shared store to a file (checked and asked about as any save
    /// elsewhere before this), under the file's lock; the session stays on the store.
    func saveCopy(to url: URL, from storeName: String) throws {
        let lock = try storeCall { try WorkspaceLock.acquire(for: url) }
        defer { lock.release() }
        try storeCall { _ = try WorkspaceFile<Workspace>.save(workspace, to: url) }
        say(.storeCopySaved, storeName, url.path)
    }
}

extension Session {
    /// The shared store's name as shown (its address without a password); nil for a file or none.
    public var storeName: String? {
        guard let store, store.keepsEachStep else { return nil }
        return store.displayName
    }
}
