import Foundation
import Testing

/// A script's output held back with the journal lines of the changes it acknowledges, through
/// the real binary and the real files: nothing is shown as done that the journal does not hold.
@Suite struct HeldOutputTests {
    /// Runs `malbild ARGS` through bash with the size of any file it writes limited to `limit`
    /// KiB (writes past it fail with EFBIG, as on a full disk), standard output and error in one
    /// pipe.
    func runLimited(_ arguments: [String], kib limit: Int, in folder: URL) throws -> Malbild.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-c", "ulimit -f \(limit); trap '' XFSZ; exec '\(Malbild.binary.path)' \(quoted)"]
        process.currentDirectoryURL = folder
        process.environment = Malbild.environment(home: folder.appendingPathComponent(".home"))
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) {
            if process.isRunning { kill(pid, SIGKILL) }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Malbild.Result(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }

    @Test func aScriptWhoseJournalCannotGrowShowsOnlyTheChangesTheJournalHolds() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        let notes = (1...3000).map { "note \"Anteckning \($0): åtgärden följs upp i delårsrapporten, med fler ord så att raden blir lång\"" }
        try Data((["goal 6"] + notes).joined(separator: "\n").appending("\n").utf8)
            .write(to: work.url.appendingPathComponent("notes.mal"))
        // The journal may grow to about 600 KiB: some held pieces are written, then one is not.
        let run = try runLimited(["run", "notes.mal", "--workspace", "ws.json"], kib: 600, in: work.url)
        #expect(run.status == 1, "\(run.output.suffix(600))")
        let shown = run.output.split(separator: "\n").filter { $0.hasPrefix("Note added to goal 6") }
        #expect(shown.count > 0 && shown.count < 3000, "\(shown.count) notes shown")
        let error = run.output.split(separator: "\n").first { $0.contains("cannot write the journal") }.map(String.init) ?? ""
        #expect(error.hasPrefix("notes.mal:\(shown.count + 2): cannot write the journal"), "\(error)")
        #expect(error.contains("not kept and are taken back, and the script stops"), "\(error)")
        // Reopened, the workspace has exactly the notes the script showed as added, in order.
        let reopen = try Malbild.run(["ws.json"], in: work.url, input: "save\n")
        #expect(reopen.status == 0, "\(reopen.output)")
        let kept = try notesOfGoal6(in: work.url.appendingPathComponent("ws.json"))
        let expected = (1...max(1, shown.count)).map { "Anteckning \($0):" }
        #expect(kept.count == shown.count && zip(kept, expected).allSatisfy { $0.hasPrefix($1) },
                "\(kept.count) notes kept, \(shown.count) shown")
    }

    @Test func changesRecoveredFromTheJournalStayWhenAHeldPieceCannotBeWritten() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        // Two changes left in the journal, unsaved.
        let left = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"p1\"\nnote \"p2\"\n")
        #expect(left.output.contains("2 changes were not saved"), "\(left.output)")
        let journal = work.url.appendingPathComponent("ws.json.journal")
        let size = try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int ?? 0
        let big = String(repeating: "B", count: 9000)
        let lines = ["goal 6", "note \"\(big)\"", "record start rec.mal", "note \"efter\""]
        try Data(lines.joined(separator: "\n").appending("\n").utf8).write(to: work.url.appendingPathComponent("s.mal"))
        let run = try runLimited(["run", "s.mal", "--workspace", "ws.json"], kib: size / 1024 + 4, in: work.url)
        #expect(run.status == 1, "\(run.output)")
        // Only the last command's change was held: it failed, as unheld, and the script went on.
        #expect(run.output.contains("s.mal:2: the change was not made: cannot write the journal"), "\(run.output)")
        #expect(run.output.contains("3 changes were not saved"), "\(run.output)")
        #expect(FileManager.default.fileExists(atPath: journal.path), "the journal with p1 and p2 is kept")
        let recording = try String(contentsOf: work.url.appendingPathComponent("rec.mal"), encoding: .utf8)
        #expect(recording.contains("note \"efter\"") && !recording.contains("BBBB"), "\(recording)")
        let reopen = try Malbild.run(["ws.json"], in: work.url, input: "save\n")
        #expect(reopen.status == 0, "\(reopen.output)")
        #expect(try notesOfGoal6(in: work.url.appendingPathComponent("ws.json")) == ["p1", "p2", "efter"])
    }

    @Test func aCommandOnFilesAfterAHeldPieceThatCannotBeWrittenDoesNotRun() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        let lines = ["goal 6"] + (1...150).map { "note \"n\($0)\"" } + ["record start rec.mal", "new", "note \"x\""]
        try Data(lines.joined(separator: "\n").appending("\n").utf8).write(to: work.url.appendingPathComponent("s.mal"))
        let run = try runLimited(["run", "s.mal", "--workspace", "ws.json"], kib: 20, in: work.url)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("s.mal:2: cannot write the journal"), "\(run.output)")
        #expect(!run.output.contains("New empty workspace"), "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("rec.mal").path))
    }

    /// The texts of goal 6's notes in a workspace file.
    func notesOfGoal6(in file: URL) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let goals = (document?["workspace"] as? [String: Any])?["goals"] as? [[String: Any]] ?? []
        let goal = goals.first { ($0["number"] as? String) == "6" || ($0["number"] as? Int) == 6 }
        return (goal?["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    @Test func aScriptsOutputAndErrorsKeepTheirOrderWhenHeldBack() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(made.status == 0, "\(made.output)")
        var lines = ["goal 6"]
        for i in 1...400 {
            lines.append("note \"N\(i)\"")
            if i % 100 == 0 { lines.append("goal 99") }
        }
        lines.append("save")
        try Data(lines.joined(separator: "\n").appending("\n").utf8).write(to: work.url.appendingPathComponent("s.mal"))
        let run = try Malbild.run(["run", "s.mal", "--workspace", "ws.json"], in: work.url)
        #expect(run.status == 1)
        let out = run.output.split(separator: "\n").map(String.init)
        // Each error comes right after the hundredth note before it, in one pipe for both streams.
        for k in 1...4 {
            guard let i = out.firstIndex(of: "Note added to goal 6: N\(k * 100)") else {
                Issue.record("note \(k * 100) not shown")
                continue
            }
            #expect(out.indices.contains(i + 1) && out[i + 1].hasPrefix("s.mal:\(k * 101 + 1): "), "\(out[i...].prefix(2))")
        }
        #expect(out.last?.hasPrefix("Saved ") == true, "\(out.suffix(2))")
        let saved = try String(contentsOf: work.url.appendingPathComponent("ws.json"), encoding: .utf8)
        #expect(saved.contains("\"N400\"") && !saved.contains("\"N401\""))
    }
}
