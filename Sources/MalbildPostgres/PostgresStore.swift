import Foundation
import MalbildCore
import MalbildStore

/// One workspace kept in PostgreSQL, shared by every session that opens it.
///
/// The workspace is the latest snapshot plus the steps after it. Each step is one row of
/// `malbild.edits`, appended in one transaction with the number after the last; a step
/// that loses the race for its number is refused with the steps that won
/// (``StoreConflict``). Listeners learn of a step by a notification sent when it commits.
/// Every ``snapshotInterval`` steps the appender also writes a snapshot, in the same
/// transaction. What a role may read or write is enforced by the server (see
/// ``PostgresMembers``); a refusal is ``PostgresStoreError/refused(workspace:role:server:)``.
public final class PostgresStore: WorkspaceStore {
    /// The channel every step is announced on; the payload is
    /// `WORKSPACE`, the step's number and its user, one a line.
    public static let channel = "malbild_steps"

    /// The workspace's name in the store.
    public let workspace: String
    /// The connection the store uses (its socket is ``newsDescriptor``).
    public let connection: PostgresConnection
    /// After how many steps the appender writes a snapshot (the step whose number is a
    /// multiple of it).
    public var snapshotInterval: Int64 = 200

    public let displayName: String
    public var keepsEachStep: Bool { true }

    private let encoder = StoreCoding.makeEncoder(pretty: false)
    private let decoder = StoreCoding.makeDecoder()
    /// The connection's resets seen so far: a reset may have missed notifications.
    private var resetsSeen: Int

    /// Opens the workspace an address names: connects, checks the tables' version and
    /// listens for others' steps. The workspace itself is read by ``load()``.
    ///
    /// - Throws: ``StoreUnavailable`` when the server cannot be reached;
    ///   ``PostgresStoreError`` when the tables are missing or of another version.
    public convenience init(address: PostgresAddress) throws {
        let connection = try PostgresConnection(address.connectionURI)
        try self.init(connection: connection, workspace: address.workspace, displayName: address.displayName)
    }

    /// Opens a workspace over a connection the store then owns (closes in ``close()``).
    public init(connection: PostgresConnection, workspace: String, displayName: String) throws {
        self.connection = connection
        self.workspace = workspace
        self.displayName = displayName
        self.resetsSeen = connection.resetCount
        try Self.translating(workspace: workspace, connection: connection) {
            try PostgresSchema.check(on: connection)
            try connection.listen(Self.channel)
        }
    }

    // MARK: Making and finding workspaces

    /// Makes a new workspace in the store from a workspace (its log included), as its
    /// snapshot at step 0 (`malbild push`).
    ///
    /// - Throws: ``PostgresStoreError/workspaceExists(_:)`` when the name is taken (nothing is
    ///   changed); ``PostgresStoreError/refused(workspace:role:server:)`` when the role may
    ///   not make workspaces; ``StoreUnavailable``.
    public static func create(_ contents: Workspace, named name: String, on connection: PostgresConnection) throws {
        try translating(workspace: name, connection: connection) {
            try PostgresSchema.check(on: connection)
            let document: String
            do {
                document = try PostgresStepCoding.document(of: contents, name: name)
            } catch {
                throw PostgresStoreError.cannotEncode(workspace: name, detail: String(describing: error))
            }
            try connection.transaction {
                do {
                    try connection.execute("INSERT INTO malbild.workspaces (name) VALUES ($1)", [name])
                } catch let error as PostgresError where error.sqlState == PostgresError.uniqueViolation {
                    throw PostgresStoreError.workspaceExists(name)
                }
                try connection.execute(
                    "INSERT INTO malbild.snapshots (workspace, seq, document) VALUES ($1, 0, $2)", [name, document])
            }
        }
    }

    /// The names of the workspaces in the store that the connection's role may read, sorted.
    public static func workspaces(on connection: PostgresConnection) throws -> [String] {
        try translating(workspace: "", connection: connection) {
            try PostgresSchema.check(on: connection)
            return try connection.execute("SELECT name FROM malbild.workspaces ORDER BY name COLLATE \"C\"")
                .compactMap { $0.first ?? nil }
        }
    }

    /// Another workspace of the same store as it is now, read over this store's connection
    /// (for goals whose parent is in another workspace). Nothing can be appended through it.
    public func load(workspace other: String) throws -> StoreContents {
        try Self.translating(workspace: other, connection: connection) {
            try Self.contents(of: other, connection: connection, decoder: decoder)
        }
    }

    /// Whether the connection's role may append steps to the workspace: a member with write
    /// access, or a role the row-level security does not hold (the tables' owner, a superuser).
    public func mayWrite() throws -> Bool {
        try Self.translating(workspace: workspace, connection: connection) {
            let rows = try connection.execute(
                """
                SELECT malbild.may_write($1)
                    OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'malbild.edits'::regclass), 'MEMBER')
                    OR (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)
                """, [workspace])
            return rows.first?.first == "t"
        }
    }

    // MARK: WorkspaceStore

    public func load() throws -> StoreContents {
        try Self.translating(workspace: workspace, connection: connection) {
            try Self.contents(of: workspace, connection: connection, decoder: decoder)
        }
    }

    public func append(_ step: StoredStep, after sequence: Int64) throws -> Int64 {
        let number = sequence + 1
        let edits: String
        let inverse: String
        do {
            edits = try PostgresStepCoding.text(of: step.edits, encoder: encoder)
            inverse = try PostgresStepCoding.text(of: step.inverse, encoder: encoder)
        } catch {
            throw PostgresStoreError.cannotEncode(workspace: workspace, detail: String(describing: error))
        }
        let parameters: [String?] = [
            workspace, String(sequence), step.user, String(Int64(step.time.timeIntervalSince1970.rounded(.down))),
            edits, inverse, UUID().uuidString, [workspace, String(number), step.user].joined(separator: "\n"),
        ]
        // One statement: the step goes in only when it comes right after the last, and the
        // notification is sent when (and only when) it commits.
        let insert = """
            WITH step AS (
                INSERT INTO malbild.edits (workspace, seq, username, made, edits, inverse, token)
                SELECT $1, $2::bigint + 1, $3, to_timestamp($4::bigint), $5, $6, $7
                WHERE coalesce((SELECT max(seq) FROM malbild.edits WHERE workspace = $1), 0) = $2::bigint
                RETURNING seq
            )
            SELECT seq, pg_notify('\(Self.channel)', $8) FROM step
            """
        let inserted: Bool = try Self.translating(workspace: workspace, connection: connection) {
            do {
                if snapshotInterval > 0 && number % snapshotInterval == 0 {
                    return try connection.transaction {
                        guard !(try connection.execute(insert, parameters)).isEmpty else { return false }
                        let contents = try Self.contents(of: workspace, connection: connection, decoder: decoder)
                        let document: String
                        do {
                            document = try PostgresStepCoding.document(of: contents.workspace, name: workspace)
                        } catch {
                            throw PostgresStoreError.cannotEncode(workspace: workspace, detail: String(describing: error))
                        }
                        try connection.execute(
                            "INSERT INTO malbild.snapshots (workspace, seq, document) VALUES ($1, $2, $3)",
                            [workspace, String(number), document])
                        return true
                    }
                }
                return !(try connection.execute(insert, parameters)).isEmpty
            } catch let error as PostgresError where error.sqlState == PostgresError.uniqueViolation {
                // Another step took the number first.
                return false
            } catch let error as PostgresError where error.sqlState == PostgresError.foreignKeyViolation {
                throw PostgresStoreError.noSuchWorkspace(workspace)
            }
        }
        if inserted { return number }
        // Not appended: others' steps came first, or the step is beyond the last.
        let others = try steps(after: sequence)
        if !others.isEmpty { throw StoreConflict(steps: others) }
        let last = try lastSequence()
        throw PostgresStoreError.beyondLastStep(workspace: workspace, after: sequence, last: last)
    }

    public func steps(after sequence: Int64) throws -> [StoredStep] {
        try Self.translating(workspace: workspace, connection: connection) {
            try Self.steps(of: workspace, after: sequence, connection: connection, decoder: decoder)
        }
    }

    public var newsDescriptor: Int32? { connection.socket }

    public func takeNews() -> Bool {
        var news = false
        if connection.resetCount != resetsSeen {
            // Notifications sent while the connection was down are lost.
            resetsSeen = connection.resetCount
            news = true
        }
        let own = connection.serverProcess
        for notification in connection.notifications()
        where notification.channel == Self.channel && notification.senderProcess != own {
            if notification.payload.split(separator: "\n", maxSplits: 1).first.map(String.init) == workspace {
                news = true
            }
        }
        return news
    }

    public func close() {
        connection.close()
    }

    // MARK: Reading

    /// The number of the workspace's last step (0: none).
    private func lastSequence() throws -> Int64 {
        try Self.translating(workspace: workspace, connection: connection) {
            let visible = try connection.execute("SELECT 1 FROM malbild.workspaces WHERE name = $1", [workspace])
            guard !visible.isEmpty else { throw PostgresStoreError.noSuchWorkspace(workspace) }
            let rows = try connection.execute(
                "SELECT coalesce(max(seq), 0) FROM malbild.edits WHERE workspace = $1", [workspace])
            return (rows.first?.first ?? nil).flatMap { Int64($0) } ?? 0
        }
    }

    /// The latest snapshot of a workspace with the steps after it applied.
    private static func contents(
        of name: String, connection: PostgresConnection, decoder: JSONDecoder
    ) throws -> StoreContents {
        let rows = try connection.execute(
            "SELECT seq, document FROM malbild.snapshots WHERE workspace = $1 ORDER BY seq DESC LIMIT 1", [name])
        guard let row = rows.first, row.count == 2, let seqText = row[0], let base = Int64(seqText),
              let document = row[1]
        else { throw PostgresStoreError.noSuchWorkspace(name) }
        var workspace: Workspace
        do {
            workspace = try PostgresStepCoding.workspace(of: document, name: name)
        } catch {
            throw PostgresStoreError.unreadable(workspace: name, sequence: base, detail: String(describing: error))
        }
        var sequence = base
        for step in try steps(of: name, after: base, connection: connection, decoder: decoder) {
            for edit in step.edits {
                do {
                    _ = try workspace.apply(edit)
                } catch {
                    throw PostgresStoreError.unreadable(
                        workspace: name, sequence: step.sequence, detail: String(describing: error))
                }
            }
            sequence = step.sequence
        }
        return StoreContents(workspace: workspace, sequence: sequence)
    }

    private static func steps(
        of name: String, after sequence: Int64, connection: PostgresConnection, decoder: JSONDecoder
    ) throws -> [StoredStep] {
        let rows = try connection.execute(
            """
            SELECT seq, username, extract(epoch FROM made)::bigint, edits, inverse
            FROM malbild.edits WHERE workspace = $1 AND seq > $2::bigint ORDER BY seq
            """, [name, String(sequence)])
        return try rows.map { row in
            guard row.count == 5, let seqText = row[0], let number = Int64(seqText) else {
                throw PostgresStoreError.unreadable(workspace: name, sequence: sequence, detail: "a row without its number")
            }
            guard let user = row[1], let timeText = row[2], let seconds = Int64(timeText),
                  let editsText = row[3], let inverseText = row[4]
            else {
                throw PostgresStoreError.unreadable(workspace: name, sequence: number, detail: "a column is empty")
            }
            do throws(JournalLineError) {
                return StoredStep(
                    sequence: number, user: user, time: Date(timeIntervalSince1970: TimeInterval(seconds)),
                    edits: try PostgresStepCoding.edits(of: editsText, decoder: decoder),
                    inverse: try PostgresStepCoding.edits(of: inverseText, decoder: decoder))
            } catch {
                throw PostgresStoreError.unreadable(workspace: name, sequence: number, detail: error.description)
            }
        }
    }

    /// Runs `body`, turning the server's refusals into ``PostgresStoreError/refused(workspace:role:server:)``
    /// and its other errors into ``PostgresStoreError/server(_:)``.
    static func translating<T>(workspace: String, connection: PostgresConnection, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PostgresError where error.isRefusal {
            throw PostgresStoreError.refused(workspace: workspace, role: connection.user, server: error)
        } catch let error as PostgresError {
            throw PostgresStoreError.server(error)
        }
    }
}
