import Foundation
import PostgresTestSupport
@testable import MalbildPostgres
import MalbildCore
import MalbildStore
import Testing

@Suite(.enabled(if: PostgresCluster.isInstalled, Comment(rawValue: postgresMissing)))
struct PostgresStoreTests {
    @Test func aPushedWorkspaceLoadsBackEqualWithItsLog() throws {
        let cluster = try sharedCluster()
        let database = try cluster.makeDatabase()
        let connection = try cluster.connect(database: database)
        defer { connection.close() }
        try PostgresSchema.install(on: connection)
        var workspace = Workspace.demo
        _ = try ambitionStep(&workspace, goal: 6, text: "Ökad digitalisering, med å, ä och ö", user: "anna")
        _ = try ambitionStep(&workspace, goal: 2, text: "Fler i arbete", user: "bertil")
        #expect(workspace.log.count >= 2)
        try PostgresStore.create(workspace, named: "barn och utbildning", on: connection)
        #expect(throws: PostgresStoreError.workspaceExists("barn och utbildning")) {
            try PostgresStore.create(Workspace.demo, named: "barn och utbildning", on: connection)
        }
        try PostgresStore.create(Workspace.demo, named: "ks", on: connection)
        #expect(try PostgresStore.workspaces(on: connection) == ["barn och utbildning", "ks"])

        let address = try PostgresAddress(cluster.address(database: database, workspace: "barn%20och%20utbildning"))
        let store = try PostgresStore(address: address)
        defer { store.close() }
        let contents = try store.load()
        #expect(contents.sequence == 0)
        #expect(contents.workspace == workspace)
        #expect(try store.load(workspace: "ks").workspace == Workspace.demo)
        #expect(throws: PostgresStoreError.noSuchWorkspace("kf")) { try store.load(workspace: "kf") }
    }

    @Test func twoStoresOnOneWorkspaceSeeEachOthersSteps() throws {
        let cluster = try sharedCluster()
        let (_, address) = try demoStore(cluster)
        let anna = try PostgresStore(address: address)
        let bertil = try PostgresStore(address: address)
        defer { anna.close(); bertil.close() }
        var annas = try anna.load()
        var bertils = try bertil.load()
        #expect(annas.sequence == 0 && bertils.sequence == 0)

        let first = try ambitionStep(&annas.workspace, goal: 6, text: "Anna skrev", user: "anna")
        annas.sequence = try anna.append(first, after: annas.sequence)
        #expect(annas.sequence == 1)

        // Bertil catches up before his command, then makes his step on the new state.
        let news = try bertil.steps(after: bertils.sequence)
        #expect(news.map(\.sequence) == [1])
        #expect(news.first?.edits == first.edits && news.first?.inverse == first.inverse)
        #expect(news.first?.user == "anna" && news.first?.time == first.time)
        try catchUp(&bertils.workspace, with: news)
        bertils.sequence = 1
        let second = try ambitionStep(&bertils.workspace, goal: 2, text: "Bertil skrev", user: "bertil")
        bertils.sequence = try bertil.append(second, after: bertils.sequence)
        #expect(bertils.sequence == 2)

        try catchUp(&annas.workspace, with: try anna.steps(after: annas.sequence))
        #expect(annas.workspace == bertils.workspace)
        #expect(try anna.load().workspace == bertils.workspace)
        #expect(try anna.load().sequence == 2)
    }

    @Test func theLoserOfARaceGetsTheWinnersStepAndNothingOfItsOwnIsKept() throws {
        let cluster = try sharedCluster()
        let (_, address) = try demoStore(cluster)
        let anna = try PostgresStore(address: address)
        let bertil = try PostgresStore(address: address)
        defer { anna.close(); bertil.close() }
        var annas = try anna.load().workspace
        var bertils = try bertil.load().workspace
        let annasStep = try ambitionStep(&annas, text: "Anna först", user: "anna")
        let bertilsStep = try ambitionStep(&bertils, text: "Bertil sedan", user: "bertil")
        #expect(try anna.append(annasStep, after: 0) == 1)
        do {
            _ = try bertil.append(bertilsStep, after: 0)
            Issue.record("the second step after 0 was appended")
        } catch let conflict as StoreConflict {
            #expect(conflict.steps.map(\.sequence) == [1])
            #expect(conflict.steps.first?.edits == annasStep.edits)
            #expect(conflict.steps.first?.user == "anna")
        }
        let contents = try bertil.load()
        #expect(contents.sequence == 1)
        #expect(contents.workspace == annas)
        #expect(contents.workspace.goal(6)?.ambition == "Anna först")
    }

    @Test func aStepAfterOneTheStoreHasNotIsRefusedAndLeavesNoGap() throws {
        let cluster = try sharedCluster()
        let (database, address) = try demoStore(cluster)
        let store = try PostgresStore(address: address)
        defer { store.close() }
        var local = Workspace.demo
        #expect(try store.append(try ambitionStep(&local, text: "Ett", user: "anna"), after: 0) == 1)
        var ahead = local
        #expect(throws: PostgresStoreError.beyondLastStep(workspace: "ks", after: 5, last: 1)) {
            try store.append(try ambitionStep(&ahead, text: "Sex", user: "anna"), after: 5)
        }
        let missing = try PostgresStore(address: try PostgresAddress(cluster.address(database: database, workspace: "kf")))
        defer { missing.close() }
        #expect(throws: PostgresStoreError.noSuchWorkspace("kf")) {
            try missing.append(try ambitionStep(&ahead, text: "Inget", user: "anna"), after: 0)
        }
        #expect(try store.load().sequence == 1)
    }

    @Test func twoStepsInsertedAtOnceForOneNumberLetExactlyOneWin() throws {
        let cluster = try sharedCluster()
        let (database, address) = try demoStore(cluster)
        // A writer holding number 1 in an open transaction: the store's insert of number 1
        // waits for it and, when it commits, fails on the key (the race at the server).
        let holder = try cluster.connect(database: database)
        defer { holder.close() }
        var holders = Workspace.demo
        let held = try ambitionStep(&holders, text: "Hållen", user: "cecilia")
        let encoder = StoreCoding.makeEncoder(pretty: false)
        try holder.execute("BEGIN")
        try holder.execute(
            "INSERT INTO malbild.edits (workspace, seq, username, made, edits, inverse) VALUES ('ks', 1, 'cecilia', now(), $1, $2)",
            [try PostgresStepCoding.text(of: held.edits, encoder: encoder), try PostgresStepCoding.text(of: held.inverse, encoder: encoder)])

        let outcome = RaceOutcome()
        let racer = Thread {
            do {
                let store = try PostgresStore(address: address)
                defer { store.close() }
                var workspace = Workspace.demo
                let step = try ambitionStep(&workspace, text: "Racer", user: "david")
                outcome.set(.success(try store.append(step, after: 0)))
            } catch {
                outcome.set(.failure(error))
            }
        }
        racer.start()
        // Wait until the racer's insert is waiting on the holder's lock.
        let watcher = try cluster.connect(database: database)
        defer { watcher.close() }
        let deadline = Date().addingTimeInterval(20)
        while try watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = $1", [database]) == [["0"]] {
            #expect(Date() < deadline)
            if Date() > deadline { break }
            usleep(20_000)
        }
        try holder.execute("COMMIT")
        let result = outcome.wait()
        switch result {
        case .success(let number):
            Issue.record("both steps got a number; the racer's was \(number)")
        case .failure(let error as StoreConflict):
            #expect(error.steps.map(\.sequence) == [1])
            #expect(error.steps.first?.user == "cecilia")
        case .failure(let error):
            Issue.record("the racer failed otherwise: \(error)")
        }
        let store = try PostgresStore(address: address)
        defer { store.close() }
        #expect(try store.load().workspace == holders)
        #expect(try holder.execute("SELECT count(*) FROM malbild.edits") == [["1"]])
    }

    @Test func othersStepsMakeTheNewsDescriptorReadable() throws {
        let cluster = try sharedCluster()
        let (database, address) = try demoStore(cluster)
        let owner = try cluster.connect(database: database)
        defer { owner.close() }
        try PostgresStore.create(Workspace.demo, named: "bun", on: owner)
        let elsewhere = try PostgresAddress(cluster.address(database: database, workspace: "bun"))
        let anna = try PostgresStore(address: address)
        let bertil = try PostgresStore(address: address)
        let other = try PostgresStore(address: elsewhere)
        defer { anna.close(); bertil.close(); other.close() }
        let descriptor = try #require(bertil.newsDescriptor)
        #expect(!bertil.takeNews())
        #expect(!readable(descriptor, within: 50))

        var workspace = Workspace.demo
        _ = try anna.append(try ambitionStep(&workspace, text: "Nytt", user: "anna"), after: 0)
        #expect(readable(descriptor, within: 5_000))
        #expect(bertil.takeNews())
        #expect(!bertil.takeNews())
        // Her own step is no news to Anna.
        #expect(!anna.takeNews())
        // A step in another workspace of the same database is no news either.
        _ = try other.append(try ambitionStep(&workspace, text: "Annat", user: "anna"), after: 0)
        #expect(!bertil.takeNews())
    }

    @Test func aSnapshotIsWrittenEveryIntervalAndTheLoadEqualsTheReplay() throws {
        let cluster = try sharedCluster()
        let (database, address) = try demoStore(cluster)
        let store = try PostgresStore(address: address)
        defer { store.close() }
        store.snapshotInterval = 5
        var local = Workspace.demo
        for index in 1...12 {
            let step = try ambitionStep(&local, goal: GoalNumber(index % 3 + 1), text: "Version \(index)", user: "anna",
                                        seconds: 1_700_000_000 + index)
            #expect(try store.append(step, after: Int64(index - 1)) == Int64(index))
        }
        let connection = try cluster.connect(database: database)
        defer { connection.close() }
        #expect(try connection.execute("SELECT seq FROM malbild.snapshots ORDER BY seq") == [["0"], ["5"], ["10"]])
        let snapshot = try #require(try connection.execute("SELECT document FROM malbild.snapshots WHERE seq = 10").first?.first ?? nil)
        var atTen = Workspace.demo
        try catchUp(&atTen, with: try store.steps(after: 0).filter { $0.sequence <= 10 })
        #expect(try PostgresStepCoding.workspace(of: snapshot, name: "ks") == atTen)
        let contents = try PostgresStore(address: address).load()
        #expect(contents.sequence == 12)
        #expect(contents.workspace == local)
    }

    @Test func aClientKilledInsideAStepLeavesNothingOfIt() throws {
        let cluster = try sharedCluster()
        let (database, address) = try demoStore(cluster)
        let store = try PostgresStore(address: address)
        defer { store.close() }
        var local = Workspace.demo
        #expect(try store.append(try ambitionStep(&local, text: "Före", user: "anna"), after: 0) == 1)

        // A client (psql) that has inserted step 2 and a snapshot in its transaction, killed
        // before it commits.
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        psql.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", cluster.conninfo(database: database) + " application_name=killed"]
        let input = Pipe()
        psql.standardInput = input
        psql.standardOutput = FileHandle.nullDevice
        psql.standardError = FileHandle.nullDevice
        try psql.run()
        let script = """
            BEGIN;
            INSERT INTO malbild.edits (workspace, seq, username, made, edits, inverse) VALUES ('ks', 2, 'död', now(), '', '');
            INSERT INTO malbild.snapshots VALUES ('ks', 2, 'halv');

            """
        input.fileHandleForWriting.write(Data(script.utf8))
        let watcher = try cluster.connect(database: database)
        defer { watcher.close() }
        let deadline = Date().addingTimeInterval(20)
        while try watcher.execute(
            """
            SELECT count(*) FROM pg_stat_activity
            WHERE application_name = 'killed' AND state = 'idle in transaction' AND query LIKE 'INSERT INTO malbild.snapshots%'
            """) == [["0"]] {
            if Date() > deadline { Issue.record("psql did not get to its step"); break }
            usleep(20_000)
        }
        kill(psql.processIdentifier, SIGKILL)
        psql.waitUntilExit()

        // The server rolls the step back when the client is gone; the number is free again.
        let contents = try store.load()
        #expect(contents.sequence == 1)
        #expect(contents.workspace == local)
        #expect(try store.append(try ambitionStep(&local, text: "Efter", user: "anna"), after: 1) == 2)
        #expect(try watcher.execute("SELECT count(*) FROM malbild.snapshots WHERE seq = 2") == [["0"]])
        #expect(try store.load().workspace == local)
    }

    @Test func aStoppedServerMakesAppendsUnavailableUntilItIsBack() throws {
        let cluster = try PostgresCluster.start()
        let (_, address) = try demoStore(cluster)
        let store = try PostgresStore(address: address)
        defer { store.close() }
        var local = Workspace.demo
        #expect(try store.append(try ambitionStep(&local, text: "Före", user: "anna"), after: 0) == 1)

        try cluster.stopServer()
        var failed = local
        let lost = try ambitionStep(&failed, text: "Under avbrottet", user: "anna")
        #expect(throws: StoreUnavailable.self) { try store.append(lost, after: 1) }
        #expect(throws: StoreUnavailable.self) { try store.append(lost, after: 1) }
        #expect(throws: StoreUnavailable.self) { try store.load() }

        try cluster.startServer()
        let contents = try store.load()
        #expect(contents.sequence == 1)
        #expect(contents.workspace == local)
        #expect(store.takeNews())
        #expect(try store.append(try ambitionStep(&local, text: "Efter", user: "anna"), after: 1) == 2)
        #expect(try store.load().workspace == local)
        // The store listens again: another's step is news.
        let other = try PostgresStore(address: address)
        defer { other.close() }
        _ = try other.append(try ambitionStep(&local, text: "Annan", user: "bertil"), after: 2)
        let descriptor = try #require(store.newsDescriptor)
        #expect(readable(descriptor, within: 5_000))
        #expect(store.takeNews())
        try cluster.stopServer()
    }
}

/// What a racing thread's append came to, handed to the test's thread.
final class RaceOutcome: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Int64, any Error>?

    func set(_ result: Result<Int64, any Error>) {
        condition.lock()
        self.result = result
        condition.signal()
        condition.unlock()
    }

    func wait() -> Result<Int64, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result ?? .failure(CancellationError())
    }
}
