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
            var contents: StoreContents?
            do {
                contents = try shared.load()
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
            try attach(shared, contents: contents)
        } catch let error as ShellError {
            shared.close()
            throw error
        } catch {
            shared.close()
            throw ShellError.failed(message(for: error))
        }
        nameInStore = shared.workspace
        // A role that may only read is told so at once, not at its first change.
        if (try? shared.mayWrite()) == false {
            storeReadsOnly = true
            warn(t(.storeRoleReadsOnly, shared.connection.user, shared.workspace))
        }
        otherWorkspaces = { [shared] in
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

extension Session {
    /// A line with the passwords of the store addresses in it taken out (`user:secret@host`
    /// becomes `user@host`, a `password=` parameter goes), for the line history, which is
    /// saved to a file.
    public static func withoutPasswords(_ line: String) -> String {
        guard line.contains("://") else { return line }
        var out = ""
        var rest = Substring(line)
        while let scheme = rest.range(of: "postgres") {
            out += rest[..<scheme.lowerBound]
            var address = rest[scheme.lowerBound...]
            let end = address.firstIndex { $0.isWhitespace || $0 == "\"" || $0 == "'" } ?? address.endIndex
            rest = address[end...]
            address = address[..<end]
            out += hidingPassword(String(address))
        }
        return out + rest
    }

    private static func hidingPassword(_ address: String) -> String {
        guard let separator = address.range(of: "://") else { return address }
        let head = address[..<separator.upperBound]
        var tail = address[separator.upperBound...]
        // The user part: up to the first @ before the path.
        let authorityEnd = tail.firstIndex { $0 == "/" || $0 == "?" } ?? tail.endIndex
        if let at = tail[..<authorityEnd].lastIndex(of: "@"), let colon = tail[..<at].firstIndex(of: ":") {
            tail = tail[..<colon] + tail[at...]
        }
        // A password parameter in the query.
        guard let query = tail.firstIndex(of: "?") else { return String(head + tail) }
        let parameters = tail[tail.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("password=") }
        return String(head + tail[..<query]) + "?" + parameters.joined(separator: "&")
    }
}

extension Session {
    /// Refuses a change a shared store's role may not make: one that was found at open to
    /// only read the workspace, asked of the server again (a role may have been given more since).
    func refuseIfRoleReadsOnly() throws {
        guard storeReadsOnly, let shared = store as? PostgresStore, (try? shared.mayWrite()) == false else { return }
        throw failure(.changeNotMade, t(.storeRoleReadsOnly, shared.connection.user, shared.workspace))
    }
}
