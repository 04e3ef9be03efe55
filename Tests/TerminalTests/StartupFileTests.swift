import Foundation
import Testing

/// `~/.config/malbild/init.mal` runs at an interactive start, and `--no-init` skips it.
@Suite(.serialized) struct StartupFileTests {
    func withInit(_ text: String, arguments: [String], _ body: (PseudoTerminal) throws -> Void) throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let folder = process.home.appendingPathComponent(".config/malbild")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("init.mal"), atomically: true, encoding: .utf8)
        let terminal = try process.start(arguments)
        try body(terminal)
        // Ctrl-D typed before the prompt reaches a terminal still in line mode, where it is not a key.
        terminal.waitFor("ks2019> ")
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func theStartupFileRunsAtAnInteractiveStart() throws {
        try withInit("# Mina inställningar\nset user Anna Åberg\ngol\n", arguments: ["--demo"]) { terminal in
            terminal.waitFor("Changes are logged as Anna Åberg.")
            // The path is longer than the line: it stands whole on a line of its own.
            terminal.waitFor("init.mal:3:")
            terminal.waitFor("unknown command \"gol\"")
            terminal.waitFor("ks2019> ")
            terminal.send("log\r")
            terminal.waitFor("No changes logged.")
        }
    }

    @Test func noInitSkipsIt() throws {
        try withInit("set user Anna Åberg\n", arguments: ["--demo", "--no-init"]) { terminal in
            terminal.waitFor("ks2019> ")
            terminal.send("goals\r")
            terminal.waitFor("Title")
            #expect(!terminal.transcript.contains("Anna"))
        }
    }
}
