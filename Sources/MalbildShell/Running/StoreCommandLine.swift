import Foundation
import MalbildCore
import MalbildPostgres
import MalbildStore

/// The command line's work with a shared store: `malbild store init|grant|revoke|members|list`,
/// `malbild push WS.json ADDRESS` and `malbild pull ADDRESS WS.json`. Each returns what it did,
/// worded in a language, or throws a ``ShellError`` with what went wrong.
public struct StoreCommandLine {
    /// The words the results and errors are given in.
    public let t: Catalogue
    /// The year an empty workspace made by `store init` plans for.
    public let year: Int

    /// Work in a language, with the year for new workspaces.
    public init(t: Catalogue, year: Int) {
        self.t = t
        self.year = year
    }

    /// Creates the tables in the database an address names, or migrates them; makes the
    /// workspace it names (if it names one) when the store holds none of that name.
    public func initialize(_ address: String) throws -> String {
        let connection = try connect(address)
        defer { connection.close() }
        let outcome = try call { try PostgresSchema.install(on: connection) }
        var lines = [outcome.from == 0 ? t(.storeTablesMade, outcome.to)
            : outcome.changed ? t(.storeTablesMigrated, outcome.from, outcome.to) : t(.storeTablesCurrent, outcome.to)]
        if let named = try? PostgresAddress(address) {
            let names = try call { try PostgresStore.workspaces(on: connection) }
            if !names.contains(named.workspace) {
                try call { try PostgresStore.create(Workspace.empty(name: named.workspace, year: year), named: named.workspace, on: connection) }
                lines.append(t(.storeWorkspaceMade, named.workspace, named.displayName))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Makes a role a member of the workspace an address names, with read or write access.
    public func grant(_ address: String, role: String, access word: String) throws -> String {
        let words: [String: PostgresAccess] = ["read": .read, "läsa": .read, "write": .write, "skriva": .write]
        guard let access = words[word.lowercased()] else { throw ShellError.failed(t(.storeNotAnAccess, word)) }
        let named = try call { try PostgresAddress(address) }
        let connection = try connect(address)
        defer { connection.close() }
        try call { try PostgresMembers.grant(access, to: role, on: named.workspace, over: connection) }
        return t(access == .write ? .storeGrantedWrite : .storeGrantedRead, role, named.workspace)
    }

    /// Takes a role's membership of the workspace an address names away.
    public func revoke(_ address: String, role: String) throws -> String {
        let named = try call { try PostgresAddress(address) }
        let connection = try connect(address)
        defer { connection.close() }
        try call { try PostgresMembers.revoke(role, from: named.workspace, over: connection) }
        return t(.storeRevoked, role, named.workspace)
    }

    /// The members of the workspace an address names, a line each.
    public func members(_ address: String) throws -> String {
        let named = try call { try PostgresAddress(address) }
        let connection = try connect(address)
        defer { connection.close() }
        let members = try call { try PostgresMembers.members(of: named.workspace, over: connection) }
        guard !members.isEmpty else { return t(.storeNoMembers, named.workspace) }
        return members.map { "\($0.role)  " + t($0.access == .write ? .storeAccessWrite : .storeAccessRead) }.joined(separator: "\n")
    }

    /// The workspaces of the store that the role may read, a line each.
    public func list(_ address: String) throws -> String {
        let connection = try connect(address)
        defer { connection.close() }
        let names = try call { try PostgresStore.workspaces(on: connection) }
        return names.isEmpty ? t(.storeNoWorkspaces) : names.joined(separator: "\n")
    }

    /// Makes a new workspace in the store from a workspace file, its log included. A file
    /// whose journal holds changes not saved is refused: they would be left behind.
    public func push(_ path: String, to address: String) throws -> String {
        let named = try call { try PostgresAddress(address) }
        let url = URL(fileURLWithPath: path)
        let lock = try call { try WorkspaceLock.acquire(for: url) }
        defer { lock.release() }
        let journal = Journal<Edit>.url(for: url).path
        if let size = (try? FileManager.default.attributesOfItem(atPath: journal))?[.size] as? Int, size > 0 {
            throw ShellError.failed(t(.storePushUnsaved, path))
        }
        var workspace = try call { try WorkspaceFile<Workspace>.load(from: url) }
        // The workspace takes its name in the store, as a save elsewhere takes the file's: links
        // from other workspaces name it so.
        let formerName = workspace.name
        if formerName != named.workspace { _ = try call { try workspace.apply(.setInfo(field: .name, value: named.workspace)) } }
        let connection = try connect(address)
        defer { connection.close() }
        try call { try PostgresStore.create(workspace, named: named.workspace, on: connection) }
        let pushed = t(.storePushed, path, named.workspace, named.displayName, workspace.goals.count, workspace.log.count)
        return formerName == named.workspace ? pushed : pushed + "\n" + t(.storePushedRenamed, formerName, named.workspace)
    }

    /// Writes the workspace an address names, its log included, to a new file. A file that
    /// exists is never written over.
    public func pull(_ address: String, to path: String) throws -> String {
        let named = try call { try PostgresAddress(address) }
        let url = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: url.path) else { throw ShellError.failed(t(.storePullExists, path)) }
        let connection = try connect(address)
        defer { connection.close() }
        let store = try call { try PostgresStore(connection: connection, workspace: named.workspace, displayName: named.displayName) }
        let workspace = try call { try store.load().workspace }
        let lock = try call { try WorkspaceLock.acquire(for: url) }
        defer { lock.release() }
        guard !FileManager.default.fileExists(atPath: url.path) else { throw ShellError.failed(t(.storePullExists, path)) }
        try call { _ = try WorkspaceFile<Workspace>.save(workspace, to: url) }
        return t(.storePulled, named.workspace, named.displayName, path, workspace.goals.count, workspace.log.count)
    }

    /// What went wrong, in the catalogue's language.
    public func message(for error: Error) -> String {
        t.describe(error)
    }

    private func connect(_ address: String) throws -> PostgresConnection {
        // An address may name no workspace here (store init, list): libpq takes it as it is.
        let uri = try call { try PostgresAddress.connectionURI(of: address) }
        return try call { try PostgresConnection(uri) }
    }

    private func call<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ShellError {
            throw error
        } catch {
            throw ShellError.failed(t.describe(error))
        }
    }
}
