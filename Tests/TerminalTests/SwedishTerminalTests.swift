import Foundation
import Testing

/// Swedish at a real terminal: Tab completes the Swedish words of the command
/// table, and what it completes runs.
@Suite(.serialized) struct SwedishTerminalTests {
    @Test func tabCompletesSwedishWordsAndTheyRun() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start(["--demo", "--lang", "sv"])
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("mål 4\r")
        try #require(terminal.waitFor("ks2019 mål 4> "))
        // Goal 4 is supporting: making it supporting again changes nothing. The terminal
        // shows what Tab adds to the word typed.
        terminal.send("sä\t")
        #expect(terminal.waitFor("tt "))
        terminal.send("ty\t")
        #expect(terminal.waitFor("p "))
        terminal.send("stö\t")
        #expect(terminal.waitFor("djande "))
        terminal.send("\r")
        #expect(terminal.waitFor("Mål 4 är nu stödjande"))
        #expect(terminal.waitFor("ks2019 mål 4> "))
        terminal.send("kriterier mät\t")
        #expect(terminal.waitFor("bar "))
        terminal.send("\u{15}aktivitet lä\t")
        #expect(terminal.waitFor("gg till "))
        terminal.send("\"Ny lokalbank\"\r")
        #expect(terminal.waitFor("Lade till aktivitet 1 i mål 4: Ny lokalbank"))
        #expect(terminal.waitFor("ks2019* mål 4> "))
        terminal.send("ångra\r")
        #expect(terminal.waitFor("ks2019 mål 4> "))
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}
