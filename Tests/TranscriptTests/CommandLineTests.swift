import Foundation
import Testing

/// The binary's command line, its input from a pipe, and its files on disk:
/// the crash journal, the lock and files it must not write over.
@Suite struct CommandLineTests {
    @Test func pipedGoalsListsTheEightGoalsWithTheirKinds() throws {
        let work = try TemporaryFolder()
        let result = try Malbild.run(["--demo"], in: work.url, input: "goals\n")
        #expect(result.status == 0)
        let rows = result.output.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(rows.count == 8)
        let kinds = rows.map { $0.contains("steering") ? "steering" : $0.contains("supporting") ? "supporting" : "?" }
        #expect(kinds == ["steering", "steering", "steering", "supporting", "supporting", "steering", "supporting", "supporting"])
        #expect(!result.output.contains("> "), "no prompt when input is not a terminal")
    }

    @Test func pipedErrorsNameStdinAndLine() throws {
        let work = try TemporaryFolder()
        let result = try Malbild.run(["--demo"], in: work.url, input: "goals\n\ngol 6\n")
        #expect(result.status == 1)
        #expect(result.output.contains("stdin:3: unknown command \"gol\" (did you mean \"goal\"?)"))
    }

    @Test func helpAndVersion() throws {
        let work = try TemporaryFolder()
        let help = try Malbild.run(["--help"], in: work.url)
        #expect(help.status == 0)
        #expect(help.output.hasPrefix("usage: malbild"))
        #expect(help.output.contains("malbild run SCRIPT.mal"))
        let version = try Malbild.run(["--version"], in: work.url)
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("malbild "))
    }

    @Test(arguments: [["--nonsense"], ["run"], ["run", "missing.mal"], ["--demo", "x.json"], ["a.json", "b.json"]])
    func commandLineMistakesExitTwo(args: [String]) throws {
        let work = try TemporaryFolder()
        let result = try Malbild.run(args, in: work.url)
        #expect(result.status == 2, "\(args)")
        #expect(result.output.hasPrefix("malbild: "), "\(args): \(result.output)")
    }

    @Test func unreadableWorkspaceIsNamedAndLeftUntouched() throws {
        let work = try TemporaryFolder()
        let file = work.url.appendingPathComponent("ws.json")
        let bytes = Data("{\"formatVersion\": 1, \"workspace\": [1, 2".utf8)
        try bytes.write(to: file)
        let result = try Malbild.run(["ws.json"], in: work.url, input: "goal add \"X\"\nsave\n")
        #expect(result.status == 2)
        #expect(result.output.contains(file.path))
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func savedWorkspaceIsSortedPrettyJSONAndReopens() throws {
        let work = try TemporaryFolder()
        let save = try Malbild.run(["--demo"], in: work.url, input: "goal 6\nnote \"Sparad\"\nsave ks.json\n")
        #expect(save.status == 0, "\(save.output)")
        let text = try String(contentsOf: work.url.appendingPathComponent("ks.json"), encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"formatVersion\" : 5,\n  \"workspace\" : {"))
        #expect(text.contains("Att öka kvinnors och mäns upplevelse"), "Swedish text kept as UTF-8, not escaped")
        let reopen = try Malbild.run(["ks.json"], in: work.url, input: "goal 6\n")
        #expect(reopen.output.contains("Sparad"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.url.path).filter { !$0.hasPrefix(".") }
        #expect(leftovers == ["ks.json"], "no temporary, journal or lock files left behind")
    }

    @Test func diffComparesTwoFilesGoalByGoal() throws {
        let work = try TemporaryFolder()
        _ = try Malbild.run(["--demo"], in: work.url, input: "save a.json\ngoal 6\nset kind supporting\nsave b.json\n")
        let result = try Malbild.run(["diff", "a.json", "b.json"], in: work.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "workspace: name changed: a → b\ngoal 6: kind changed: steering → supporting\n2 differences.\n")
        let same = try Malbild.run(["diff", "a.json", "a.json"], in: work.url)
        #expect(same.output == "No differences.\n")
        let missing = try Malbild.run(["diff", "a.json"], in: work.url)
        #expect(missing.status == 2)
    }

    @Test func aRecordedSessionReplaysToTheSameWorkspace() throws {
        let work = try TemporaryFolder()
        let session = """
            record start dialog.mal
            goal 6
            set ambition "Att öka kvinnors och mäns upplevelse av att kunna påverka."
            note "Gruppen enades om NII"
            indicator add besok "Besök på webbplatsen" --unit besök
            baseline besok 2018 100
            target besok 2019 150
            measure besok delår1 120 --women 70 --men 50
            forecast set uppfylls-delvis "Besöken ökar"
            goal 4
            assess qualitative "Fler föreningar syns" --added-value "Lokalbank"
            undo
            assess qualitative "Fler föreningar syns på webben"
            record stop
            save recorded.json

            """
        let first = try Malbild.run(["--demo"], in: work.url, input: session)
        #expect(first.status == 0, "\(first.output)")
        let rebuild = try Malbild.run(["--demo"], in: work.url, input: "source dialog.mal\nsave replayed.json\n")
        #expect(rebuild.status == 0, "\(rebuild.output)")
        let diff = try Malbild.run(["diff", "recorded.json", "replayed.json"], in: work.url)
        #expect(diff.output == "workspace: name changed: recorded → replayed\n1 difference.\n")
        let replay = try Malbild.run(["replay", "dialog.mal"], in: work.url)
        #expect(replay.status == 0, "\(replay.output)")
        #expect(replay.output.contains("[12/12] ks2019* mål 4> assess qualitative \"Fler föreningar syns på webben\""))
        #expect(replay.output.hasSuffix("Replayed 12 of 12 commands, on a copy: this session's workspace is unchanged.\n"))
    }

    @Test func reportFromTheCommandLine() throws {
        let work = try TemporaryFolder()
        let html = try Malbild.run(["report", "--demo", "--checkpoint", "delår1", "--format", "html", "--out", "r.html"], in: work.url)
        #expect(html.status == 0, "\(html.output)")
        let page = try String(contentsOf: work.url.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("Ökat medborgarinflytande"))
        #expect(page.contains("<svg"))
        _ = try Malbild.run(["--demo"], in: work.url, input: "save ks.json\n")
        let md = try Malbild.run(["report", "ks.json", "--checkpoint", "delår2"], in: work.url)
        #expect(md.status == 0)
        #expect(md.output.hasPrefix("# Delårsrapport 2 per 2019-08-31"))
        let bad = try Malbild.run(["report", "ks.json", "--checkpoint", "delår9"], in: work.url)
        #expect(bad.status == 2)
        #expect(bad.output == "malbild: there is no checkpoint \"delår9\": use delår1, delår2, helår\n")
        let none = try Malbild.run(["report"], in: work.url)
        #expect(none.status == 2)
    }

    @Test func anExportedScriptRebuildsTheDemo() throws {
        let work = try TemporaryFolder()
        let export = try Malbild.run(["--demo"], in: work.url, input: "export script demo.mal\nsave demo.json\n")
        #expect(export.status == 0, "\(export.output)")
        let rebuild = try Malbild.run(["--batch"], in: work.url, input: "source demo.mal\nsave rebuilt.json\n")
        #expect(rebuild.status == 0, "\(rebuild.output)")
        let diff = try Malbild.run(["diff", "demo.json", "rebuilt.json"], in: work.url)
        #expect(diff.output == "workspace: name changed: demo → rebuilt\n1 difference.\n")
    }

    @Test func changeSurvivesSigkill() throws {
        let work = try TemporaryFolder()
        _ = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        let live = try LiveMalbild(["ws.json", "--batch"], in: work.url)
        live.send("goal 6\nnote \"Sagt precis innan kraschen\"\n")
        try live.waitFor("Note added to goal 6")
        live.kill()

        let after = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nsave\n")
        #expect(after.status == 0, "\(after.output)")
        #expect(after.output.contains("Recovered 1 unsaved change from the journal"))
        #expect(after.output.contains("Sagt precis innan kraschen"))
        let saved = try String(contentsOf: work.url.appendingPathComponent("ws.json"), encoding: .utf8)
        #expect(saved.contains("Sagt precis innan kraschen"))
        // Saved: the journal holds nothing more to recover.
        let again = try Malbild.run(["ws.json"], in: work.url, input: "status\n")
        #expect(!again.output.contains("Recovered"), "\(again.output)")
        #expect(again.output.contains("Unsaved:  no changes"))
    }

    @Test func aScriptLeavesUnsavedChangesInTheJournalForTheNextOpen() throws {
        let work = try TemporaryFolder()
        _ = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        let script = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"Inte sparad\"\n")
        #expect(script.output.contains("they stay in ws.json.journal and come back when the file is opened next"))
        let look = try Malbild.run(["ws.json"], in: work.url, input: "goals\n")
        #expect(look.output.contains("Recovered 1 unsaved change"), "\(look.output)")
        let again = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nsave\n")
        #expect(again.output.contains("Inte sparad"))
    }

    @Test func workOnTheDemoSurvivesSigkillBeforeAnySave() throws {
        let work = try TemporaryFolder()
        let live = try LiveMalbild(["--demo", "--batch"], in: work.url)
        live.send("goal 6\nnote \"Sagt innan något sparats\"\n")
        try live.waitFor("Note added to goal 6")
        live.kill()

        let next = try Malbild.run(["--demo", "--interactive"], in: work.url, input: "recover\ngoal 6\nsave kept.json\n")
        #expect(next.output.contains("a session ended without saving 1 change"), "\(next.output)")
        #expect(next.output.contains("Recovered 1 unsaved change"))
        #expect(next.output.contains("Sagt innan något sparats"))
        let saved = try String(contentsOf: work.url.appendingPathComponent("kept.json"), encoding: .utf8)
        #expect(saved.contains("Sagt innan något sparats"))
        // Recovered and saved: nothing is left to recover.
        let after = try Malbild.run(["--demo", "--interactive"], in: work.url, input: "recover\n")
        #expect(after.output.contains("there is no unsaved work from an ended session to recover"), "\(after.output)")
    }

    @Test func secondSessionIsRefusedWithTheHoldersProcessID() throws {
        let work = try TemporaryFolder()
        _ = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        let first = try LiveMalbild(["ws.json", "--batch"], in: work.url)
        first.send("goals\n")
        try first.waitFor("Title")
        let second = try Malbild.run(["ws.json"], in: work.url, input: "goals\n")
        #expect(second.status == 2)
        #expect(second.output.contains("process \(first.pid)"), "\(second.output)")
        first.kill()
        // The lock of the killed session is stale now and is taken over.
        let third = try Malbild.run(["ws.json"], in: work.url, input: "goals\n")
        #expect(third.status == 0, "\(third.output)")
        #expect(third.output.contains("took over the lock"))
    }
}

/// A `malbild` process that keeps running while a test talks to it.
final class LiveMalbild {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var seen = ""
    private var bytes = Data()

    init(_ arguments: [String], in folder: URL) throws {
        process.executableURL = Malbild.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = Malbild.environment(home: folder.appendingPathComponent(".home"))
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    deinit {
        if process.isRunning { kill() }
    }

    var pid: Int32 { process.processIdentifier }

    /// What the process wrote so far (as far as a wait has read).
    var written: String { seen }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Reads output until `text` appears (`count` times), or fails after ten seconds.
    func waitFor(_ text: String, count: Int = 1) throws {
        let deadline = Date().addingTimeInterval(10)
        // Read without waiting, so that a process that stays silent fails the test in time.
        let fd = output.fileHandleForReading.fileDescriptor
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while seen.components(separatedBy: text).count - 1 < count {
            guard Date() < deadline, process.isRunning else {
                throw Failure(description: "\"\(text)\" did not appear; output so far:\n\(seen)")
            }
            let n = read(fd, &buffer, buffer.count)
            if n > 0 {
                bytes.append(contentsOf: buffer[0..<n])
                seen = String(decoding: bytes, as: UTF8.self)
            } else {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// SIGKILL: no chance to clean up, as in a crash or power cut.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
