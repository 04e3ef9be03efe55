import Foundation
import Testing

/// Line editing through the real `malbild` binary at a real pseudo-terminal.
@Suite(.serialized) struct LineEditingTerminalTests {
    /// The demo's prompt with no goal chosen and nothing changed.
    let prompt = "ks2019> "

    /// Runs `body` with `malbild --demo` started at a terminal in a temporary home, then
    /// checks that it ends with exit status 0.
    private func withShell(
        utf8Locale: Bool = true, _ body: (PseudoTerminal, MalbildProcess) throws -> Void
    ) throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start(utf8Locale: utf8Locale)
        try #require(terminal.waitFor(prompt))
        try body(terminal, process)
        #expect(terminal.waitForExit() == 0)
    }

    /// Leaves a shell with unsaved changes: `quit`, then leave without saving.
    private func quitLosingChanges(_ terminal: PseudoTerminal) {
        terminal.send("quit\r")
        terminal.waitFor("[c]ancel: ")
        terminal.send("l\r")
    }

    @Test func typingAndBackspaceEditSwedishLetters() throws {
        try withShell { terminal, _ in
            terminal.send("note \"mål åäö")
            terminal.waitFor("åäö")
            terminal.send("\u{7f}\u{7f}")
            terminal.send("ÅÄÖ\"\r")
            terminal.waitFor("Note added to the workspace: mål åÅÄÖ\r\n")
            terminal.waitFor("ks2019*> ")
            quitLosingChanges(terminal)
        }
    }

    @Test func swedishLettersWorkWithoutLocaleVariables() throws {
        try withShell(utf8Locale: false) { terminal, _ in
            terminal.send("note \"Östra vägen é")
            terminal.waitFor("vägen é")
            terminal.send("\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}ä är nåbar\"\r")
            terminal.waitFor("Note added to the workspace: Östra vä är nåbar\r\n")
            terminal.waitFor("ks2019*> ")
            quitLosingChanges(terminal)
        }
    }

    @Test func tabCompletesACommandName() throws {
        try withShell { terminal, _ in
            // "goa" extends to "goal" ("goal" and "goals" share it).
            terminal.send("goa\t")
            terminal.waitFor("l")
            terminal.send(" 6\r")
            terminal.waitFor("ks2019 mål 6> ")
            terminal.send("\u{04}")
        }
    }

    @Test func tabCompletesAGoalUnderAnother() throws {
        try withShell { terminal, _ in
            terminal.send("goal add \"Fler följer fullmäktige\" --parent 6\r")
            terminal.waitFor("Added goal 6.1")
            terminal.waitFor("ks2019* mål 6.1> ")
            terminal.send("top\r")
            terminal.waitFor("ks2019*> ")
            // "6." can only be 6.1: Tab writes it out ("goal 6." alone is no goal number).
            terminal.send("goal 6.\t")
            terminal.waitFor("1")
            terminal.send("\r")
            terminal.waitFor("Mål 6.1. Fler följer fullmäktige")
            terminal.waitFor("ks2019* mål 6.1> ")
            quitLosingChanges(terminal)
        }
    }

    @Test func tabListsCandidatesWhenNoProgressIsPossible() throws {
        try withShell { terminal, _ in
            terminal.send("goal\t")
            terminal.waitFor("goal   goals\r\n")
            terminal.waitFor(prompt + "goal")
            terminal.send("s\r")
            terminal.waitFor("Ambition")
            terminal.waitFor(prompt)
            terminal.send("\u{04}")
        }
    }

    @Test func tabCompletesAWordAfterTheCommand() throws {
        try withShell { terminal, _ in
            terminal.send("goal 6\r")
            terminal.waitFor("ks2019 mål 6> ")
            terminal.send("set ti\t")
            terminal.waitFor("tle ")
            terminal.send("Ny titel på mål sex\r")
            terminal.waitFor("Goal 6 title: Ny titel på mål sex\r\n")
            terminal.waitFor("ks2019* mål 6> ")
            quitLosingChanges(terminal)
        }
    }

    @Test func upArrowRecallsThePreviousLine() throws {
        try withShell { terminal, process in
            terminal.send("note \"första\"\r")
            terminal.waitFor("Note added to the workspace: första\r\n")
            terminal.waitFor("ks2019*> ")
            terminal.send("\u{1b}[A")
            terminal.waitFor("note \"första\"")
            terminal.send("\r")
            terminal.waitFor("Note added to the workspace: första\r\n")
            terminal.waitFor("ks2019*> ")
            let saved = try String(contentsOf: process.historyFile, encoding: .utf8)
            #expect(saved.contains("första"))
            quitLosingChanges(terminal)
        }
    }

    @Test func historyCarriesOverToTheNextSession() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let first = try process.start()
        first.waitFor(prompt)
        first.send("goal 6\r")
        first.waitFor("ks2019 mål 6> ")
        first.send("\u{04}")
        #expect(first.waitForExit() == 0)

        let second = try process.start()
        second.waitFor(prompt)
        second.send("\u{1b}[A\r")
        second.waitFor("ks2019 mål 6> ")
        second.send("\u{04}")
        #expect(second.waitForExit() == 0)
    }

    @Test func ctrlCDropsTheHalfTypedLineAndTheSessionGoesOn() throws {
        try withShell { terminal, _ in
            terminal.send("note \"halvfärdig")
            terminal.waitFor("halvfärdig")
            terminal.send("\u{03}")
            terminal.waitFor("^C\r\n")
            terminal.waitFor(prompt)
            terminal.send("note \"hel\"\r")
            terminal.waitFor("Note added to the workspace: hel\r\n")
            terminal.waitFor("ks2019*> ")
            quitLosingChanges(terminal)
        }
    }

    @Test func ctrlDOnAnEmptyLineLeaves() throws {
        try withShell { terminal, _ in
            terminal.send("\u{04}")
        }
    }
}
