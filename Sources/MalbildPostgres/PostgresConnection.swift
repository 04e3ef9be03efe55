import CLibPQ
import Foundation
import MalbildStore

/// One connection to a PostgreSQL server through libpq.
///
/// Statements take their values as text parameters (`$1`, `$2`…), never spliced into the SQL.
/// A connection that is lost is reset once before a statement; when the server still cannot
/// be reached the statement throws ``StoreUnavailable``. Errors the server reports for a
/// statement are ``PostgresError``s. Not for use from two threads at once.
public final class PostgresConnection {
    /// A notification received on a channel this connection listens on.
    public struct Notification: Equatable, Sendable {
        /// The channel.
        public var channel: String
        /// The text sent with it.
        public var payload: String
        /// The server process of the connection that sent it.
        public var senderProcess: Int32
    }

    private var connection: OpaquePointer?
    /// libpq's functions.
    private let pq: LibPQ
    /// Channels listened on, listened on again after a reset.
    private var channels: [String] = []
    /// Notifications taken in while statements ran, not yet handed out.
    private var received: [Notification] = []
    /// Whether ``transaction(_:)`` is running its body: a lost connection is then not reset
    /// (the statements after it would run outside the transaction).
    private var inTransactionBody = false
    /// How many times the connection was made again after it was lost.
    public private(set) var resetCount = 0

    /// Connects with a libpq connection string or URI (`postgresql://…`, `host=… dbname=…`,
    /// or empty for libpq's defaults from the environment).
    ///
    /// - Throws: ``PostgresClientMissing`` when libpq cannot be loaded (loaded here, on the
    ///   first connection); ``StoreUnavailable`` with libpq's message when no connection can
    ///   be made (no server, refused, authentication failed).
    public init(_ conninfo: String) throws {
        let pq = try LibPQ.shared()
        self.pq = pq
        guard let connection = pq.connectdb(conninfo) else {
            throw StoreUnavailable(detail: "libpq could not allocate a connection")
        }
        self.connection = connection
        guard pq.status(connection) == CONNECTION_OK else {
            let detail = Self.clientMessage(connection, pq)
            pq.finish(connection)
            self.connection = nil
            throw StoreUnavailable(detail: detail)
        }
        // Notices (such as "relation already exists, skipping") are not for the terminal.
        _ = pq.setNoticeProcessor(connection, { _, _ in }, nil)
    }

    deinit {
        close()
    }

    /// Closes the connection; statements after this throw ``StoreUnavailable``.
    public func close() {
        if let connection { pq.finish(connection) }
        connection = nil
    }

    /// Whether the connection is open and not known to be lost.
    public var isConnected: Bool {
        guard let connection else { return false }
        return pq.status(connection) == CONNECTION_OK
    }

    /// The descriptor of the connection's socket (readable when the server sent something,
    /// such as a notification); nil when closed. It changes after a reset.
    public var socket: Int32? {
        guard let connection else { return nil }
        let descriptor = pq.socket(connection)
        return descriptor >= 0 ? descriptor : nil
    }

    /// The server process serving this connection.
    public var serverProcess: Int32 {
        guard let connection else { return 0 }
        return pq.backendPID(connection)
    }

    /// The role the connection runs as (`current_user`).
    public var user: String {
        guard let connection, let name = pq.user(connection) else { return "" }
        return String(cString: name)
    }

    /// Whether a transaction is open on the connection.
    public var inTransaction: Bool {
        guard let connection else { return false }
        let status = pq.transactionStatus(connection)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    /// Runs one statement with text parameters (nil is SQL NULL) and returns its rows, each
    /// column as text or nil for NULL. A statement without rows returns none.
    ///
    /// - Throws: ``PostgresError`` when the server refuses or fails the statement;
    ///   ``StoreUnavailable`` when the server cannot be reached.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        let connection = try usableConnection()
        let result = withParameters(parameters) { values in
            pq.execParams(connection, sql, Int32(values.count), nil, values, nil, nil, 0)
        }
        defer { pq.clear(result) }
        takeNotifications()
        guard let result else {
            throw StoreUnavailable(detail: Self.clientMessage(connection, pq))
        }
        switch pq.resultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return []
        case PGRES_TUPLES_OK:
            return rows(of: result)
        default:
            if pq.status(connection) != CONNECTION_OK {
                throw StoreUnavailable(detail: Self.clientMessage(connection, pq))
            }
            guard let state = pq.field(malbild_pg_diag_sqlstate, of: result) else {
                throw StoreUnavailable(detail: Self.clientMessage(connection, pq))
            }
            throw PostgresError(
                sqlState: state,
                message: pq.field(malbild_pg_diag_message_primary, of: result) ?? Self.clientMessage(connection, pq),
                detail: pq.field(malbild_pg_diag_message_detail, of: result),
                constraint: pq.field(malbild_pg_diag_constraint_name, of: result))
        }
    }

    /// Runs `body` inside `BEGIN` … `COMMIT`; rolls back when it throws. When the connection
    /// is lost before the commit is answered, ``StoreUnavailable`` is thrown (the outcome is
    /// then for the caller to find out).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        inTransactionBody = true
        do {
            let value = try body()
            inTransactionBody = false
            try execute("COMMIT")
            return value
        } catch {
            inTransactionBody = false
            if isConnected { _ = try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Listens on a channel (again after each reset).
    public func listen(_ channel: String) throws {
        try execute("LISTEN " + Self.quotedIdentifier(channel))
        if !channels.contains(channel) { channels.append(channel) }
    }

    /// Reads what the server sent without waiting (`PQconsumeInput`) and returns the
    /// notifications received since the last call, oldest first. A lost connection gives none.
    public func notifications() -> [Notification] {
        if let connection, pq.status(connection) == CONNECTION_OK {
            _ = pq.consumeInput(connection)
        }
        takeNotifications()
        let taken = received
        received = []
        return taken
    }

    /// Connects again after the connection was lost, and listens again.
    ///
    /// - Throws: ``StoreUnavailable`` when the server still cannot be reached.
    public func reset() throws {
        guard let connection else { throw StoreUnavailable(detail: "the connection is closed") }
        pq.reset(connection)
        resetCount += 1
        guard pq.status(connection) == CONNECTION_OK else {
            throw StoreUnavailable(detail: Self.clientMessage(connection, pq))
        }
        _ = pq.setNoticeProcessor(connection, { _, _ in }, nil)
        for channel in channels {
            try execute("LISTEN " + Self.quotedIdentifier(channel))
        }
    }

    /// The connection, reset first when it was lost.
    private func usableConnection() throws -> OpaquePointer {
        guard let connection else { throw StoreUnavailable(detail: "the connection is closed") }
        if pq.status(connection) != CONNECTION_OK {
            if inTransactionBody { throw StoreUnavailable(detail: Self.clientMessage(connection, pq)) }
            try reset()
        }
        return connection
    }

    private func takeNotifications() {
        guard let connection else { return }
        while let notify = pq.notifies(connection) {
            let note = notify.pointee
            received.append(Notification(
                channel: note.relname.map { String(cString: $0) } ?? "",
                payload: note.extra.map { String(cString: $0) } ?? "",
                senderProcess: note.be_pid))
            pq.freemem(notify)
        }
    }

    /// A name quoted as an SQL identifier (`"…"`, inner quotes doubled).
    public static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func clientMessage(_ connection: OpaquePointer, _ pq: LibPQ) -> String {
        guard let message = pq.errorMessage(connection) else { return "" }
        // libpq breaks its text into lines indented with tabs; a message shows it as one line.
        return String(cString: message).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func rows(of result: OpaquePointer) -> [[String?]] {
        let rowCount = pq.ntuples(result)
        let columnCount = pq.nfields(result)
        var rows: [[String?]] = []
        rows.reserveCapacity(Int(rowCount))
        for row in 0..<rowCount {
            var values: [String?] = []
            values.reserveCapacity(Int(columnCount))
            for column in 0..<columnCount {
                if pq.getisnull(result, row, column) != 0 {
                    values.append(nil)
                } else if let value = pq.getvalue(result, row, column) {
                    values.append(String(cString: value))
                } else {
                    values.append(nil)
                }
            }
            rows.append(values)
        }
        return rows
    }

    /// Calls `body` with the parameters as C strings that live for the call.
    private func withParameters<T>(_ parameters: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let owned: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.flatMap { strdup($0) } }
        defer { owned.forEach { free($0) } }
        return body(owned.map { $0.map { UnsafePointer($0) } })
    }
}
