import Foundation
import PostgresTestSupport
import MalbildCore
import MalbildPostgres
import MalbildStore
import Testing

/// Why the PostgreSQL tests may not run here.
let postgresMissing = "PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb): scripts/setup --tests installs it"

/// The shared test cluster, or the test fails with why it could not start.
func sharedCluster() throws -> PostgresCluster {
    try PostgresCluster.shared.get()
}

/// A database with Målbild's tables and a workspace made from the demo, and its address.
func demoStore(_ cluster: PostgresCluster, workspace: String = "ks") throws -> (database: String, address: PostgresAddress) {
    let database = try cluster.makeDatabase()
    let connection = try cluster.connect(database: database)
    defer { connection.close() }
    try PostgresSchema.install(on: connection)
    try PostgresStore.create(Workspace.demo, named: workspace, on: connection)
    return (database, try PostgresAddress(cluster.address(database: database, workspace: workspace)))
}

/// The step a session makes when it sets a goal's ambition level on `workspace`: the edit
/// and its log entry, applied to `workspace`, with their inverse.
func ambitionStep(_ workspace: inout Workspace, goal: GoalNumber = 6, text: String, user: String, seconds: Int = 1_700_000_000) throws -> StoredStep {
    let time = Date(timeIntervalSince1970: TimeInterval(seconds))
    let edit = Edit.setAmbition(goal: goal, text: text)
    let edits = [edit, .appendLog(entry: LogEntry(time: time, user: user, goal: goal, change: .edit(edit.summary)))]
    var inverse: [Edit] = []
    for edit in edits {
        inverse.insert(try workspace.apply(edit), at: 0)
    }
    return StoredStep(user: user, time: time, edits: edits, inverse: inverse)
}

/// Applies others' steps to a session's workspace, as a session catching up does.
func catchUp(_ workspace: inout Workspace, with steps: [StoredStep]) throws {
    for step in steps {
        for edit in step.edits { _ = try workspace.apply(edit) }
    }
}

/// Waits up to `milliseconds` for a descriptor to become readable.
func readable(_ descriptor: Int32, within milliseconds: Int32) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, milliseconds) == 1 && entry.revents & Int16(POLLIN) != 0
}
