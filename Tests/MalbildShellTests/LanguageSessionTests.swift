import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// The session's language: chosen at the start, switched at once, in scripts too.
@Suite struct LanguageSessionTests {
    func session(_ environment: [String: String] = [:]) -> (Session, RecordingConsole) {
        let console = RecordingConsole()
        let session = Session(workspace: .demo, console: console, environment: environment,
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        return (session, console)
    }

    @Test func malbildLangChoosesTheStartingLanguage() {
        #expect(session().0.language == .en)
        #expect(session(["MALBILD_LANG": "sv"]).0.language == .sv)
    }

    @Test func languageSwitchesAtOnce() throws {
        let (s, console) = session()
        try s.execute("language sv")
        #expect(s.language == .sv)
        #expect(console.output.contains("Skalet talar svenska nu"))
        let error = #expect(throws: ShellError.self) { try s.execute("mål 99") }
        #expect(error.map { s.message(for: $0) }?.hasPrefix("det finns inget mål 99") == true)
        try s.execute("språk en")
        #expect(s.language == .en)
    }

    @Test func aScriptCanSwitchTheLanguage() throws {
        let (s, console) = session()
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString).mal")
        try Data("language sv\nmål 6\n".utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        try s.execute("source \(script.path)")
        #expect(s.language == .sv)
        #expect(console.output.contains("Typ:"))
        #expect(s.prompt == "ks2019 mål 6> ")
    }

    @Test func undoSaysWhatItTookBackInTheLanguage() throws {
        let (s, console) = session(["MALBILD_LANG": "sv"])
        try s.execute("mål 6")
        try s.execute("set title \"Nytt\"")
        try s.execute("ångra")
        #expect(console.output.contains("Ångrade: satte rubriken på mål 6."))
        #expect(s.workspace.log.last?.change == .undid(.edit(.setTitle(goal: 6))), "the log keeps the change as a value")
    }
}
