import Foundation
import PostgresTestSupport
import MalbildCore
import MalbildPostgres
import MalbildStore
import Testing

/// The measuring function the bench calls: every step it appends is read back and the
/// workspace it loads is the one the steps make. `MALBILD_MEASURE_STEPS` sets how many steps
/// (default 300) and the figures are printed.
@Suite(.enabled(if: PostgresCluster.isInstalled, Comment(rawValue: postgresMissing)))
struct PostgresMeasurementTests {
    @Test func theMeasuredStepsAreAllReadBackAndMakeTheWorkspace() throws {
        let cluster = try sharedCluster()
        let database = try cluster.makeDatabase()
        let connection = try cluster.connect(database: database)
        defer { connection.close() }
        try PostgresSchema.install(on: connection)
        let count = ProcessInfo.processInfo.environment["MALBILD_MEASURE_STEPS"].flatMap { Int($0) } ?? 300
        var local = Workspace.demo
        var steps: [StoredStep] = []
        for index in 0..<count {
            steps.append(try ambitionStep(&local, goal: GoalNumber(index % 5 + 1), text: "Nivå \(index)", user: "anna",
                                          seconds: 1_700_000_000 + index))
        }
        let address = try PostgresAddress(cluster.address(database: database, workspace: "matning"))
        let figures = try PostgresMeasurement.measure(address: address, start: Workspace.demo, steps: steps)
        #expect(figures.steps == count)
        #expect(figures.loaded == local)

        // The journal's append of the same steps, for comparison.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-measure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try Journal<Edit>.open(for: folder.appendingPathComponent("ks.json"))
        let start = DispatchTime.now()
        for step in steps { try journal.append(contentsOf: step.edits) }
        let journalSeconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 / Double(max(count, 1))
        journal.close()
        print(String(format: "measure: %d steps; append %.3f ms (journal %.3f ms); catch-up %.1f ms; load %.1f ms",
                     count, figures.appendSeconds * 1000, journalSeconds * 1000, figures.catchUpSeconds * 1000,
                     figures.loadSeconds * 1000))
    }
}
