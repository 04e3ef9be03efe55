import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// `import decision` in the shell, and the decided wording a rewritten goal keeps.
@Suite struct DecisionSessionTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ks-mal-2019.txt")

    /// A session on the demo whose unsaved work is journaled in a folder of its own, removed after the test.
    final class Fixture {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-decision-state-\(UUID().uuidString)")
        let console = RecordingConsole()
        lazy var session = Session(workspace: .demo, console: console, environment: ["XDG_STATE_HOME": state.path],
                                   clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        deinit { try? FileManager.default.removeItem(at: state) }
    }

    func session() -> (Session, RecordingConsole, Fixture) {
        let fixture = Fixture()
        return (fixture.session, fixture.console, fixture)
    }

    @Test func importDecisionAsksBeforeUnsavedWorkIsReplacedAndUndoTakesItBack() throws {
        let (session, console, fixture) = session()
        defer { withExtendedLifetime(fixture) {} }
        try session.execute("goal 6")
        try session.execute("note \"Sagt på mötet\"")
        let before = session.workspace
        console.answers = [false]
        try session.execute("import decision \"\(Self.seed.path)\"")
        #expect(console.output.contains("reading a decision into a new workspace"))
        #expect(session.workspace == before)
        console.answers = [true]
        try session.execute("import decision \"\(Self.seed.path)\"")
        #expect(session.workspace.name == "ks-mal-2019")
        #expect(session.workspace.goals.count == 8)
        #expect(session.workspace.goal(6)?.notes == [])
        #expect(session.prompt == "ks-mal-2019*> ")
        try session.execute("undo")
        #expect(session.workspace.goals.isEmpty)
        try session.execute("redo")
        #expect(session.workspace.goals.count == 8)
    }

    @Test func aRewrittenDecidedGoalKeepsItsDecidedWordingUntilDecidedAnew() throws {
        let (session, _, fixture) = session()
        defer { withExtendedLifetime(fixture) {} }
        let decided = try #require(session.workspace.goal(6))
        try session.execute("goal 6")
        try session.execute("set ambition \"Ny lydelse\"")
        try session.execute("set ambition \"Ännu en lydelse\"")
        #expect(session.workspace.goal(6)?.decided == DecidedText(title: decided.title, ambition: decided.ambition))
        #expect(session.workspace.goal(6)?.status == .draft)
        try session.execute("set status decided")
        #expect(session.workspace.goal(6)?.decided == nil)
        try session.execute("undo")
        #expect(session.workspace.goal(6)?.decided == DecidedText(title: decided.title, ambition: decided.ambition))
        try session.execute("undo")
        try session.execute("undo")
        #expect(session.workspace.goal(6) == decided)
    }

    @Test func theDecidedWordingIsRebuiltByTheExportedScript() throws {
        let (session, _, fixture) = session()
        defer { withExtendedLifetime(fixture) {} }
        try session.execute("goal 6")
        try session.execute("set title \"Nytt namn\"")
        try session.execute("set ambition \"Ny lydelse\"")
        try session.execute("set status proposed")
        let script = ScriptExport.script(for: session.workspace)
        let target = Session(workspace: .empty(year: 2000), console: RecordingConsole(), environment: [:],
                             clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        for step in ScriptFile(text: script).steps { try target.execute(step.command) }
        #expect(target.workspace.content == session.workspace.content, "script:\n\(script)")
    }

    @Test func reportDecisionPrintsTheDraftAndRefusesAnUnknownFormat() throws {
        let (session, console, fixture) = session()
        defer { withExtendedLifetime(fixture) {} }
        try session.execute("report decision")
        #expect(console.output.hasPrefix("§55\n\nKommunstyrelsens mål 2019 (KS 2018/109)\n\nBeslut\n"))
        #expect(throws: (any Error).self) { try session.execute("report decision --format pdf") }
        // A file whose ending is no format of the decision is not written at all.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-decision-\(UUID().uuidString).pdf")
        #expect(throws: (any Error).self) { try session.execute("report decision --out \"\(out.path)\"") }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        try session.execute("report decision --changes")
        #expect(console.output.contains("Förslaget ändrar inget: varje mål har sin beslutade ambitionsnivå."))
    }

    @Test func aFileOfAnotherKindIsNamedInSwedishToo() throws {
        let (session, _, fixture) = session()
        defer { withExtendedLifetime(fixture) {} }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-decision-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: file)
        session.language = .sv
        do {
            try session.execute("import decision \"\(file.path)\"")
            Issue.record("an image was read as a decision")
        } catch {
            #expect(session.message(for: error) == "\(file.path) är en PNG-bild, inte ett beslut: ange en textfil, en PDF eller en Word-fil (.docx)")
        }
        #expect(session.workspace == Workspace.demo)
    }

    @Test func aDraftWithAProposalReadsBackWithTheProposalMarked() throws {
        let (session, _, fixture) = session()
        defer { withExtendedLifetime(fixture) {} }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-decision-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try session.execute("goal 6")
        try session.execute("set ambition \"Att öka upplevelsen av inflytande, mätt med NII.\"")
        try session.execute("report decision --out \"\(file.path)\"")
        try session.execute("import decision \"\(file.path)\"")
        let goals = session.workspace.goals
        #expect(goals.map(\.status) == [.decided, .decided, .decided, .decided, .decided, .proposed, .decided, .decided])
        #expect(session.workspace.goal(6)?.ambition == "Att öka upplevelsen av inflytande, mätt med NII.")
        #expect(goals.map(\.title) == Workspace.demo.goals.map(\.title))
        #expect(session.workspace.notes.isEmpty)
    }
}
