import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// The journal and undo on a large workspace: a change and its undo touch
/// only what they change, and a crash after a change loses nothing.
@Suite struct LargeWorkspaceTests {
    static func large(_ count: Int) throws -> Workspace {
        var w = Workspace.demo
        let base = try Day(year: 1900, month: 1, day: 1)
        var day = base
        for i in 0..<count {
            if i % 28 == 0 { day = try Day(year: 1900 + i / 336, month: 1 + (i / 28) % 12, day: 1) }
            _ = try w.apply(.insertMeasurement(goal: 6, indicator: "webb", index: i + 2,
                                               measurement: Measurement(day: day, total: Double(i))))
            day = try Day(year: day.year, month: day.month, day: day.day % 28 + 1)
        }
        return w
    }

    @Test func aChangeIsJournaledAndRecoveredOnALargeWorkspace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("large.json")

        let first = Session(workspace: try Self.large(20_000), console: RecordingConsole(), environment: ["HOME": folder.path])
        try first.execute("save \(file.path)")
        try first.execute("goal 6")
        try first.execute("note \"Efter sparandet\"")
        try first.execute("measure webb 2019-09-30 40500")
        try first.execute("undo")
        #expect(first.workspace.goal(6)?.indicator("webb")?.measurements.count == 20_002)

        // A second session opens the file as after a crash: the journal holds both steps and the undo.
        let second = Session(workspace: .empty(year: 2019), console: RecordingConsole(), environment: ["HOME": folder.path])
        try second.open(file)
        #expect(Bool(second.workspace.content == first.workspace.content), "the reopened workspace differs")
        #expect(second.unsavedChanges == 3)
    }
}
