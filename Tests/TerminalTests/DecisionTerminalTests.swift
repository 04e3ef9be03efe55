import Foundation
import Testing

/// `import decision` at a real terminal: it asks before unsaved work is
/// replaced, as `new` and `open` do, and answering no keeps the work.
@Suite(.serialized) struct DecisionTerminalTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ks-mal-2019.txt")

    @Test func importDecisionAsksBeforeUnsavedWorkIsReplaced() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start(["--demo", "--no-init"])
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("goal 6\r")
        terminal.waitFor("ks2019 mål 6> ")
        terminal.send("note \"Sagt på mötet\"\r")
        terminal.waitFor("ks2019* mål 6> ")
        terminal.send("import decision \(Self.seed.path)\r")
        terminal.waitFor("/N] ")
        // A question wider than the terminal is broken between words over two lines.
        let question = terminal.transcript.replacingOccurrences(of: "\u{1b}[?2004h", with: "")
            .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: " \r", with: "")
        #expect(question.contains("lose it by reading a decision into a new workspace?"))
        terminal.send("n\r")
        // The work is kept: the same prompt, the note still there.
        terminal.waitFor("ks2019* mål 6> ")
        terminal.send("import decision \(Self.seed.path)\r")
        terminal.waitFor("/N] ")
        terminal.send("y\r")
        terminal.waitFor("Every line was placed.")
        terminal.waitFor("ks-mal-2019*> ")
        terminal.send("quit\r")
        terminal.waitFor("[c]ancel")
        terminal.send("l\r")
        #expect(terminal.waitForExit() == 0)
    }
}
