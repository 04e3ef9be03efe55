import Foundation
import Testing

/// The command language at a real terminal: Tab completes the values of
/// `set kind`, `set status` and `set area`; `clear` clears the screen; the
/// series are drawn in ASCII where the locale is not UTF-8.
@Suite(.serialized) struct CommandLanguageTerminalTests {
    let prompt = "ks2019> "

    private func withShell(utf8Locale: Bool = true, _ body: (PseudoTerminal) throws -> Void) throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start(utf8Locale: utf8Locale)
        try #require(terminal.waitFor(prompt))
        try body(terminal)
        // Each test ends at a prompt; nothing was changed, so Ctrl-D leaves without a question.
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func tabCompletesTheValuesOfSetKindStatusAndArea() throws {
        try withShell { terminal in
            terminal.send("goal 6\r")
            try #require(terminal.waitFor("ks2019 mål 6> "))
            // Goal 6 is a decided steering goal in area 4: setting the same values changes nothing.
            terminal.send("set kind stee\t")
            #expect(terminal.waitFor("ring "))
            terminal.send("\r")
            #expect(terminal.waitFor("Goal 6 is now steering"))
            #expect(terminal.waitFor("ks2019 mål 6> "))
            terminal.send("set status deci\t")
            #expect(terminal.waitFor("ded "))
            terminal.send("\r")
            #expect(terminal.waitFor("Goal 6 status: decided"))
            #expect(terminal.waitFor("ks2019 mål 6> "))
            terminal.send("set area \t\t")
            #expect(terminal.waitFor("none"))
            terminal.send("4\r")
            #expect(terminal.waitFor("Goal 6 is now in area 4"))
            #expect(terminal.waitFor("ks2019 mål 6> "))
            // The areas of the workspace after goal add --area; typing stops before Enter.
            terminal.send("goal add Nytt --area \t\t")
            #expect(terminal.waitFor("1  2  3  4  5  6"))
            terminal.send("\u{15}goals\r")
            #expect(terminal.waitFor("Goal  Area  Kind"))
            #expect(terminal.waitFor("ks2019 mål 6> "))
        }
    }

    @Test func clearClearsTheScreen() throws {
        try withShell { terminal in
            terminal.send("clear\r")
            #expect(terminal.waitFor("\u{1B}[H\u{1B}[2J\u{1B}[3J"))
            #expect(terminal.waitFor(prompt))
        }
    }

    @Test func seriesAreDrawnInUnicodeOrInASCII() throws {
        try withShell { terminal in
            terminal.send("goal 6\r")
            #expect(terminal.waitFor("series ▁, target level █; women █, men ▁"))
            #expect(terminal.waitFor("ks2019 mål 6> "))
        }
        try withShell(utf8Locale: false) { terminal in
            terminal.send("goal 6\r")
            #expect(terminal.waitFor("series _, target level #; women #, men _"))
            #expect(terminal.waitFor("ks2019 mål 6> "))
        }
    }
}
