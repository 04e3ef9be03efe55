import Foundation
import Testing

/// Leaving the shell as a person expects: a normal end is a success, unsaved work can be saved
/// on the way out, and nobody answering is an answer too.
@Suite(.serialized) struct LeavingTerminalTests {
    @Test func ctrlDAfterAFailedCommandExitsZeroAtATerminal() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start()
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("gaol 6\r")
        terminal.waitFor("unknown command")
        terminal.waitFor("ks2019> ")
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func theLeaveQuestionCancelsOrSavesUnderANewName() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start()
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("note \"Att spara\"\r")
        terminal.waitFor("ks2019*> ")
        terminal.send("quit\r")
        terminal.waitFor("There is 1 unsaved change. [s]ave, [l]eave without saving, [c]ancel: ")
        terminal.send("x\r")
        terminal.waitFor("Type s to save, l to leave without saving, or c (or Enter) to stay.")
        terminal.waitFor("[c]ancel: ")
        terminal.send("c\r")
        terminal.waitFor("ks2019*> ")
        terminal.send("\u{04}")
        terminal.waitFor("[c]ancel: ")
        terminal.send("s\r")
        terminal.waitFor("Save as (file name): ")
        terminal.send("mötet.json\r")
        #expect(terminal.waitForExit() == 0)
        let saved = try String(
            contentsOf: process.home.appendingPathComponent("mötet.json"), encoding: .utf8)
        #expect(saved.contains("Att spara"))
    }

    @Test func theLeaveQuestionInSwedish() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start()
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("language sv\r")
        terminal.waitFor("ks2019> ")
        terminal.send("note \"Ändrad\"\r")
        terminal.waitFor("ks2019*> ")
        terminal.send("\u{04}")
        terminal.waitFor("Det finns 1 osparad ändring. [s]para, [l]ämna utan att spara, [a]vbryt: ")
        terminal.send("l\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func endOfInputAtTheLeaveQuestionKeepsTheChangesAndLeaves() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let terminal = try process.start()
        try #require(terminal.waitFor("ks2019> "))
        terminal.send("note \"Behålls\"\r")
        terminal.waitFor("ks2019*> ")
        terminal.send("\u{04}")
        terminal.waitFor("[c]ancel: ")
        terminal.send("\u{04}")
        terminal.waitFor("1 unsaved change is kept: \"recover\" in the next session brings it back.")
        #expect(terminal.waitForExit() == 0)

        let next = try process.start()
        next.waitFor("ks2019> ")
        next.send("recover\r")
        next.waitFor("Recovered 1 unsaved change")
        next.send("quit\r")
        next.waitFor("[c]ancel: ")
        next.send("l\r")
        #expect(next.waitForExit() == 0)
    }

    /// `--interactive` on a pipe that ends with unsaved changes: the leave question reads the
    /// end of input, which must end the session (it used to ask again for ever at full CPU).
    @Test func endOfAPipedInteractiveSessionWithUnsavedChangesEnds() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let run = Process()
        run.executableURL = try MalbildProcess.executable()
        run.arguments = ["--demo", "--interactive"]
        run.environment = process.environment()
        run.currentDirectoryURL = process.home
        let input = Pipe()
        run.standardInput = input
        run.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        run.standardError = errors
        try run.run()
        input.fileHandleForWriting.write(Data("note \"Från röret\"\n".utf8))
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(15)
        while run.isRunning && Date() < deadline { usleep(20_000) }
        if run.isRunning {
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
            Issue.record("the session did not end at the end of its input")
            return
        }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(run.terminationStatus == 0)
        #expect(stderr.contains("1 unsaved change is kept"))
        let unsaved = process.home.appendingPathComponent("state/malbild/unsaved")
        let kept = try FileManager.default.contentsOfDirectory(atPath: unsaved.path)
        #expect(kept.contains { $0.hasSuffix(".journal") })
    }
}
