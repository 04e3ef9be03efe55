import Foundation
import Testing

/// The workspace's files under attack, through the real binary and the real files on disk:
/// torn and damaged journals, a lock removed under a session, special files, read-only
/// files, crafted numbers, names and leftovers; each test fails on a build without its fix.
@Suite struct FileSafetyTests {
    /// A folder with the demo saved as `ws.json`.
    func savedDemo() throws -> TemporaryFolder {
        let work = try TemporaryFolder()
        let save = try Malbild.run(["--demo"], in: work.url, input: "save ws.json\n")
        #expect(save.status == 0, "\(save.output)")
        return work
    }

    func lines(_ url: URL) throws -> [String] {
        String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// A process id that no process has now.
    func unusedPID() -> Int32 {
        var pid: Int32 = 3_999_999
        while kill(pid, 0) == 0 || errno == EPERM { pid -= 1 }
        return pid
    }

    // MARK: Journal

    @Test func aTornStepIsCutFromTheJournalWhenFirstSeenAndNeverComesBack() throws {
        let work = try savedDemo()
        let journal = work.url.appendingPathComponent("ws.json.journal")
        // The lines of a step whose log entry never reached the disk: take a real step's edit line.
        _ = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"Aldrig bekräftad\"\n")
        let tornEdit = try #require(try lines(journal).first { $0.contains("Aldrig bekräftad") && !$0.contains("appendLog") })
        try FileManager.default.removeItem(at: journal)
        _ = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"Bekräftad\"\n")
        try append(tornEdit + "\n" + tornEdit + "\n{\"entry\":{\"insertNo", to: journal)

        let first = try Malbild.run(["ws.json"], in: work.url, input: "goals\n")
        #expect(first.output.contains("cut off by the crash"), "\(first.output)")
        #expect(first.output.contains("Recovered 1 unsaved change"), "\(first.output)")
        #expect(try !String(contentsOf: journal, encoding: .utf8).contains("Aldrig bekräftad"),
                "the torn step is cut from the journal the moment it is seen")
        _ = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"Senare\"\n")
        let last = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nsave\n")
        #expect(last.output.contains("Recovered 2 unsaved changes"), "\(last.output)")
        #expect(last.output.contains("Bekräftad") && last.output.contains("Senare"))
        #expect(!last.output.contains("Aldrig bekräftad"), "\(last.output)")
    }

    @Test func oneBadJournalLineKeepsTheStepsBeforeItAndSetsTheRestAside() throws {
        let work = try savedDemo()
        let journal = work.url.appendingPathComponent("ws.json.journal")
        let script = try Malbild.run(["ws.json"], in: work.url,
                                     input: "goal 6\nnote \"Första\"\nnote \"Andra\"\nnote \"Tredje\"\n")
        #expect(script.status == 0, "\(script.output)")
        var text = try lines(journal)
        let bad = try #require(text.firstIndex { $0.contains("Andra") && !$0.contains("appendLog") })
        text[bad] = "{\"entry\":{\"bogus\":1}}"
        try Data((text.joined(separator: "\n") + "\n").utf8).write(to: journal)

        let open = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nsave\n")
        #expect(open.output.contains("line \(bad + 1) of the journal of ws.json cannot be read"), "\(open.output)")
        #expect(open.output.contains("the 1 change before it was recovered, and 4 lines from there on were kept aside in"), "\(open.output)")
        #expect(open.output.contains("Första"))
        #expect(!open.output.contains("Tredje"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: work.url.path).filter { $0.hasPrefix("ws.json.journal.orphaned-") }
        #expect(aside.count == 1)
        let kept = try String(contentsOf: work.url.appendingPathComponent(aside.first ?? "?"), encoding: .utf8)
        #expect(kept.contains("Tredje") && kept.contains("bogus"), "the rest is kept, not lost")
    }

    // MARK: Locks

    @Test func aLockRemovedUnderASessionLetsNoOtherSessionTakeItsJournal() throws {
        let work = try savedDemo()
        let a = try LiveMalbild(["ws.json", "--batch"], in: work.url)
        a.send("goal 6\nnote \"Från A\"\n")
        try a.waitFor("Note added to goal 6")
        try FileManager.default.removeItem(at: work.url.appendingPathComponent("ws.json.lock"))
        let b = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"Från B\"\nsave\n")
        #expect(b.status == 2, "\(b.output)")
        #expect(b.output.contains("its journal is still written by it although its lock"), "\(b.output)")
        #expect(b.output.contains("process \(a.pid)"), "\(b.output)")
        // A goes on: its lock is put back, its journal and its save are its own.
        a.send("note \"A efter\"\nsave\n")
        try a.waitFor("Saved ")
        a.kill()
        let saved = try String(contentsOf: work.url.appendingPathComponent("ws.json"), encoding: .utf8)
        #expect(saved.contains("Från A") && saved.contains("A efter"))
        #expect(!saved.contains("Från B"))
    }

    @Test func aSessionWhoseLockWasTakenWritesNothingMore() throws {
        let work = try savedDemo()
        let a = try LiveMalbild(["ws.json", "--batch"], in: work.url)
        a.send("goal 6\nnote \"Från A\"\n")
        try a.waitFor("Note added to goal 6")
        let file = work.url.appendingPathComponent("ws.json")
        let before = try Data(contentsOf: file)
        // Another session's lock in its place (this test's own process stands for it).
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, 255)
        let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let other = "{\"host\":\"\(host)\",\"pid\":\(getpid()),\"since\":\"2030-01-01T00:00:00Z\",\"token\":\"annan\",\"user\":\"anna\"}\n"
        try Data(other.utf8).write(to: work.url.appendingPathComponent("ws.json.lock"))
        a.send("note \"A efter\"\n")
        try a.waitFor("no longer holds")
        #expect(a.written.contains("was taken by another Målbild session (process \(getpid()), user anna"), "\(a.written)")
        a.send("save\n")
        try a.waitFor("Keep this session's work with save OTHER.json\n", count: 2)
        a.send("save annan.json\n")
        try a.waitFor("Saved ")
        a.kill()
        #expect(try Data(contentsOf: file) == before, "the file is not written over")
        let kept = try String(contentsOf: work.url.appendingPathComponent("annan.json"), encoding: .utf8)
        #expect(kept.contains("Från A") && !kept.contains("A efter"))
        #expect(try String(contentsOf: work.url.appendingPathComponent("ws.json.lock"), encoding: .utf8) == other,
                "the other session's lock is left alone")
    }

    @Test func aSaveOverAFileChangedOnDiskIsRefused() throws {
        let work = try savedDemo()
        let a = try LiveMalbild(["ws.json", "--batch"], in: work.url)
        a.send("goal 6\nnote \"Från A\"\n")
        try a.waitFor("Note added to goal 6")
        let file = work.url.appendingPathComponent("ws.json")
        let changed = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"ks2019\"", with: "\"ändrad\"")
        try Data(changed.utf8).write(to: file)
        a.send("save\n")
        try a.waitFor("was changed on disk since this session read or saved it")
        a.kill()
        #expect(try String(contentsOf: file, encoding: .utf8) == changed)
    }

    @Test func aLockWhoseProcessIDWasReusedIsTakenOverAndAHeldLockSaysHowToClearIt() throws {
        let work = try savedDemo()
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, 255)
        let hostName = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // A lock left by a session long ago whose process id a later process has now.
        let lock = "{\"host\":\"\(hostName)\",\"pid\":\(sleeper.processIdentifier),\"since\":\"2019-02-20T10:00:00Z\",\"token\":\"x\",\"user\":\"tester\"}\n"
        try Data(lock.utf8).write(to: work.url.appendingPathComponent("ws.json.lock"))
        let open = try Malbild.run(["ws.json"], in: work.url, input: "goals\n")
        #expect(open.status == 0, "\(open.output)")
        #expect(open.output.contains("took over the lock"), "\(open.output)")

        let holder = try LiveMalbild(["ws.json", "--batch"], in: work.url)
        holder.send("goals\n")
        try holder.waitFor("Title")
        let refused = try Malbild.run(["ws.json"], in: work.url, input: "goals\n")
        holder.kill()
        #expect(refused.status == 2)
        #expect(refused.output.contains("delete \(work.url.path)/ws.json.lock"), "\(refused.output)")
    }

    @Test func unsavedDemoWorkUnderAReusedProcessIDCanBeRecovered() throws {
        let work = try TemporaryFolder()
        let live = try LiveMalbild(["--demo", "--batch"], in: work.url)
        live.send("goal 6\nnote \"Under ett återanvänt id\"\n")
        try live.waitFor("Note added to goal 6")
        live.kill()
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        // The killed session's work now names a process id in use by a later process.
        let folder = work.url.appendingPathComponent(".home/state/malbild/unsaved")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let base = try #require(names.first { $0.hasSuffix(".json") })
        let reused = "\(sleeper.processIdentifier).json"
        try FileManager.default.moveItem(at: folder.appendingPathComponent(base + ".journal"),
                                         to: folder.appendingPathComponent(reused + ".journal"))
        try FileManager.default.moveItem(at: folder.appendingPathComponent(base), to: folder.appendingPathComponent(reused))
        // The work was begun an hour ago, long before the later process started.
        let earlier = Date().addingTimeInterval(-3600)
        for name in [reused, reused + ".journal"] {
            try FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        let next = try Malbild.run(["--demo"], in: work.url, input: "recover\ngoal 6\n")
        #expect(next.output.contains("Recovered 1 unsaved change"), "\(next.output)")
        #expect(next.output.contains("Under ett återanvänt id"))
    }

    // MARK: Files that are not ours

    @Test(arguments: ["ws.json.journal", "ws.json.lock"])
    func aReportIsNeverWrittenOverTheWorkspacesJournalOrLock(target: String) throws {
        let work = try savedDemo()
        let run = try Malbild.run(["ws.json"], in: work.url,
                                  input: "goal 6\nnote \"Ska finnas kvar\"\nreport --out \(target)\n")
        #expect(run.output.contains("\(target) is the \(target.hasSuffix("lock") ? "lock" : "journal") of a workspace: it is never written over"),
                "\(run.output)")
        let again = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\n")
        #expect(again.status == 0, "\(again.output)")
        #expect(again.output.contains("Ska finnas kvar"), "\(again.output)")
        let export = try Malbild.run(["--demo"], in: work.url, input: "export script ws.json.journal\n")
        #expect(export.status == 1)
    }

    @Test func aFIFOIsRefusedAsWorkspaceAndAsImportWithoutWaiting() throws {
        let work = try TemporaryFolder()
        #expect(mkfifo(work.url.appendingPathComponent("pipe.json").path, 0o600) == 0)
        let open = try Malbild.run(["pipe.json"], in: work.url, timeout: 20)
        #expect(open.status == 2, "\(open.output)")
        #expect(open.output.contains("pipe.json is a FIFO (named pipe), not a workspace file"), "\(open.output)")
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("pipe.json.lock").path))
        let importing = try Malbild.run(["--demo"], in: work.url, input: "import kolada pipe.json\nimport csv pipe.json\n", timeout: 20)
        #expect(importing.status == 1, "\(importing.output)")
        #expect(importing.output.contains("not a regular file"), "\(importing.output)")
    }

    @Test func aWorkspaceLinkedToADeviceIsRefusedWithoutALockBesideTheDevice() throws {
        let work = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: work.url.appendingPathComponent("zero.json").path,
                                                   withDestinationPath: "/dev/zero")
        let open = try Malbild.run(["zero.json"], in: work.url, timeout: 20)
        #expect(open.status == 2, "\(open.output)")
        #expect(open.output.contains("is a device, not a workspace file"), "\(open.output)")
        #expect(!FileManager.default.fileExists(atPath: "/dev/zero.lock"))
    }

    @Test func aReadOnlyWorkspaceIsNotReplacedBySave() throws {
        let work = try savedDemo()
        let file = work.url.appendingPathComponent("ws.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let before = try Data(contentsOf: file)
        let run = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"x\"\nsave\n")
        #expect(run.status == 1)
        #expect(run.output.contains("the file is read-only; it was not changed"), "\(run.output)")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func temporaryFilesOfASaveKilledMidwayAreRemovedOnTheNextOpen() throws {
        let work = try savedDemo()
        let pid = unusedPID()
        let leftovers = [".ws.json.tmp-\(pid)-1a2b", ".ws.json.journal.tmp-\(pid)-3c4d"]
        for name in leftovers { try Data(repeating: 65, count: 1000).write(to: work.url.appendingPathComponent(name)) }
        let other = ".andra.json.tmp-\(pid)-5e6f"
        try Data("x".utf8).write(to: work.url.appendingPathComponent(other))
        let open = try Malbild.run(["ws.json"], in: work.url, input: "goals\n")
        #expect(open.status == 0, "\(open.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.url.path)
        for name in leftovers { #expect(!names.contains(name), "\(names)") }
        #expect(names.contains(other), "another workspace's files are left alone")
    }

    // MARK: What a file brings in, and names

    @Test func aCraftedPlanYearIsRefusedWithItsPlace() throws {
        let work = try savedDemo()
        let file = work.url.appendingPathComponent("ws.json")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"planYear\" : 2019", with: "\"planYear\" : -9223372036854775808")
        try Data(text.utf8).write(to: file)
        let run = try Malbild.run(["ws.json"], in: work.url, input: "kolada urls\n")
        #expect(run.status == 2, "\(run.output)")
        #expect(run.output.contains("at planYear: the year -9223372036854775808 is outside 1000–9999"), "\(run.output)")
    }

    @Test func aFractionalFormatVersionIsNamed() throws {
        let work = try TemporaryFolder()
        try Data("{\"formatVersion\": 2.5, \"workspace\": {}}".utf8).write(to: work.url.appendingPathComponent("v.json"))
        let run = try Malbild.run(["v.json"], in: work.url)
        #expect(run.status == 2)
        #expect(run.output.contains("its \"formatVersion\" is not a whole number (it is 2.5)"), "\(run.output)")
        #expect(!run.output.contains("not valid JSON"))
    }

    @Test func aFileNameWithALineBreakIsRefused() throws {
        let work = try TemporaryFolder()
        let run = try Malbild.run(["--demo"], in: work.url, input: "save \"a\nb.json\"\nexport script \"c\td.mal\"\nrecord start \"e\nf.mal\"\n")
        #expect(run.status == 1)
        #expect(run.output.components(separatedBy: "holds a control character").count == 4, "\(run.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.url.path).filter { !$0.hasPrefix(".") }
        #expect(names.isEmpty, "\(names)")
    }

    // MARK: Scripts, the demo and recover

    @Test func openInAScriptKeepsUnsavedChangesInTheJournalAndSaysSo() throws {
        let work = try savedDemo()
        let run = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\nnote \"Före open\"\nopen ny.json\n")
        #expect(run.output.contains("1 change was not saved; they stay in ws.json.journal"), "\(run.output)")
        let again = try Malbild.run(["ws.json"], in: work.url, input: "goal 6\n")
        #expect(again.output.contains("Recovered 1 unsaved change"), "\(again.output)")
        #expect(again.output.contains("Före open"))
    }

    @Test func newInAScriptKeepsUnsavedDemoWorkForRecover() throws {
        let work = try TemporaryFolder()
        let run = try Malbild.run(["--demo"], in: work.url, input: "goal 6\nnote \"Före new\"\nnew\n")
        #expect(run.output.contains("kept in the state folder and recover brings it back"), "\(run.output)")
        let next = try Malbild.run(["--demo"], in: work.url, input: "recover\ngoal 6\n")
        #expect(next.output.contains("Före new"), "\(next.output)")
    }

    @Test func openAndNewWithDemoInsideTheShell() throws {
        let work = try TemporaryFolder()
        let run = try Malbild.run([], in: work.url, input: "open --demo\ngoals\nnew x\nnew --demo\ngoal 6\n")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("Opened the demo: Kommunstyrelsens mål 2019, Vaggeryd"), "\(run.output)")
        #expect(run.output.contains("Mål 6. Ökat medborgarinflytande"))
    }

    @Test func saveWithoutAnEndingWritesJSONAndSaysSo() throws {
        let work = try TemporaryFolder()
        let run = try Malbild.run(["--demo"], in: work.url, input: "save ks2019\n")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("Saved \(work.url.path)/ks2019.json (.json added to the name)."), "\(run.output)")
        #expect(FileManager.default.fileExists(atPath: work.url.appendingPathComponent("ks2019.json").path))
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("ks2019").path))
    }

    @Test func diffOnTheDemoComparesWithWhereTheSessionStarted() throws {
        let work = try TemporaryFolder()
        let run = try Malbild.run(["--demo"], in: work.url, input: "goal 6\nset kind supporting\ndiff\nnew\ngoal add \"Nytt\"\ndiff\n")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("goal 6: kind changed: steering → supporting\n1 difference."), "\(run.output)")
        #expect(run.output.contains("goal 1: added"), "\(run.output)")
    }

    @Test func recoveredWorkSurvivesASecondCrashBeforeTheNextChange() throws {
        let work = try TemporaryFolder()
        let first = try LiveMalbild(["--demo", "--batch"], in: work.url)
        first.send("goal 6\nnote \"Överlever två krascher\"\n")
        try first.waitFor("Note added to goal 6")
        first.kill()
        let second = try LiveMalbild(["--demo", "--batch"], in: work.url)
        second.send("recover\n")
        try second.waitFor("Recovered 1 unsaved change")
        second.kill()
        let third = try Malbild.run(["--demo"], in: work.url, input: "recover\ngoal 6\n")
        #expect(third.output.contains("Recovered 1 unsaved change"), "\(third.output)")
        #expect(third.output.contains("Överlever två krascher"))
    }
}
