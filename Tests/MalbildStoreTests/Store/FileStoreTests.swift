import Foundation
import Testing
import MalbildCore
@testable import MalbildStore

/// The file store on real files: the lock, the journal each step goes to, recovery on the
/// next open with its warnings as values, save and save as, and the scratch copy of a
/// workspace with no file.
@Suite("The file store")
struct FileStoreTests {
    static let six: GoalNumber = 6
    static let time = Date(timeIntervalSince1970: 1_800_000_000)

    /// Applies a step that sets goal 6's ambition level to `text` (with its log entry), and
    /// returns it as a session hands it to its store.
    static func step(on workspace: inout Workspace, _ text: String, user: String = "anna") throws -> StoredStep {
        let edit = Edit.setAmbition(goal: six, text: text)
        let inverse = try workspace.apply(edit)
        let entry = LogEntry(time: time, user: user, goal: six, change: .edit(edit.summary))
        let log = Edit.appendLog(entry: entry)
        let logInverse = try workspace.apply(log)
        return StoredStep(user: user, time: time, edits: [edit, log], inverse: [logInverse, inverse])
    }

    /// Opens `url` in a new store (the demo when it does not exist).
    static func open(_ url: URL) throws -> (FileStore, FileOpening) {
        let store = try FileStore.lock(url)
        return (store, try store.open { .demo })
    }

    @Test("each step is in the journal before append returns, numbered from 1, and load gives the state after it")
    func appendAndLoad() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(.demo, to: url)
        let (store, opening) = try Self.open(url)
        defer { store.close() }
        #expect(opening.existed && opening.recoveredSteps == 0 && opening.warnings.isEmpty)
        #expect(store.keepsEachStep == false && store.newsDescriptor == nil && store.takeNews() == false)
        var workspace = opening.workspace
        let first = try Self.step(on: &workspace, "Alla elever ska nå målen i åk 9")
        #expect(try store.append(first, after: 0) == 1)
        #expect(try store.append(try Self.step(on: &workspace, "Fler går vidare"), after: 1) == 2)
        #expect(try folder.text("ks.json.journal").contains("Alla elever ska nå målen i åk 9"))

        let loaded = try store.load()
        #expect(loaded.sequence == 2)
        #expect(loaded.workspace == workspace)
        let steps = try store.steps(after: 1)
        #expect(steps.count == 1)
        #expect(steps.first?.sequence == 2)
        #expect(steps.first?.user == "anna" && steps.first?.time == Self.time)
        #expect(steps.first?.edits.first == .setAmbition(goal: Self.six, text: "Fler går vidare"))
        #expect(try store.steps(after: 2).isEmpty)
        // The inverse of a step read back takes it back.
        var back = workspace
        for edit in steps.first?.inverse ?? [] { _ = try back.apply(edit) }
        #expect(back.goal(Self.six)?.ambition == "Alla elever ska nå målen i åk 9")
        #expect(back.log.count == workspace.log.count - 1)
    }

    @Test("a file another live session holds is refused before anything of it is read, and its lock is left as it was")
    func lockRefusesASecondWriter() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(.demo, to: url)
        let other = LockHolder(
            pid: getppid(), user: "anna", host: LockHolder.currentHostName(), since: Self.time,
            started: ProcessIdentity.startTicks(of: getppid()), boot: ProcessIdentity.bootID())
        var data = try StoreCoding.makeEncoder(pretty: false).encode(other)
        data.append(UInt8(ascii: "\n"))
        try data.write(to: WorkspaceLock.url(for: url))
        let error = try #require(throws: WorkspaceLockError.self) { try FileStore.lock(url) }
        #expect(error.fault == .heldByAnotherSession(other))
        #expect(try folder.bytes("ks.json.lock") == data)
        #expect(try folder.names() == ["ks.json", "ks.json.lock"])
    }

    @Test("steps kept for later are recovered by the next open, and a save folds them into the file")
    func recoverThenSave() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(.demo, to: url)
        var workspace = Workspace.demo
        do {
            let (store, _) = try Self.open(url)
            _ = try store.append(try Self.step(on: &workspace, "Fler går vidare"), after: 0)
            store.keepForLater()
            store.close()
        }
        #expect(FileManager.default.fileExists(atPath: url.path + ".journal"))
        let (store, opening) = try Self.open(url)
        #expect(opening.recoveredSteps == 1)
        #expect(opening.workspace == workspace)
        #expect(store.sequence == 0)
        try store.save(opening.workspace)
        #expect(try WorkspaceFile<Workspace>.load(from: url) == workspace)
        #expect(try store.fileChangedOnDisk() == false)
        store.close()
        #expect(!FileManager.default.fileExists(atPath: url.path + ".journal"))
        let (reopened, again) = try Self.open(url)
        defer { reopened.close() }
        #expect(again.recoveredSteps == 0 && again.workspace == workspace)
    }

    @Test("a journal whose steps no longer apply is set aside, said as a value, and the file opens as saved")
    func journalThatDoesNotApply() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(.demo, to: url)
        do {
            let (store, _) = try Self.open(url)
            // A step on a goal the file does not have.
            let entry = LogEntry(time: Self.time, user: "anna", goal: 99, change: .edit(.setAmbition(goal: 99)))
            _ = try store.append(StoredStep(user: "anna", time: Self.time,
                                            edits: [.setAmbition(goal: 99, text: "x"), .appendLog(entry: entry)], inverse: []), after: 0)
            store.keepForLater()
            store.close()
        }
        let (store, opening) = try Self.open(url)
        defer { store.close() }
        #expect(opening.recoveredSteps == 0)
        #expect(opening.workspace == .demo)
        guard case let .journalDoesNotApply(path, _, movedTo)? = opening.warnings.first else {
            Issue.record("no warning: \(opening.warnings)")
            return
        }
        #expect(path == url.path)
        let aside = try #require(movedTo)
        #expect(FileManager.default.fileExists(atPath: aside))
        #expect(try String(contentsOfFile: aside, encoding: .utf8).contains("\"x\""))
    }

    @Test("a file changed on disk by another program is noticed before a save")
    func fileChangedOnDisk() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(.demo, to: url)
        let (store, _) = try Self.open(url)
        defer { store.close() }
        #expect(try store.fileChangedOnDisk() == false)
        try WorkspaceFile<Workspace>.save(.empty(year: 2024), to: url)
        #expect(try store.fileChangedOnDisk())
    }

    @Test("save as writes the new file, sets an old journal beside it aside and journals from there")
    func saveAs() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ny.json")
        try folder.write("old journal\n", to: "ny.json.journal")
        let store = try FileStore.lock(url, clearingLeftovers: false)
        defer { store.close() }
        try store.setAsideOldJournal()
        var workspace = Workspace.demo
        try store.saveAs(workspace)
        #expect(try WorkspaceFile<Workspace>.load(from: url) == workspace)
        #expect(try folder.names().contains { $0.hasPrefix("ny.json.journal.orphaned-") })
        _ = try store.append(try Self.step(on: &workspace, "Fler går vidare"), after: 0)
        #expect(try store.load().workspace == workspace)
    }

    @Test("a scratch copy keeps work without a file; kept for later it is found, read and removed")
    func scratch() throws {
        let folder = try TemporaryFolder()
        var workspace = Workspace.demo
        let store = try FileStore.scratch(base: workspace, carrying: [], in: folder.url)
        let url = try #require(store.scratch)
        #expect(store.file == nil)
        _ = try store.append(try Self.step(on: &workspace, "Fler går vidare"), after: 0)
        store.keepForLater()
        store.close()
        #expect(FileManager.default.fileExists(atPath: url.path))

        let found = FileStore.orphanedScratch(in: folder.url) { _, _ in true }
        #expect(found.map(\.url.lastPathComponent) == [url.lastPathComponent])
        #expect(found.first?.changes == 1)
        #expect(FileStore.orphanedScratch(in: folder.url) { _, _ in false }.isEmpty)
        let (base, entries) = try FileStore.readScratch(url)
        var recovered = base
        for edit in entries { _ = try recovered.apply(edit) }
        #expect(recovered == workspace)
        FileStore.removeScratch(url)
        #expect(try folder.names().isEmpty)
    }

    @Test("closing a scratch copy that was not kept removes it")
    func scratchGivenUp() throws {
        let folder = try TemporaryFolder()
        var workspace = Workspace.demo
        let store = try FileStore.scratch(base: workspace, carrying: [], in: folder.url)
        _ = try store.append(try Self.step(on: &workspace, "Fler går vidare"), after: 0)
        #expect(try folder.names().count == 2)
        store.close()
        #expect(try folder.names().isEmpty)
    }
}
