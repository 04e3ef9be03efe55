import Foundation
import Testing

/// `edit`: rewriting the text that is there, on the line or in the user's editor.
@Suite(.serialized) struct EditTerminalTests {
    let ambitionStart = "Att öka kvinnors och mäns upplevelse"

    /// Starts the demo at goal 6 with `environment` added.
    private func atGoal6(_ process: MalbildProcess, environment extra: [String: String] = [:]) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: MalbildProcess.executable(), arguments: ["--demo"],
            environment: process.environment().merging(extra) { _, new in new }, directory: process.home)
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("goal 6\r")
        try #require(terminal.waitFor("ks2019 mål 6> "))
        return terminal
    }

    @Test func theLineNamesTheTextInTheLanguageOfTheScreen() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try atGoal6(process)
        terminal.send("språk sv\r")
        terminal.waitFor("ks2019 mål 6> ")
        terminal.send("redigera ambition\r")
        #expect(terminal.waitFor("ambitionsnivå: " + ambitionStart))
        terminal.send("\u{03}")
        terminal.waitFor("ks2019 mål 6> ")
        terminal.send("avsluta\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func editAmbitionPutsTheTextOnTheLineAndEnterStoresTheChange() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try atGoal6(process)
        terminal.send("edit ambition\r")
        terminal.waitFor("ambition level: ")
        terminal.waitFor(ambitionStart)
        terminal.waitFor("demokratin.")
        // Ctrl-C leaves it as it was.
        terminal.send("\u{03}")
        terminal.waitFor("Goal 6 is unchanged.")
        terminal.waitFor("ks2019 mål 6> ")
        // To the start, past "Att öka", the word "öka" rubbed out, "stärka" typed, Enter.
        terminal.send("edit ambition\r")
        terminal.waitFor("demokratin.")
        terminal.send("\u{01}\u{1b}f\u{1b}f\u{1b}\u{7f}stärka\r")
        terminal.waitFor("Goal 6: ambition level set (564 characters; was 561).")
        terminal.waitFor("ks2019* mål 6> ")
        terminal.send("edit ambition\r")
        terminal.waitFor("ambition level: ")
        terminal.waitFor("Att stärka kvinnors och mäns upplevelse")
        terminal.send("\r")
        terminal.waitFor("Goal 6 is unchanged.")
        terminal.send("quit\r")
        terminal.waitFor("[c]ancel: ")
        terminal.send("l\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func editAmbitionWithTheEditorStoresWhatTheEditorWrote() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        // An "editor" that rewrites the first word, as a person would.
        let editor = process.home.appendingPathComponent("rewrite")
        try "#!/bin/sh\nsed -i 's/^Att öka/Att stärka/' \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        // Through sh: a script just written cannot always be executed while other tests start
        // programs (ETXTBSY). The setting may hold words, as "code --wait" does.
        let terminal = try atGoal6(process, environment: ["EDITOR": "sh " + editor.path])
        terminal.send("edit ambition --editor\r")
        terminal.waitFor("Goal 6: ambition level set (564 characters; was 561).")
        terminal.waitFor("ks2019* mål 6> ")
        // Run again, the editor finds nothing to change: nothing is stored.
        terminal.send("edit ambition --editor\r")
        terminal.waitFor("Goal 6 is unchanged.")
        terminal.send("quit\r")
        terminal.waitFor("[c]ancel: ")
        terminal.send("l\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func editWithoutAnyEditorSaysHowToGetOne() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try atGoal6(process, environment: ["PATH": process.home.path])
        terminal.send("edit ambition --editor\r")
        terminal.waitFor("no editor found: set VISUAL or EDITOR")
        terminal.waitFor("ks2019 mål 6> ")
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func editInAScriptIsAClearError() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let script = process.home.appendingPathComponent("möte.mal")
        try "goal 6\nedit ambition\nedit title --editor\n".write(to: script, atomically: true, encoding: .utf8)
        let run = Process()
        run.executableURL = try MalbildProcess.executable()
        run.arguments = ["run", script.path, "--demo"]
        run.environment = process.environment()
        let errors = Pipe()
        run.standardError = errors
        run.standardOutput = FileHandle.nullDevice
        try run.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 1)
        #expect(text.contains("möte.mal:2: edit needs a terminal to edit on; in a script, use set"))
        #expect(text.contains("möte.mal:3: edit needs a terminal"))
    }

    @Test func tabAfterSetTitleOffersTheTextThatIsThere() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try atGoal6(process)
        terminal.send("set title \t")
        terminal.waitFor("\"Ökat medborgarinflytande\" ")
        // Changed at its end on the line, then stored.
        terminal.send("\u{7f}\u{7f} i Vaggeryd\"\r")
        terminal.waitFor("Goal 6 title: Ökat medborgarinflytande i Vaggeryd")
        terminal.waitFor("ks2019* mål 6> ")
        terminal.send("set goal 6 ambition \t")
        terminal.waitFor("demokratin.\" ")
        terminal.send("\u{03}")
        terminal.waitFor("ks2019* mål 6> ")
        terminal.send("quit\r")
        terminal.waitFor("[c]ancel: ")
        terminal.send("l\r")
        #expect(terminal.waitForExit() == 0)
    }
}
