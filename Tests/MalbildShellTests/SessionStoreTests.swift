import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell
@testable import MalbildStore

/// A session on a store it is given: each step, undo and redo included, handed to the store
/// as one numbered step with its inverse, on a real file store.
@Suite struct SessionStoreTests {
    @Test func eachStepGoesToTheStoreNumberedAndWithItsInverse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-session-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("ks2019.json")
        try WorkspaceFile<Workspace>.save(.demo, to: url)
        let store = try FileStore.lock(url)
        _ = try store.open { .demo }

        let console = RecordingConsole()
        let session = Session(workspace: .empty(year: 2024), console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        session.user = "anna"
        try session.attach(store)
        defer { session.close() }
        #expect(session.workspace == .demo)
        #expect(session.file == url)
        // Said at a terminal only, as a file's open is: a script's output stays its own.
        #expect(!console.output.contains("Opened"))

        try session.execute("goal 6")
        try session.execute("set ambition \"Alla ska nå målen\"")
        #expect(session.sequence == 1 && store.sequence == 1)
        try session.execute("undo")
        try session.execute("redo")
        #expect(session.sequence == 3)
        #expect(session.prompt == "ks2019* mål 6> ")

        let steps = try store.steps(after: 0)
        #expect(steps.map(\.sequence) == [1, 2, 3])
        #expect(steps.map(\.user) == ["anna", "anna", "anna"])
        #expect(steps.first?.edits.contains(.setAmbition(goal: 6, text: "Alla ska nå målen")) == true)
        // Each step's inverse takes the workspace back to before it.
        var back = session.workspace
        for edit in steps[2].inverse { _ = try back.apply(edit) }
        #expect(back.goal(6)?.ambition == Workspace.demo.goal(6)?.ambition)
        #expect(try store.load().workspace == session.workspace)

        try session.execute("save")
        #expect(try WorkspaceFile<Workspace>.load(from: url) == session.workspace)
        #expect(session.prompt == "ks2019 mål 6> ")
    }
}
