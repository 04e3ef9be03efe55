import PostgresTestSupport
@testable import MalbildPostgres
import MalbildCore
import MalbildStore
import Testing

@Suite(.enabled(if: PostgresCluster.isInstalled, Comment(rawValue: postgresMissing)))
struct PostgresSchemaTests {
    @Test func installingTwiceChangesNothingTheSecondTime() throws {
        let cluster = try sharedCluster()
        let connection = try cluster.connect(database: try cluster.makeDatabase())
        defer { connection.close() }
        let first = try PostgresSchema.install(on: connection)
        #expect(first.from == 0 && first.to == PostgresSchema.currentVersion && first.changed)
        try PostgresStore.create(Workspace.demo, named: "ks", on: connection)
        let second = try PostgresSchema.install(on: connection)
        #expect(second.from == PostgresSchema.currentVersion && !second.changed)
        #expect(try PostgresStore.workspaces(on: connection) == ["ks"])
        #expect(try connection.execute("SELECT count(*) FROM malbild.schema_version") == [["1"]])
    }

    @Test func aStoreOfAnOlderVersionIsMigratedWithItsSteps() throws {
        let cluster = try sharedCluster()
        let database = try cluster.makeDatabase()
        let connection = try cluster.connect(database: database)
        defer { connection.close() }
        #expect(try PostgresSchema.install(on: connection, upTo: 1).to == 1)
        // Version 1 has no members; a workspace and a step written as that version wrote them.
        var local = Workspace.demo
        let step = try ambitionStep(&local, text: "Alla ska ha en god arbetsmiljö", user: "anna")
        let encoder = StoreCoding.makeEncoder(pretty: false)
        try connection.execute("INSERT INTO malbild.workspaces (name) VALUES ('ks')")
        try connection.execute("INSERT INTO malbild.snapshots VALUES ('ks', 0, $1)",
                               [try PostgresStepCoding.document(of: Workspace.demo, name: "ks")])
        try connection.execute(
            "INSERT INTO malbild.edits (workspace, seq, username, made, edits, inverse) VALUES ('ks', 1, 'anna', now(), $1, $2)",
            [try PostgresStepCoding.text(of: step.edits, encoder: encoder), try PostgresStepCoding.text(of: step.inverse, encoder: encoder)])
        let address = try PostgresAddress(cluster.address(database: database, workspace: "ks"))
        #expect(throws: PostgresStoreError.olderSchema(found: 1, current: PostgresSchema.currentVersion)) {
            try PostgresStore(address: address)
        }

        let outcome = try PostgresSchema.install(on: connection)
        #expect(outcome.from == 1 && outcome.to == PostgresSchema.currentVersion)
        let store = try PostgresStore(address: address)
        defer { store.close() }
        let contents = try store.load()
        #expect(contents.sequence == 1)
        #expect(contents.workspace == local)
        #expect(try PostgresMembers.members(of: "ks", over: connection) == [])
    }

    @Test func aStoreNewerThanTheBuildIsRefusedAndLeftAsItIs() throws {
        let cluster = try sharedCluster()
        let (database, address) = try demoStore(cluster)
        let connection = try cluster.connect(database: database)
        defer { connection.close() }
        try connection.execute("UPDATE malbild.schema_version SET version = 99")
        #expect(throws: PostgresStoreError.newerSchema(found: 99, readable: PostgresSchema.currentVersion)) {
            try PostgresSchema.install(on: connection)
        }
        #expect(throws: PostgresStoreError.newerSchema(found: 99, readable: PostgresSchema.currentVersion)) {
            try PostgresStore(address: address)
        }
        #expect(try connection.execute("SELECT version FROM malbild.schema_version") == [["99"]])
    }

    @Test func aDatabaseWithoutTheTablesSaysSo() throws {
        let cluster = try sharedCluster()
        let database = try cluster.makeDatabase()
        let address = try PostgresAddress(cluster.address(database: database, workspace: "ks"))
        #expect(throws: PostgresStoreError.notInstalled) { try PostgresStore(address: address) }
    }
}
