import Foundation
import Testing

/// Output longer than the screen goes through a pager at a terminal, and only there.
@Suite(.serialized) struct PagerTerminalTests {
    @Test func longOutputGoesThroughThePagerAndShortOutputDoesNot() throws {
        let process = try MalbildProcess()
        defer { process.removeHome() }
        let pager = process.home.appendingPathComponent("pager")
        try "#!/bin/sh\necho PAGER-START\ncat\necho PAGER-END\n".write(to: pager, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager.path)
        let terminal = try PseudoTerminal(
            executable: MalbildProcess.executable(), arguments: ["--demo"],
            // Through sh: a script just written cannot always be executed while other tests
            // start programs (ETXTBSY).
            environment: process.environment().merging(["PAGER": "sh " + pager.path]) { _, new in new },
            directory: process.home)
        try #require(terminal.waitFor("ks2019> "))
        // help lists every command: far more than 24 rows.
        terminal.send("help\r")
        terminal.waitFor("PAGER-START")
        terminal.waitFor("Commands (\"help COMMAND\" tells more):")
        terminal.waitFor("PAGER-END")
        terminal.waitFor("ks2019> ")
        terminal.send("help top\r")
        terminal.waitFor("ks2019> ")
        #expect(terminal.transcript.components(separatedBy: "PAGER-START").count == 2)
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}
