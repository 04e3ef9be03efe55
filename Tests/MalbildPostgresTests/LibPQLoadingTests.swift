import Testing
@testable import MalbildPostgres

/// Loading PostgreSQL's client library when the first connection is made.
@Suite struct LibPQLoadingTests {
    @Test func aMissingLibraryNamesItsPackage() {
        #expect {
            _ = try LibPQ.load("libpq-not-installed.so.5")
        } throws: { error in
            guard let missing = error as? PostgresClientMissing else { return false }
            return missing.library == "libpq-not-installed.so.5" && missing.package == "libpq5"
                && missing.detail.contains("libpq-not-installed.so.5")
                && missing.description.contains("install the package libpq5")
        }
    }

    @Test func aLibraryWithoutLibpqsFunctionsIsRefusedByName() {
        // The C library loads, but it has none of libpq's functions.
        #expect {
            _ = try LibPQ.load("libc.so.6")
        } throws: { error in
            guard let missing = error as? PostgresClientMissing else { return false }
            return missing.detail.contains("PQconnectdb")
        }
    }

    @Test func theInstalledLibraryLoadsAndAnswers() throws {
        let pq = try LibPQ.shared()
        // A connection string libpq cannot parse: libpq itself says what is wrong with it.
        let connection = pq.connectdb("not a connection string")
        defer { pq.finish(connection) }
        let message = pq.errorMessage(connection).map { String(cString: $0) } ?? ""
        #expect(message.contains("missing \"=\""), "\(message)")
    }
}
