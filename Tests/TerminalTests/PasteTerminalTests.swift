import Foundation
import Testing

/// Pasting at a real terminal: a pasted block is text in the line being edited, never
/// commands, whether or not the terminal brackets it.
@Suite(.serialized) struct PasteTerminalTests {
    /// A hard-wrapped ambition level, as copied from the decision document.
    let wrapped = "Att utveckla effektivitet som koncern för att\nspara tid."
    let joined = "Att utveckla effektivitet som koncern för att spara tid."

    /// Starts the demo at goal 8 in a fresh home.
    private func atGoal8() throws -> (PseudoTerminal, MalbildProcess) {
        let process = try MalbildProcess()
        let terminal = try process.start()
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("goal 8\r")
        try #require(terminal.waitFor("ks2019 mål 8> "))
        return (terminal, process)
    }

    /// Leaves without saving and checks the exit status.
    private func leave(_ terminal: PseudoTerminal) {
        terminal.send("quit\r")
        terminal.waitFor("[c]ancel: ")
        terminal.send("l\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func theShellAsksForBracketedPasteWhileALineIsEditedOnly() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start()
        terminal.waitFor("\u{1b}[?2004h")
        terminal.waitFor("ks2019> ")
        terminal.send("goals\r")
        // Off before the command runs, on again for the next line, off when leaving.
        terminal.waitFor("\u{1b}[?2004l")
        terminal.waitFor("\u{1b}[?2004h")
        terminal.send("\u{04}")
        terminal.waitFor("\u{1b}[?2004l")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func afterABracketedPasteTypedAheadLinesAreCommandsOfTheirOwn() throws {
        let (terminal, process) = try atGoal8()
        defer { process.removeHome() }
        terminal.send("note ")
        terminal.send("\u{1b}[200~Klistrat\u{1b}[201~")
        terminal.waitFor("Klistrat")
        terminal.send("\r")
        terminal.waitFor("ks2019* mål 8> ")
        // Typed ahead, arriving at once: each line is its own command, as typed.
        terminal.send("note Hej\rgoal 7\r")
        terminal.waitFor("ks2019* mål 7> ")
        #expect(terminal.transcript.contains("Note added to goal 8: Hej\r\n"))
        #expect(!terminal.transcript.contains("Hej goal 7"))
        leave(terminal)
    }

    @Test func aBracketedPasteOfTwoLinesIsOneTextAndRunsNothing() throws {
        let (terminal, process) = try atGoal8()
        defer { process.removeHome() }
        terminal.send("set ambition ")
        terminal.send("\u{1b}[200~" + wrapped + "\u{1b}[201~")
        terminal.waitFor("id.")  // the end of the text (the line wraps at 80 columns)
        usleep(300_000)
        #expect(!terminal.transcript.contains("ambition level set"), "the paste ran before Enter")
        terminal.send("\r")
        terminal.waitFor("ambition level set (\(joined.count) characters")
        terminal.waitFor("ks2019* mål 8> ")
        terminal.send("show\r")
        terminal.waitFor("ks2019* mål 8> ")
        #expect(terminal.transcript.contains(joined))
        #expect(!FileManager.default.fileExists(atPath: process.home.appendingPathComponent("tid.").path))
        #expect(!terminal.transcript.contains("Saved"))
        leave(terminal)
    }

    @Test func anUnbracketedPasteOfTwoLinesIsOneTextAndRunsNothing() throws {
        let (terminal, process) = try atGoal8()
        defer { process.removeHome() }
        // As a terminal without bracketed paste sends it: the line break as Enter, all at once.
        terminal.send("set ambition " + wrapped.replacingOccurrences(of: "\n", with: "\r"))
        terminal.waitFor("id.")  // the end of the text (the line wraps at 80 columns)
        usleep(300_000)
        #expect(!terminal.transcript.contains("ambition level set"), "the paste ran before Enter")
        terminal.send("\r")
        terminal.waitFor("ambition level set (\(joined.count) characters")
        terminal.waitFor("ks2019* mål 8> ")
        #expect(!FileManager.default.fileExists(atPath: process.home.appendingPathComponent("tid.").path))
        #expect(!terminal.transcript.contains("Saved"))
        leave(terminal)
    }

    @Test func aPastedLineBreakInsideAnOpenQuoteStaysALineBreak() throws {
        let (terminal, process) = try atGoal8()
        defer { process.removeHome() }
        terminal.send("note \"Första raden")
        terminal.send("\u{1b}[200~\nandra raden\" och mer\n\u{1b}[201~")
        terminal.waitFor("och mer")
        usleep(300_000)
        #expect(!terminal.transcript.contains("Note added"), "the paste ran before Enter")
        terminal.send("\r")
        // The text is kept as typed: the quotation marks around its first part too.
        terminal.waitFor("Note added to goal 8: \"Första raden\r\nandra raden\" och mer")
        terminal.waitFor("ks2019* mål 8> ")
        leave(terminal)
    }
}
