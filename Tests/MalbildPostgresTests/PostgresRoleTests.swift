import Foundation
import PostgresTestSupport
@testable import MalbildPostgres
import MalbildCore
import MalbildStore
import Testing

/// The refusals come from the server: each test connects as the role itself.
@Suite(.enabled(if: PostgresCluster.isInstalled, Comment(rawValue: postgresMissing)))
struct PostgresRoleTests {
    @Test func aReadingMemberReadsAndTheServerRefusesItsSteps() throws {
        let cluster = try sharedCluster()
        let (database, _) = try demoStore(cluster)
        let reader = try cluster.makeRole("kontoret")
        let owner = try cluster.connect(database: database)
        defer { owner.close() }
        try PostgresMembers.grant(.read, to: reader, on: "ks", over: owner)
        #expect(try PostgresMembers.members(of: "ks", over: owner) == [PostgresMember(role: reader, access: .read)])

        let address = try PostgresAddress(cluster.address(database: database, workspace: "ks", user: reader))
        let store = try PostgresStore(address: address)
        defer { store.close() }
        #expect(try store.load().workspace == Workspace.demo)

        var local = Workspace.demo
        let step = try ambitionStep(&local, text: "Får inte", user: reader)
        do {
            _ = try store.append(step, after: 0)
            Issue.record("a reading member appended a step")
        } catch let PostgresStoreError.refused(workspace, role, server) {
            #expect(workspace == "ks" && role == reader)
            #expect(server.sqlState == "42501")
        }
        // Raw SQL on the same connection is refused by the server too.
        let raw = try cluster.connect(database: database, user: reader)
        defer { raw.close() }
        #expect(try raw.execute("SELECT count(*) FROM malbild.snapshots WHERE workspace = 'ks'") == [["1"]])
        do {
            try raw.execute("INSERT INTO malbild.edits (workspace, seq, username, made, edits, inverse) VALUES ('ks', 1, 'x', now(), '', '')")
            Issue.record("a reading member inserted a row")
        } catch let error as PostgresError {
            #expect(error.sqlState == "42501")
        }
        do {
            try raw.execute("INSERT INTO malbild.members VALUES ('ks', current_user::regrole, true)")
            Issue.record("a reading member made itself a writer")
        } catch let error as PostgresError {
            #expect(error.sqlState == "42501")
        }
        #expect(throws: PostgresStoreError.self) { try PostgresMembers.grant(.write, to: reader, on: "ks", over: raw) }
        #expect(try owner.execute("SELECT count(*) FROM malbild.edits") == [["0"]])
    }

    @Test func aWritingMemberWritesItsOwnWorkspaceAndReadsTheCouncils() throws {
        let cluster = try sharedCluster()
        let (database, _) = try demoStore(cluster)
        let owner = try cluster.connect(database: database)
        defer { owner.close() }
        try PostgresStore.create(Workspace.demo, named: "bun", on: owner)
        // The committee's role writes through a group role it belongs to.
        let group = try cluster.makeRole("barnnamnden")
        let member = try cluster.makeRole("anna")
        try owner.execute("GRANT " + PostgresConnection.quotedIdentifier(group) + " TO " + PostgresConnection.quotedIdentifier(member))
        try PostgresMembers.grant(.write, to: group, on: "bun", over: owner)
        try PostgresMembers.grant(.read, to: group, on: "ks", over: owner)

        let committee = try PostgresStore(address: try PostgresAddress(cluster.address(database: database, workspace: "bun", user: member)))
        defer { committee.close() }
        var local = Workspace.demo
        #expect(try committee.append(try ambitionStep(&local, text: "Nämndens", user: member), after: 0) == 1)
        #expect(try committee.load(workspace: "ks").workspace == Workspace.demo)
        #expect(try PostgresStore.workspaces(on: committee.connection) == ["bun", "ks"])

        let council = try PostgresStore(address: try PostgresAddress(cluster.address(database: database, workspace: "ks", user: member)))
        defer { council.close() }
        var councils = Workspace.demo
        #expect {
            _ = try council.append(try ambitionStep(&councils, text: "Inte nämndens", user: member), after: 0)
        } throws: { error in
            guard case PostgresStoreError.refused(let workspace, _, let server) = error else { return false }
            return workspace == "ks" && server.sqlState == "42501"
        }
        // Access taken back: the server no longer shows the workspace.
        try PostgresMembers.revoke(group, from: "ks", over: owner)
        #expect(throws: PostgresStoreError.noSuchWorkspace("ks")) { try council.load() }
    }

    @Test func aRoleThatIsNoMemberSeesNothing() throws {
        let cluster = try sharedCluster()
        let (database, address) = try demoStore(cluster)
        let store = try PostgresStore(address: address)
        var local = Workspace.demo
        _ = try store.append(try ambitionStep(&local, text: "Hemligt", user: "anna"), after: 0)
        store.close()
        let outsider = try cluster.makeRole("utomstaende")
        let raw = try cluster.connect(database: database, user: outsider)
        defer { raw.close() }
        #expect(try raw.execute("SELECT count(*) FROM malbild.edits") == [["0"]])
        #expect(try raw.execute("SELECT count(*) FROM malbild.snapshots") == [["0"]])
        #expect(try PostgresStore.workspaces(on: raw) == [])
        let theirs = try PostgresStore(address: try PostgresAddress(cluster.address(database: database, workspace: "ks", user: outsider)))
        defer { theirs.close() }
        #expect(throws: PostgresStoreError.noSuchWorkspace("ks")) { try theirs.load() }
        #expect(throws: PostgresStoreError.noSuchRole("ingen")) {
            let owner = try cluster.connect(database: database)
            defer { owner.close() }
            try PostgresMembers.grant(.read, to: "ingen", on: "ks", over: owner)
        }
    }
}
