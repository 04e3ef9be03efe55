import Foundation
import MalbildCore

/// The embedded store: a workspace file with its journal and lock, or, for a workspace that
/// has no file yet, a scratch copy in the state folder with a journal beside it.
///
/// Each step is appended to the journal (and synced, when ``syncsEveryAppend``) before
/// ``append(_:after:)`` returns; a save folds the journal into the file. The lock keeps every
/// other writer out, so the only steps are this store's own: ``steps(after:)`` never brings
/// news, and a step is never refused for a conflict. Its sequence numbers count the steps
/// appended since the store was opened.
public final class FileStore: WorkspaceStore {
    /// The workspace file; nil for a scratch copy.
    public private(set) var file: URL?
    /// The scratch copy this store keeps for a workspace with no file; nil for a file, and once
    /// the copy was left for a later `recover` (``keepForLater()``).
    public private(set) var scratch: URL?
    /// The journal steps are appended to; nil once it was closed for a later open.
    public private(set) var journal: Journal<Edit>?
    /// The lock of the workspace file; nil for a scratch copy.
    public private(set) var lock: WorkspaceLock?
    /// The number of steps appended since the store was opened: the last step's sequence number.
    public private(set) var sequence: Int64 = 0
    /// Whether each append is synced to the disk before it returns (at a terminal); a script's
    /// steps reach the system at once and are synced when the journal closes.
    public var syncsEveryAppend = true
    /// Whether appended steps are held in memory until ``flush()`` (see `Journal.holdsBack`):
    /// for a script, whose output is held back as long. Everything else this store does with
    /// the journal writes them first.
    public var holdsBackWrites = false
    /// How many appended steps are held, not yet written.
    public private(set) var heldSteps = 0
    /// How many steps were appended since the last save (or the store's start).
    public var stepsSinceSave: Int { Int(sequence - savedSequence) }
    /// How many bytes of journal lines are held, not yet written.
    public var heldByteCount: Int { journal?.heldByteCount ?? 0 }
    /// The sequence number of the last step folded into the file by a save (or of the store's
    /// start): the journal holds the steps after it.
    private var savedSequence: Int64 = 0

    private init(file: URL?, scratch: URL?, journal: Journal<Edit>?, lock: WorkspaceLock?) {
        self.file = file
        self.scratch = scratch
        self.journal = journal
        self.lock = lock
    }

    // MARK: Opening a file

    /// Takes the lock of a workspace file, before anything of it is read: a FIFO or a device
    /// is refused first, and a journal still written by a live session whose lock was removed
    /// by hand is not taken over. With `clearingLeftovers`, temporary files that saves killed
    /// midway left beside it are removed (no save of it can be under way while the lock is held).
    ///
    /// The store has no journal yet: ``open(makingNew:)`` reads the file and opens it, or
    /// ``saveAs(_:)`` writes it first.
    ///
    /// - Throws: `WorkspaceFileError`, `WorkspaceLockError`.
    public static func lock(_ url: URL, clearingLeftovers: Bool = true) throws -> FileStore {
        if clearingLeftovers { try WorkspaceFile<Workspace>.checkRegularFile(at: url) }
        let newLock = try WorkspaceLock.acquire(for: url)
        if let writer = Journal<Edit>.liveWriter(for: url) {
            newLock.release()
            throw WorkspaceLockError(path: url.path, lockPath: newLock.url.path, fault: .journalInUse(pid: writer))
        }
        if clearingLeftovers { WorkspaceFile<Workspace>.removeLeftoverTemporaries(of: url) }
        return FileStore(file: url, scratch: nil, journal: nil, lock: newLock)
    }

    /// The process whose stale lock ``lock(_:clearingLeftovers:)`` took over, if it did.
    public var tookOverLockFrom: Int32? { lock?.tookOverStaleLockFrom }

    /// Whether the workspace file exists on disk.
    public var fileExists: Bool {
        file.map { FileManager.default.fileExists(atPath: $0.path) } ?? false
    }

    /// Reads the locked file (or starts `makingNew()` when it does not exist yet), replays the
    /// journal a session left when it ended without saving, and opens the journal for this
    /// store's steps. A journal that belongs to another version of the file, or whose changes
    /// no longer apply, is set aside (never deleted); a step a crash cut off is cut, and lines
    /// that cannot be read are kept aside with the lines after them: each is a warning of the
    /// result. On failure the lock is released and nothing is kept.
    ///
    /// - Throws: `WorkspaceFileError`, `JournalError`.
    public func open(makingNew: () -> Workspace) throws -> FileOpening {
        guard let url = file else { return FileOpening(workspace: makingNew(), existed: false, recoveredSteps: 0, warnings: []) }
        do {
            let exists = fileExists
            var loaded: Workspace
            var fingerprint = FileFingerprint.absent
            if exists {
                (loaded, fingerprint) = try WorkspaceFile<Workspace>.loadWithFingerprint(from: url)
            } else {
                loaded = makingNew()
            }
            var warnings: [FileStoreWarning] = []
            let (recovered, recovery) = try Self.replayJournal(of: url, fingerprint: fingerprint, into: &loaded, warnings: &warnings)
            journal = try Journal<Edit>.open(for: url, fingerprint: fingerprint, after: recovery)
            return FileOpening(workspace: loaded, existed: exists, recoveredSteps: recovered, warnings: warnings)
        } catch {
            close()
            throw error
        }
    }

    /// Replays the journal onto `loaded`; returns the steps replayed and the recovery they came
    /// from (nil when none was used).
    private static func replayJournal(
        of url: URL, fingerprint: FileFingerprint, into loaded: inout Workspace, warnings: inout [FileStoreWarning]
    ) throws -> (steps: Int, recovery: JournalRecovery<Edit>?) {
        let recovery: JournalRecovery<Edit>?
        do {
            recovery = try Journal<Edit>.recover(for: url, fingerprint: fingerprint)
        } catch let error as JournalError where error.movedTo != nil {
            warnings.append(.journalSetAside(error))
            return (0, nil)
        }
        guard let recovery else { return (0, nil) }
        if recovery.ignoredIncompleteLines > 0 || recovery.cutEntries > 0 {
            warnings.append(.journalCutOff)
        }
        var replayed = loaded
        for edit in recovery {
            do {
                _ = try replayed.apply(edit)
            } catch {
                let aside = try Journal<Edit>.setAside(for: url)
                warnings.append(.journalDoesNotApply(path: url.path, reason: error, movedTo: aside?.path))
                return (0, nil)
            }
        }
        loaded = replayed
        // Each step a session made ends with its log entry: count steps, not lines.
        let steps = recovery.filter(\.endsStep).count
        if let aside = recovery.setAside {
            warnings.append(.journalLinesSetAside(aside, file: url.lastPathComponent, steps: steps))
        }
        return (steps, recovery)
    }

    // MARK: Saving

    /// Before writing the file or its journal: the lock is still this store's (not removed by
    /// hand, not taken by another session).
    ///
    /// - Throws: `WorkspaceLockError`.
    public func verifyLock() throws {
        guard file != nil, let lock else { return }
        try lock.verify()
    }

    /// Whether the file on disk is no longer the version this store read or last saved.
    ///
    /// - Throws: `SystemCallError` when the file cannot be read.
    public func fileChangedOnDisk() throws -> Bool {
        guard let file, let journal else { return false }
        return try FileFingerprint.ofFile(at: file) != journal.fingerprint
    }

    /// Writes `workspace` over the store's own file and starts the journal over: the steps so
    /// far are folded into the file.
    ///
    /// - Throws: `WorkspaceFileError`, `JournalError`.
    public func save(_ workspace: Workspace) throws {
        guard let file else { return }
        try flush()
        if let journal {
            let saved = try WorkspaceFile<Workspace>.save(workspace, to: file, beforeReplacing: journal.recordPendingSave)
            try journal.reset(to: saved)
        } else {
            try WorkspaceFile<Workspace>.save(workspace, to: file)
        }
        savedSequence = sequence
    }

    /// Writes `workspace` as the first version of this store's file (locked with
    /// ``lock(_:clearingLeftovers:)``, its old journal set aside) and opens a journal for it.
    ///
    /// - Throws: `WorkspaceFileError`, `JournalError`.
    public func saveAs(_ workspace: Workspace) throws {
        guard let file else { return }
        let saved = try WorkspaceFile<Workspace>.save(workspace, to: file)
        journal = try Journal<Edit>.open(for: file, fingerprint: saved)
        savedSequence = sequence
    }

    /// Sets aside a journal found beside the file (a save as over an older workspace).
    ///
    /// - Throws: `JournalError`.
    public func setAsideOldJournal() throws {
        guard let file else { return }
        try Journal<Edit>.setAside(for: file)
    }

    /// Lets go of the journal unwritten when the lock is no longer this store's: it may be
    /// another session's now.
    public func releaseJournalIfLockLost() {
        if let lock, (try? lock.verify()) == nil {
            journal?.close()
            journal = nil
        }
    }

    // MARK: A workspace with no file

    /// Writes `base` to a new scratch file in `folder` and journals `entries` (whole steps that
    /// lead from it to the workspace) beside it. The name holds this process's id and start
    /// time, and a random part: `PID-START-RANDOM.json`, so that a later process given the same
    /// id neither takes it for its own nor writes over it.
    ///
    /// - Throws: what creating the folder or writing the files threw.
    public static func scratch(base: Workspace, carrying entries: [Edit], in folder: URL) throws -> FileStore {
        let start = WorkspaceLock.currentProcessStart.map(String.init) ?? "0"
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let url = folder.appendingPathComponent("\(getpid())-\(start)-\(random).json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let saved = try WorkspaceFile<Workspace>.save(base, to: url)
        let newJournal = try Journal<Edit>.open(for: url, fingerprint: saved)
        let store = FileStore(file: nil, scratch: url, journal: newJournal, lock: nil)
        if !entries.isEmpty { try newJournal.append(contentsOf: entries) }
        return store
    }

    /// Removes this store's scratch files: the work was saved to a file, or given up.
    private func dropScratch() {
        guard let scratch else { return }
        if file == nil { journal?.discard(); journal = nil }
        try? FileManager.default.removeItem(at: scratch)
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: scratch.path + ".journal"))
        self.scratch = nil
    }

    /// Scratch copies in `folder` whose session has ended (`ended` tells by the file's name and
    /// time) and whose journal holds whole steps, newest first.
    public static func orphanedScratch(
        in folder: URL, ended: (_ name: String, _ modified: Date?) -> Bool
    ) -> [(url: URL, changes: Int, modified: Date)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var found: [(URL, Int, Date)] = []
        for name in names where name.hasSuffix(".json") {
            let url = folder.appendingPathComponent(name)
            let written = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            guard ended(name, written),
                  let base = try? WorkspaceFile<Workspace>.loadWithFingerprint(from: url),
                  let recovery = try? Journal<Edit>.recover(for: url, fingerprint: base.fingerprint) else { continue }
            let steps = recovery.filter(\.endsStep).count
            guard steps > 0 else { continue }
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path + ".journal"))?[.modificationDate] as? Date
            found.append((url, steps, modified ?? .distantPast))
        }
        return found.sorted { $0.2 > $1.2 }.map { (url: $0.0, changes: $0.1, modified: $0.2) }
    }

    /// Reads a scratch copy a session left: the workspace it started from, and the entries of
    /// its journal (whole steps) that lead from there.
    ///
    /// - Throws: `WorkspaceFileError`, `JournalError`.
    public static func readScratch(_ url: URL) throws -> (base: Workspace, entries: [Edit]) {
        let loaded = try WorkspaceFile<Workspace>.loadWithFingerprint(from: url)
        let entries = try Journal<Edit>.recover(for: url, fingerprint: loaded.fingerprint).map { Array($0) } ?? []
        return (loaded.document, entries)
    }

    /// Removes a scratch copy and its journal.
    public static func removeScratch(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: url.path + ".journal"))
    }

    // MARK: Leaving

    /// Whether steps are being journaled (the journal is open).
    public var isJournaling: Bool { journal != nil }

    /// Closes the journal and leaves it on disk with its steps: the next open of the file (or,
    /// for a scratch copy, a later `recover`) brings them back. The scratch copy is no longer
    /// this store's to remove.
    public func keepForLater() {
        try? flush()
        journal?.close()
        journal = nil
        scratch = nil
    }

    // MARK: WorkspaceStore

    /// The file's path, or the scratch copy's.
    public var displayName: String { file?.path ?? scratch?.path ?? "" }

    /// False: steps stay in the journal until a save.
    public var keepsEachStep: Bool { false }

    /// The workspace as the file and its journal hold it now.
    ///
    /// - Throws: `WorkspaceFileError`, `JournalError`.
    public func load() throws -> StoreContents {
        let (workspace, _) = try readJournaled()
        return StoreContents(workspace: workspace, sequence: sequence)
    }

    /// Appends the step's edits to the journal, one line each, with one write (and, when
    /// ``syncsEveryAppend``, one sync) for them all. A file's lock is checked first (for steps
    /// held back, when they are written).
    ///
    /// - Throws: `WorkspaceLockError`, `JournalError`; nothing is appended then.
    public func append(_ step: StoredStep, after sequence: Int64) throws -> Int64 {
        // Held steps are written (and the lock checked) together, by `flush`.
        if journal != nil, !holdsBackWrites { try verifyLock() }
        journal?.syncsEveryAppend = syncsEveryAppend
        // Steps held before go first.
        if !holdsBackWrites { try flush() }
        journal?.holdsBack = holdsBackWrites
        try journal?.append(contentsOf: step.edits)
        if holdsBackWrites, journal != nil { heldSteps += 1 }
        self.sequence += 1
        return self.sequence
    }

    /// Writes the steps held back (see ``holdsBackWrites``) to the journal. On failure none of
    /// them is kept: the sequence goes back to the last step written, and the error says why.
    ///
    /// - Throws: `JournalError`.
    public func flush() throws {
        let count = heldSteps
        guard count > 0 else { return }
        heldSteps = 0
        do {
            try verifyLock()
            try journal?.flush()
        } catch {
            journal?.dropHeld()
            sequence -= Int64(count)
            throw error
        }
    }

    /// The steps after `sequence` that the journal still holds (those since the last save):
    /// this store's own, since the lock keeps others out. None when `sequence` is the last.
    ///
    /// - Throws: `WorkspaceFileError`, `JournalError`.
    public func steps(after sequence: Int64) throws -> [StoredStep] {
        guard sequence < self.sequence else { return [] }
        let (_, steps) = try readJournaled()
        return steps.filter { $0.sequence > sequence }
    }

    /// Nil: nobody else writes a locked file.
    public var newsDescriptor: Int32? { nil }

    /// False: there is never news.
    public func takeNews() -> Bool { false }

    /// Lets go of the file: a scratch copy is removed; the journal (whose steps are given up)
    /// is removed unless the lock is no longer this store's (it may be another session's then);
    /// the lock is released.
    public func close() {
        dropScratch()
        if let lock, (try? lock.verify()) == nil {
            journal?.close()
        } else {
            journal?.discard()
        }
        journal = nil
        lock?.release()
        lock = nil
    }

    /// The file (or scratch copy) with its journal's whole steps applied, and those of the steps
    /// that this store appended since its last save, numbered, with their inverses.
    private func readJournaled() throws -> (Workspace, [StoredStep]) {
        try flush()
        guard let url = file ?? scratch else { throw JournalError(path: "", workspacePath: "", fault: .closed) }
        let loaded = try WorkspaceFile<Workspace>.loadWithFingerprint(from: url)
        var workspace = loaded.document
        let entries = try Journal<Edit>.recover(for: url, fingerprint: loaded.fingerprint, repair: false).map { Array($0) } ?? []
        var steps: [StoredStep] = []
        var edits: [Edit] = []
        var inverse: [Edit] = []
        for edit in entries {
            inverse.insert(try workspace.apply(edit), at: 0)
            edits.append(edit)
            guard edit.endsStep else { continue }
            var step = StoredStep(user: "", time: Date(timeIntervalSince1970: 0), edits: edits, inverse: inverse)
            if case let .appendLog(entry) = edit {
                step.user = entry.user
                step.time = entry.time
            }
            steps.append(step)
            edits = []
            inverse = []
        }
        // The journal's last steps are this store's since its last save; earlier ones were
        // recovered from a session before it.
        let own = Int(sequence - savedSequence)
        let first = max(0, steps.count - own)
        for i in first..<steps.count { steps[i].sequence = savedSequence + Int64(i - first + 1) }
        return (workspace, Array(steps[first...]))
    }
}
