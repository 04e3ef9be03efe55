import CLibPQ
import Glibc

/// The functions of libpq, PostgreSQL's client library, taken from it when the first
/// connection is made.
///
/// The executable does not link libpq: it and the libraries it needs (TLS, Kerberos, LDAP…)
/// are loaded only by a session that uses a PostgreSQL address, so that one on a file starts
/// without them. Each field is one of libpq's functions, with its C signature.
struct LibPQ: @unchecked Sendable {
    /// The library's name as the dynamic loader looks it up.
    static let libraryName = "libpq.so.5"
    /// The Debian package that holds the library.
    static let package = "libpq5"

    let connectdb: @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    let status: @convention(c) (OpaquePointer?) -> ConnStatusType
    let finish: @convention(c) (OpaquePointer?) -> Void
    let reset: @convention(c) (OpaquePointer?) -> Void
    let setNoticeProcessor: @convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?
    let socket: @convention(c) (OpaquePointer?) -> Int32
    let backendPID: @convention(c) (OpaquePointer?) -> Int32
    let user: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let transactionStatus: @convention(c) (OpaquePointer?) -> PGTransactionStatusType
    let errorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let execParams: @convention(c) (
        OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?,
        UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
    ) -> OpaquePointer?
    let resultStatus: @convention(c) (OpaquePointer?) -> ExecStatusType
    let resultErrorField: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    let clear: @convention(c) (OpaquePointer?) -> Void
    let ntuples: @convention(c) (OpaquePointer?) -> Int32
    let nfields: @convention(c) (OpaquePointer?) -> Int32
    let getisnull: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    let consumeInput: @convention(c) (OpaquePointer?) -> Int32
    let notifies: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<PGnotify>?
    let freemem: @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// The library, loaded on the first call and kept for the process's life.
    ///
    /// - Throws: ``PostgresClientMissing`` when the library cannot be loaded or lacks a
    ///   function (then on every call).
    static func shared() throws -> LibPQ {
        try loadedOnce.get()
    }

    private static let loadedOnce: Result<LibPQ, PostgresClientMissing> = Result { try load(libraryName) }
        .mapError { $0 as? PostgresClientMissing ?? PostgresClientMissing(library: libraryName, package: package, detail: "\($0)") }

    /// Loads the library of that name and takes its functions.
    ///
    /// - Throws: ``PostgresClientMissing`` with the loader's words when it cannot.
    static func load(_ name: String) throws -> LibPQ {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            throw missing(name, dlerror().map { String(cString: $0) } ?? "")
        }
        func function<F>(_ symbol: String, as _: F.Type) throws -> F {
            guard let address = dlsym(handle, symbol) else {
                throw missing(name, dlerror().map { String(cString: $0) } ?? symbol)
            }
            return unsafeBitCast(address, to: F.self)
        }
        return LibPQ(
            connectdb: try function("PQconnectdb", as: (@convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?).self),
            status: try function("PQstatus", as: (@convention(c) (OpaquePointer?) -> ConnStatusType).self),
            finish: try function("PQfinish", as: (@convention(c) (OpaquePointer?) -> Void).self),
            reset: try function("PQreset", as: (@convention(c) (OpaquePointer?) -> Void).self),
            setNoticeProcessor: try function("PQsetNoticeProcessor", as: (@convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?).self),
            socket: try function("PQsocket", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            backendPID: try function("PQbackendPID", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            user: try function("PQuser", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
            transactionStatus: try function("PQtransactionStatus", as: (@convention(c) (OpaquePointer?) -> PGTransactionStatusType).self),
            errorMessage: try function("PQerrorMessage", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
            execParams: try function("PQexecParams", as: (@convention(c) (
                OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?,
                UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
            ) -> OpaquePointer?).self),
            resultStatus: try function("PQresultStatus", as: (@convention(c) (OpaquePointer?) -> ExecStatusType).self),
            resultErrorField: try function("PQresultErrorField", as: (@convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?).self),
            clear: try function("PQclear", as: (@convention(c) (OpaquePointer?) -> Void).self),
            ntuples: try function("PQntuples", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            nfields: try function("PQnfields", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            getisnull: try function("PQgetisnull", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> Int32).self),
            getvalue: try function("PQgetvalue", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?).self),
            consumeInput: try function("PQconsumeInput", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            notifies: try function("PQnotifies", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<PGnotify>?).self),
            freemem: try function("PQfreemem", as: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self))
    }

    private static func missing(_ name: String, _ detail: String) -> PostgresClientMissing {
        PostgresClientMissing(library: name, package: package, detail: detail)
    }

    /// The text of an error result's diagnostic field (`PG_DIAG_…`), or nil.
    func field(_ code: Int32, of result: OpaquePointer) -> String? {
        resultErrorField(result, code).map { String(cString: $0) }
    }
}
