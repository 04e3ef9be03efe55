import Foundation
import Testing

/// Output that cannot be written is an error, never a silent success; a closed standard
/// output or error never lends its number to a file; a report never replaces what is not a
/// regular file. Through the real binary, bash and the real files.
@Suite struct LostOutputTests {
    /// Runs a bash command line with `$M` the binary, in `folder`, SIGPIPE ignored; returns the
    /// exit status and what bash's standard output and error received, or, with `unread`,
    /// nothing: standard output is then a pipe that nobody reads from (its reader is closed).
    func bash(_ line: String, in folder: URL, unread: Bool = false) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' PIPE; M='\(Malbild.binary.path)'; \(line)"]
        process.currentDirectoryURL = folder
        process.environment = Malbild.environment(home: folder.appendingPathComponent(".home"))
        let output = Pipe()
        if unread { try output.fileHandleForReading.close() }
        process.standardOutput = output.fileHandleForWriting
        process.standardError = output.fileHandleForWriting
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try output.fileHandleForWriting.close()
        let data = unread ? Data() : output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func text(_ name: String, in folder: URL) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    @Test func aReportThatCannotBeWrittenFails() throws {
        let work = try TemporaryFolder()
        let run = try bash("\"$M\" report --demo > /dev/full 2> err.txt", in: work.url)
        #expect(run.status == 1)
        #expect(text("err.txt", in: work.url).contains("cannot write to standard output (No space left on device)"),
                "\(text("err.txt", in: work.url))")
    }

    @Test func aScriptWithStandardOutputClosedKeepsItsJournalWhole() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        let lines = ["goal 6"] + (1...120).flatMap { ["set title \"T\($0)\"", "goals"] }
        try Data(lines.joined(separator: "\n").appending("\n").utf8).write(to: work.url.appendingPathComponent("s.mal"))
        let run = try bash("\"$M\" ws.json --batch < s.mal >&- 2> err.txt", in: work.url)
        #expect(run.status == 1)
        #expect(text("err.txt", in: work.url).contains("standard output cannot be written (Bad file descriptor); the script stops"),
                "\(text("err.txt", in: work.url))")
        // Every line of the journal is its own: none of the output went into it.
        let journal = text("ws.json.journal", in: work.url)
        #expect(!journal.isEmpty && !journal.contains("Mål 6") && !journal.contains("Goal 6 title"))
        // The script stopped when its first piece of output could not be written; the changes
        // made until then come back, the last title set among them.
        let reopen = try Malbild.run(["ws.json", "--batch"], in: work.url, input: "goal 6\n")
        let recovered = reopen.output.split(separator: " ").firstIndex(of: "Recovered")
            .flatMap { Int(reopen.output.split(separator: " ")[$0 + 1]) } ?? 0
        #expect(recovered > 0 && reopen.output.contains("Mål 6. T\(recovered)\n"), "\(reopen.output.prefix(400))")
    }

    @Test func aReportIsNeverWrittenOverAFIFOOrALinkToNothing() throws {
        let work = try TemporaryFolder()
        let run = try bash("mkfifo fifo; ln -s nothing dangling; echo mine > target.md; ln -s target.md link; "
            + "\"$M\" report --demo --out fifo; echo \"fifo $?\"; \"$M\" report --demo --out dangling; echo \"dangling $?\"; "
            + "\"$M\" report --demo --out link > /dev/null; echo \"link $?\"; "
            + "test -p fifo && echo 'still a fifo'; test -L dangling && echo 'still a link'; test -L link && echo 'link kept'",
            in: work.url)
        #expect(run.output.contains("fifo 2") && run.output.contains("dangling 2") && run.output.contains("link 0"), "\(run.output)")
        #expect(run.output.contains("fifo is not a regular file"), "\(run.output)")
        #expect(run.output.contains("still a fifo") && run.output.contains("still a link") && run.output.contains("link kept"), "\(run.output)")
        #expect(text("target.md", in: work.url).contains("Kommunstyrelsen") || text("target.md", in: work.url).count > 1000)
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("nothing").path))
    }

    @Test func aReportIsNeverWrittenThroughALinkToAJournal() throws {
        let work = try TemporaryFolder()
        let run = try bash("echo '{}' > ws.json.journal; ln -s ws.json.journal r.md; \"$M\" report --demo --out r.md; echo \"status $?\"",
                           in: work.url)
        #expect(run.output.contains("status 2") && run.output.contains("is the journal of a workspace"), "\(run.output)")
        #expect(text("ws.json.journal", in: work.url) == "{}\n")
    }

    @Test func readingADecisionInAScriptKeepsTheFilesUnsavedChangesInItsJournal() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        try Data("Kommunstyrelsens mål 2024\n\nMål 1. Fler i arbete\nAmbitionsnivå: Att öka sysselsättningen.\n".utf8)
            .write(to: work.url.appendingPathComponent("beslut.txt"))
        try Data("goal 6\nset title \"Förlorad?\"\nimport decision beslut.txt\n".utf8).write(to: work.url.appendingPathComponent("s.mal"))
        let run = try Malbild.run(["run", "s.mal", "--workspace", "ws.json"], in: work.url)
        #expect(run.output.contains("1 change was not saved; they stay in ws.json.journal"), "\(run.output)")
        let reopen = try Malbild.run(["ws.json", "--batch"], in: work.url, input: "goal 6\n")
        #expect(reopen.output.contains("Mål 6. Förlorad?"), "\(reopen.output.prefix(300))")
    }

    @Test(arguments: ["/dev/full", nil] as [String?])
    func outputThatCannotBeWrittenStopsTheScriptWithAnError(_ target: String?) throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        try Data("goal 6\nnote \"första\"\nnote \"andra\"\ngoals\n".utf8).write(to: work.url.appendingPathComponent("s.mal"))
        let redirect = target.map { " > \($0)" } ?? ""
        let run = try bash("exec \"$M\" run s.mal --workspace ws.json\(redirect) 2> err.txt", in: work.url, unread: target == nil)
        let errors = text("err.txt", in: work.url)
        #expect(run.status == 1, "\(errors)")
        let reason = target == nil ? "Broken pipe" : "No space left on device"
        #expect(errors.contains("s.mal:4: standard output cannot be written (\(reason)); the script stops"), "\(errors)")
        // What the script did before is in the journal, as ever.
        let reopen = try Malbild.run(["ws.json"], in: work.url, input: "save\n")
        #expect(reopen.status == 0, "\(reopen.output)")
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: work.url.appendingPathComponent("ws.json"))) as? [String: Any]
        let goals = (document?["workspace"] as? [String: Any])?["goals"] as? [[String: Any]] ?? []
        let goal = goals.first { ($0["number"] as? Int) == 6 }
        #expect((goal?["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } == ["första", "andra"])
    }
}
