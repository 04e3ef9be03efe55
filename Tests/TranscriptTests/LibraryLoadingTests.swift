import Foundation
import Testing

/// Which shared libraries the binary loads, as the dynamic loader reports them
/// (`LD_DEBUG=files`): PostgreSQL's client library and what it needs are loaded only when a
/// store address is used, and libedit only when lines are edited at a terminal, so that a
/// session on a file, or from a pipe, starts without them.
@Suite struct LibraryLoadingTests {
    /// Runs the binary with the loader reporting each library it loads; standard output and
    /// error (where the loader writes) together.
    private func runReportingLibraries(_ arguments: [String], input: String, in folder: URL) throws -> Malbild.Result {
        try Malbild.run(arguments, in: folder, input: input, timeout: 120, adding: ["LD_DEBUG": "files"])
    }

    @Test func aSessionOnAFileLoadsNoPostgresClient() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        let result = try runReportingLibraries(["--batch", "ws.json"], input: "goals\ngoal 6\nquit\n", in: work.url)
        #expect(result.status == 0, "\(result.output)")
        // The loader did report: the C library is among what it loaded.
        #expect(result.output.contains("file=libc.so.6"), "\(result.output)")
        #expect(!result.output.contains("libpq"), "\(result.output)")
        #expect(!result.output.contains("libssl"), "\(result.output)")
        #expect(!result.output.contains("libgssapi"), "\(result.output)")
    }

    @Test func aSessionWithoutATerminalLoadsNoLineEditing() throws {
        let work = try TemporaryFolder()
        for arguments in [["--batch", "--demo"], ["--demo"]] {
            let result = try runReportingLibraries(arguments, input: "goals\nquit\n", in: work.url)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("file=libc.so.6"), "\(result.output)")
            #expect(!result.output.contains("libedit"), "\(arguments): \(result.output)")
            #expect(!result.output.contains("libtinfo"), "\(arguments): \(result.output)")
        }
    }

    @Test func aStoreAddressLoadsThePostgresClientWhenUsed() throws {
        let work = try TemporaryFolder()
        // A server socket folder that does not exist: libpq is loaded, then cannot connect.
        let address = "postgresql:///malbild?host=\(work.url.path)/no-server&workspace=ks"
        let result = try runReportingLibraries(["--batch", address], input: "quit\n", in: work.url)
        #expect(result.status == 2, "\(result.output)")
        #expect(result.output.contains("file=libpq.so.5 [0];  dynamically loaded by"), "\(result.output)")
        #expect(result.output.contains("malbild: could not connect to the server:"), "\(result.output)")
    }
}
