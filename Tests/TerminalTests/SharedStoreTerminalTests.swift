import Foundation
import PostgresTestSupport
import Testing

/// Several groups on one PostgreSQL store, through the real binary: two terminals hold a
/// dialogue session on one workspace and each sees the other's changes between prompts; a
/// role that may only read is refused by the server; the council's report rolls up two
/// committees' goals; push and pull move a workspace between a file and the store; sessions
/// racing for the same workspace all end on one state; a session whose server stops goes on
/// read-only and comes back.
/// Runs `malbild` with `arguments` and `input` on standard input to its end.
func runMalbild(_ arguments: [String], input: String = "", home: URL) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = try MalbildProcess.executable()
    process.arguments = arguments
    process.currentDirectoryURL = home
    process.environment = [
        "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
        "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "MALBILD_LANG": "en",
    ]
    let output = home.appendingPathComponent("out-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    let writer = try FileHandle(forWritingTo: output)
    process.standardOutput = writer
    process.standardError = writer
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    try writer.close()
    return (try String(contentsOf: output, encoding: .utf8), process.terminationStatus)
}

@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL's server is not installed (scripts/setup installs it)"))
struct SharedStoreTerminalTests {
    /// A store with the tables made, a council workspace `ks`, and login roles with rights on it.
    struct Store {
        let cluster: PostgresCluster
        let database: String
        let home: URL

        init() throws {
            cluster = try PostgresCluster.shared.get()
            database = try cluster.makeDatabase()
            home = FileManager.default.temporaryDirectory.appendingPathComponent("shared-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let made = try runMalbild(["store", "init", address("ks")], home: home)
            try #require(made.status == 0, "\(made.output)")
        }

        func address(_ workspace: String, user: String = "postgres") -> String {
            cluster.address(database: database, workspace: workspace, user: user)
        }

        /// A new login role with an access to a workspace, granted through the binary.
        func role(_ stem: String, _ access: String, on workspace: String = "ks") throws -> String {
            let role = try cluster.makeRole(stem)
            let granted = try runMalbild(["store", "grant", address(workspace), role, access], home: home)
            try #require(granted.status == 0, "\(granted.output)")
            return role
        }

        func remove() {
            try? FileManager.default.removeItem(at: home)
        }
    }

    @Test func twoTerminalsOnOneWorkspaceSeeEachOthersChangesAndAReaderCannotWrite() throws {
        try #require(TmuxScreen.isAvailable, "tmux is not installed (scripts/setup installs it)")
        let store = try Store()
        defer { store.remove() }
        let anna = try store.role("anna", "write")
        let bo = try store.role("bo", "write")
        let cecilia = try store.role("cecilia", "read")

        let first = try TmuxScreen([store.address("ks", user: anna), "--user", "anna"], columns: 100, rows: 20)
        let second = try TmuxScreen([store.address("ks", user: bo), "--user", "bo"], columns: 100, rows: 20)
        try first.waitForLastLine("ks>")
        try second.waitForLastLine("ks>")

        try first.type("goal add \"God utbildning för alla\" --kind steering")
        try first.press("Enter")
        try first.waitUntil { $0.contains { $0.hasPrefix("Added goal 1") } }
        // Bo is idle at his prompt: the news comes to him there.
        try second.waitUntil { $0.contains { $0.hasPrefix("goal 1: added goal 1") && $0.contains(" by anna, ") } }

        try second.type("set goal 1 ambition \"Alla elever når kunskapsmålen i årskurs 9\"")
        try second.press("Enter")
        try first.waitUntil { $0.contains { $0.hasPrefix("goal 1: ") && $0.contains("ambition") && $0.contains(" by bo, ") } }
        try first.type("goal 1")
        try first.press("Enter")
        try first.waitUntil { $0.contains("  Alla elever når kunskapsmålen i årskurs 9") }
        // Nothing is unsaved in a store that keeps each change: no star in the prompt.
        #expect(try first.screen().last?.hasPrefix("ks mål 1>") == true)

        // Cecilia may read the workspace but not change it, and the refusal is the server's.
        let refused = try runMalbild([store.address("ks", user: cecilia), "--user", "cecilia"],
                              input: "goal 1\nset goal 1 title \"Annan titel\"\n", home: store.home)
        #expect(refused.output.contains("Alla elever når kunskapsmålen i årskurs 9"), "\(refused.output)")
        #expect(refused.output.contains("warning: the role \(cecilia) may read the workspace ks but not change it"), "\(refused.output)")
        #expect(try !first.screen().contains { $0.contains("may read the workspace") })
        #expect(refused.output.contains("the role \(cecilia) may not do this in the workspace ks (the server refused it: "), "\(refused.output)")
        #expect(refused.status == 1)
        // A change that asks first is refused before the question, not after the answer.
        let removal = try runMalbild([store.address("ks", user: cecilia), "--user", "cecilia"], input: "goal remove 1\n", home: store.home)
        #expect(removal.output.contains("the change was not made: the role \(cecilia) may read the workspace ks but not change it"), "\(removal.output)")
        #expect(!removal.output.contains("the server refused it"), "\(removal.output)")
        let after = try runMalbild([store.address("ks"), "--user", "check"], input: "goal 1\nlog\n", home: store.home)
        #expect(after.output.contains("Mål 1. God utbildning för alla"), "\(after.output)")
        #expect(!after.output.contains("Annan titel"))
    }

    @Test func theCouncilsReportRollsUpTwoCommitteesGoalsFromTheStore() throws {
        let store = try Store()
        defer { store.remove() }
        let council = try runMalbild([store.address("ks")], input: """
            goal add "God utbildning för alla" --kind steering
            goal add "Fler i arbete" --kind steering
            """, home: store.home)
        try #require(council.status == 0, "\(council.output)")
        for (name, owner, grade) in [("bun", "Barn- och utbildningsnämnden", "uppfylls"), ("son", "Socialnämnden", "uppfylls delvis")] {
            try #require(try runMalbild(["store", "init", store.address(name)], home: store.home).status == 0)
            let committee = try runMalbild([store.address(name)], input: """
                goal add "Behöriga lärare i \(name)" --kind steering --owner "\(owner)"
                set parent ks:1
                forecast set "\(grade)" "Enligt nämndens uppföljning"
                """, home: store.home)
            try #require(committee.status == 0, "\(committee.output)")
        }
        let report = try runMalbild(["report", store.address("ks"), "--checkpoint", "delår1", "--format", "md"], home: store.home)
        try #require(report.status == 0, "\(report.output)")
        #expect(report.output.contains("### Mål 1.1. Behöriga lärare i bun"), "\(report.output)")
        #expect(report.output.contains("**Ansvarig:** Barn- och utbildningsnämnden  \n**Från:** mål 1 i arbetsytan bun"))
        #expect(report.output.contains("### Mål 1.2. Behöriga lärare i son"))
        #expect(report.output.contains("**Från:** mål 1 i arbetsytan son"))
        #expect(report.output.contains("**Träffbild för målen under (1.1, 1.2):** ● uppfylls 1, ◐ uppfylls delvis 1"), "\(report.output)")
        // The card of the council's goal shows them too, with their owners.
        let card = try runMalbild([store.address("ks")], input: "goal 1\n", home: store.home)
        #expect(card.output.contains("1.1 bun:1 Behöriga lärare i bun (Barn- och utbildningsnämnden)"), "\(card.output)")
        #expect(card.output.contains("1.2 son:1 Behöriga lärare i son (Socialnämnden)"))
    }

    @Test func pushAndPullMoveAWorkspaceWithItsLogAndNeverWriteOverAFile() throws {
        let store = try Store()
        defer { store.remove() }
        let made = try runMalbild(["--demo"], input: "set goal 6 owner \"Kommunstyrelsen\"\nsave vaggeryd.json\n", home: store.home)
        try #require(made.status == 0, "\(made.output)")
        let pushed = try runMalbild(["push", "vaggeryd.json", store.address("vaggeryd")], home: store.home)
        #expect(pushed.status == 0, "\(pushed.output)")
        #expect(pushed.output.contains("Pushed vaggeryd.json to the workspace vaggeryd"))
        // Pushed under another name, the workspace takes the store's name, and says so.
        let renamed = try runMalbild(["push", "vaggeryd.json", store.address("ks2019")], home: store.home)
        #expect(renamed.output.contains("The workspace was named vaggeryd in the file; in the store it is named ks2019"), "\(renamed.output)")
        try #require(try runMalbild(["pull", store.address("ks2019"), "ks2019.json"], home: store.home).status == 0)
        let named = try String(contentsOf: store.home.appendingPathComponent("ks2019.json"), encoding: .utf8)
        #expect(named.contains("\"name\" : \"ks2019\""), "\(named.prefix(400))")
        let again = try runMalbild(["push", "vaggeryd.json", store.address("vaggeryd")], home: store.home)
        #expect(again.status == 2 && again.output.contains("a workspace vaggeryd exists already"), "\(again.output)")

        let pulled = try runMalbild(["pull", store.address("vaggeryd"), "back.json"], home: store.home)
        #expect(pulled.status == 0, "\(pulled.output)")
        let compared = try runMalbild(["diff", "vaggeryd.json", "back.json"], home: store.home)
        #expect(compared.status == 0)
        let original = try Data(contentsOf: store.home.appendingPathComponent("vaggeryd.json"))
        let back = try Data(contentsOf: store.home.appendingPathComponent("back.json"))
        #expect(back == original, "\(compared.output)")

        let kept = try String(contentsOf: store.home.appendingPathComponent("back.json"), encoding: .utf8)
        let refused = try runMalbild(["pull", store.address("vaggeryd"), "back.json"], home: store.home)
        #expect(refused.status == 2 && refused.output.contains("back.json exists already and is not written over"))
        #expect(try String(contentsOf: store.home.appendingPathComponent("back.json"), encoding: .utf8) == kept)
    }

    @Test func sessionsRacingOnOneWorkspaceAllEndOnOneState() throws {
        let store = try Store()
        defer { store.remove() }
        let goals = (1...4).map { "goal add \"Mål \($0)\" --kind steering" }.joined(separator: "\n")
        try #require(try runMalbild([store.address("ks")], input: goals, home: store.home).status == 0)
        let steps = 25
        let results = try (1...4).map { n -> Process in
            let process = Process()
            process.executableURL = try MalbildProcess.executable()
            process.arguments = [store.address("ks"), "--user", "grupp\(n)"]
            process.currentDirectoryURL = store.home
            process.environment = ["HOME": store.home.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let script = (1...steps).map { "set goal \(n) ambition \"Steg \($0) av grupp \(n)\"" }.joined(separator: "\n") + "\n"
            input.fileHandleForWriting.write(Data(script.utf8))
            try input.fileHandleForWriting.close()
            return process
        }
        for process in results { process.waitUntilExit() }
        #expect(results.allSatisfy { $0.terminationStatus == 0 })
        let state = try runMalbild([store.address("ks")], input: "log\n" + (1...4).map { "goal \($0)" }.joined(separator: "\n"), home: store.home)
        for n in 1...4 {
            #expect(state.output.contains("Steg \(steps) av grupp \(n)"), "\(state.output.suffix(2000))")
            #expect(state.output.components(separatedBy: " grupp\(n) set the ambition level of goal \(n)").count - 1 == steps)
        }
    }

    @Test func aSessionWhoseServerStopsGoesOnReadOnlyAndComesBack() throws {
        try #require(TmuxScreen.isAvailable, "tmux is not installed (scripts/setup installs it)")
        let cluster = try PostgresCluster.start()
        defer { cluster.remove() }
        let database = try cluster.makeDatabase()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("outage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let address = cluster.address(database: database, workspace: "ks")
        try #require(try runMalbild(["store", "init", address], home: home).status == 0)
        try #require(try runMalbild([address], input: "goal add \"God utbildning\" --kind steering\n", home: home).status == 0)

        let screen = try TmuxScreen([address], columns: 100, rows: 20)
        try screen.waitForLastLine("ks>")
        try cluster.stopServer()
        try screen.type("set goal 1 title \"Ny titel\"")
        try screen.press("Enter")
        // The message wraps at the window's width: read the screen as one text.
        try screen.waitUntil { $0.joined(separator: " ").contains("the change was not made: the session is read-only while") }
        try cluster.startServer()
        try screen.type("set goal 1 title \"Ny titel\"")
        try screen.press("Enter")
        try screen.waitUntil { $0.joined(separator: " ").contains("answers again: changes can be made.") }
        try screen.waitUntil { $0.contains("Goal 1 title: Ny titel") }
        let state = try runMalbild([address], input: "goal 1\n", home: home)
        #expect(state.output.contains("Mål 1. Ny titel"), "\(state.output)")
    }

    @Test func aTextWrittenWithEditThatLosesTheRaceIsKeptForTheNextEdit() throws {
        try #require(TmuxScreen.isAvailable, "tmux is not installed (scripts/setup installs it)")
        let store = try Store()
        defer { store.remove() }
        try #require(try runMalbild([store.address("ks")], input: "goal add \"God utbildning\" --kind steering\nset ambition \"Alla elever\"\n", home: store.home).status == 0)
        let screen = try TmuxScreen([store.address("ks"), "--user", "anna"], columns: 100, rows: 20)
        try screen.waitForLastLine("ks>")
        try screen.type("goal 1")
        try screen.press("Enter")
        try screen.waitForLastLine("ks mål 1>")
        try screen.type("edit ambition")
        try screen.press("Enter")
        try screen.waitUntil { $0.last?.hasSuffix("Alla elever") == true }
        try screen.type(" når kunskapsmålen i årskurs 9")
        // Bo changes the same text while Anna writes hers.
        try #require(try runMalbild([store.address("ks"), "--user", "bo"], input: "set goal 1 ambition \"Bos text\"\n", home: store.home).status == 0)
        try screen.press("Enter")
        try screen.waitUntil { $0.joined(separator: " ").contains("Your text is kept: edit ambition starts from it.") }
        try screen.waitForLastLine("ks mål 1>")
        try screen.type("edit ambition")
        try screen.press("Enter")
        try screen.waitUntil { $0.last?.hasSuffix("Alla elever når kunskapsmålen i årskurs 9") == true }
        try screen.press("Enter")
        try screen.waitUntil { $0.contains { $0.hasPrefix("Goal 1: ambition level set") } }
        let state = try runMalbild([store.address("ks")], input: "goal 1\n", home: store.home)
        #expect(state.output.contains("  Alla elever når kunskapsmålen i årskurs 9"), "\(state.output)")
    }
}