import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The crash journal next to a workspace file, `FILE.json.journal`: every change since the
/// last save, one compact JSON line each, flushed to disk before `append` returns.
///
/// The first line records the fingerprint of the saved workspace file the entries apply
/// to, so that a journal is only ever replayed onto that version. Appending costs one
/// encode, one write and one fsync whatever the size of the workspace or the journal: the
/// file is kept open and only ever appended to.
///
/// Layout, one JSON object per line:
///
///     {"created":"…","fingerprint":{"fnv1a64":"…","size":1234},"malbildJournal":1,"workspace":"/…/ks.json"}
///     {"entry":{…}}
///     {"saving":{"fnv1a64":"…","size":1301}}
///
/// A `saving` line is written just before a save replaces the workspace file; if the
/// session dies between that rename and `reset`, the next open sees that the file on disk
/// is the saved one and replays only what came after the line.
public final class Journal<Entry: Codable> {
    /// The journal file.
    public let url: URL
    /// The workspace file it belongs to.
    public let workspaceURL: URL
    /// The saved version of the workspace file the entries apply to.
    public private(set) var fingerprint: FileFingerprint
    /// How many entries the journal holds (those carried over from a crashed session
    /// included).
    public private(set) var entryCount: Int

    private let path: String
    private let workspacePath: String
    private var descriptor: Int32 = -1
    private var size: off_t = 0
    private let encoder = StoreCoding.makeEncoder(pretty: false)
    /// The encoder for the values an entry writing its own line hands over (see `JournalLineWriter`).
    var ownLineEncoder: JSONEncoder { encoder }

    /// The journal file for a workspace file: the same path with `.journal` added.
    public static func url(for workspaceURL: URL) -> URL {
        URL(fileURLWithPath: journalPath(for: workspaceURL))
    }

    private static func journalPath(for workspaceURL: URL) -> String {
        FileSystem.canonicalPath(of: workspaceURL) + ".journal"
    }

    // MARK: Recovering

    /// The entries an earlier session left for the workspace file as it is now, for replay.
    ///
    /// Returns nil when there is no journal or nothing in it to replay. An incomplete last
    /// line (a crash in the middle of a write) is ignored and counted. Reads only; the
    /// journal stays in place, to be continued by `open(for:fingerprint:)`.
    ///
    /// - Parameter fingerprint: the fingerprint of the workspace bytes that were loaded (from
    ///   `WorkspaceFile.loadWithFingerprint`); when nil the file is read again to take it.
    /// - Throws: `JournalError`. When the journal belongs to another version of the file, is
    ///   not a journal, or has a damaged line, it is first renamed to
    ///   `FILE.json.journal.orphaned-<UTC time>` (nothing is lost) and the error says where;
    ///   the open can then go on with the file as saved.
    ///
    /// A step is all or nothing (see `JournalStepEntry`): the entries of a step a crash cut
    /// off are cut from the journal here and now, with an incomplete last line, so that no
    /// later open can replay them. A line that cannot be read does not cost the steps before
    /// it: they are returned, and that line with the rest is kept aside in a file of its own
    /// (`setAside` says where and how many lines). Pass `repair: false` to only look.
    public static func recover(
        for workspaceURL: URL,
        fingerprint: FileFingerprint? = nil,
        repair: Bool = true
    ) throws -> JournalRecovery<Entry>? {
        let path = journalPath(for: workspaceURL)
        let workspacePath = workspaceURL.standardizedFileURL.path
        let found = try inspect(path: path, workspaceURL: workspaceURL, fingerprint: fingerprint)
        guard let inspection = found.inspection, inspection.hasHeader else { return nil }
        var setAside: JournalSetAside?
        if let damage = inspection.damage {
            let movedTo = repair
                ? try Self.repair(path: path, workspacePath: workspacePath, inspection: inspection, data: found.data)
                : path
            setAside = JournalSetAside(line: damage.line, detail: damage.detail, lines: damage.lines, movedTo: movedTo ?? path)
        } else if repair, inspection.needsRepair {
            try Self.repair(path: path, workspacePath: workspacePath, inspection: inspection, data: found.data)
        }
        if inspection.entries.isEmpty && inspection.scan.incompleteLines == 0 && inspection.cutEntries == 0
            && setAside == nil { return nil }
        var recovery = JournalRecovery(
            entries: inspection.entries,
            ignoredIncompleteLines: inspection.scan.incompleteLines,
            journalURL: URL(fileURLWithPath: path),
            cutEntries: inspection.cutEntries,
            setAside: setAside)
        if repair {
            recovery.readState = (Data(found.data.prefix(inspection.usableLength)), found.current, inspection.entryLines)
        }
        return recovery
    }

    /// Moves a workspace's journal aside to `FILE.json.journal.orphaned-<UTC time>` without
    /// reading it, for example when replaying it failed. Returns the new place, or nil when
    /// there is no journal.
    ///
    /// - Throws: `JournalError` with `.cannotWrite` when it cannot be renamed.
    @discardableResult
    public static func setAside(for workspaceURL: URL) throws -> URL? {
        let path = journalPath(for: workspaceURL)
        guard FileSystem.exists(path: path) else { return nil }
        return URL(fileURLWithPath: try moveAside(path: path, workspacePath: workspaceURL.standardizedFileURL.path))
    }

    // MARK: Opening

    /// Opens the journal of a workspace file for appending.
    ///
    /// A journal that matches the file as it is now is continued: its entries stay (replay
    /// them first with `recover`, and do not append them again), an incomplete last line is
    /// cut off. Otherwise a new journal is started with the file's fingerprint (`none` when
    /// the file does not exist yet).
    ///
    /// - Parameter fingerprint: the fingerprint of the workspace bytes that were loaded; when
    ///   nil the file is read to take it.
    /// - Throws: `JournalError`; a journal that does not match is moved aside first, as in
    ///   `recover`, and opening again then starts a new one.
    ///
    /// - Parameter recovery: what `recover` just read from this journal, if anything: when
    ///   the journal still holds exactly what that left, its lines are not read again.
    public static func open(
        for workspaceURL: URL, fingerprint: FileFingerprint? = nil, after recovery: JournalRecovery<Entry>? = nil
    ) throws -> Journal {
        try Journal(for: workspaceURL, fingerprint: fingerprint, after: recovery)
    }

    private init(for workspaceURL: URL, fingerprint: FileFingerprint?, after recovery: JournalRecovery<Entry>?) throws {
        path = Self.journalPath(for: workspaceURL)
        workspacePath = workspaceURL.standardizedFileURL.path
        url = URL(fileURLWithPath: path)
        self.workspaceURL = workspaceURL
        if let recovery, let state = recovery.readState, let fingerprint, fingerprint == state.fingerprint,
           case .contents(let bytes)? = try? FileSystem.readFile(path: path), bytes == state.bytes {
            // Unchanged since it was recovered: carried over as read then.
            self.fingerprint = fingerprint
            entryCount = recovery.entries.count
            try writeFresh(lines: state.entryLines)
            return
        }
        let (inspection, current, data) = try Self.inspect(path: path, workspaceURL: workspaceURL, fingerprint: fingerprint)
        self.fingerprint = current
        entryCount = 0
        guard let inspection, inspection.hasHeader else {
            try writeFresh(lines: [])
            return
        }
        entryCount = inspection.entries.count
        if inspection.damage != nil {
            try Self.repair(path: path, workspacePath: workspacePath, inspection: inspection, data: data)
        }
        // Re-headed with this process as its writer, whole steps only.
        try writeFresh(lines: inspection.entryLines)
    }

    /// The process writing a workspace's journal, when its header names one that still runs
    /// (not this one): a session whose lock was removed while it had the file open. Another
    /// session must not take its journal over.
    public static func liveWriter(for workspaceURL: URL) -> Int32? {
        guard case .contents(let data)? = try? FileSystem.readFile(path: journalPath(for: workspaceURL)),
              let headerBytes = JournalScan(data).header,
              let header = try? StoreCoding.makeDecoder().decode(JournalHeader.self, from: headerBytes),
              let pid = header.writerPID, pid != getpid(),
              LockHolder.isRunning(pid: pid, started: header.writerStarted, boot: header.writerBoot, notAfter: header.created)
        else { return nil }
        return pid
    }

    deinit {
        close()
    }

    // MARK: Writing

    /// Whether each append is synced to the disk before it returns (the
    /// default). When false, appends still reach the operating system at
    /// once, so a killed process loses nothing, and the journal is synced on
    /// ``close()``; only a machine that stops loses the latest lines. For
    /// scripts, where a sync per command would dominate the run.
    public var syncsEveryAppend = true

    /// Whether appended lines are held in memory until ``flush()`` writes them with one write:
    /// for a script, whose output (what acknowledges its changes) is held back as long and
    /// written only after them. Saving and closing write what is held first; discarding drops it.
    public var holdsBack = false
    /// The lines appended and not yet written (with ``holdsBack``).
    private var held: [UInt8] = []
    /// How many entries ``held`` has.
    private var heldEntries = 0

    /// How many bytes of appended lines are held, not yet written.
    public var heldByteCount: Int { held.count }

    /// Appends one entry as one line and flushes it to disk before returning.
    ///
    /// Acknowledge a change to the user only after this returns. On failure the journal is
    /// cut back to what it was, so a half-written line never stays.
    ///
    /// - Throws: `JournalError` (`.cannotEncode`, `.cannotWrite`, `.closed`).
    public func append(_ entry: Entry) throws {
        try append(contentsOf: [entry])
    }

    /// Appends entries, one line each, with one write and one flush for
    /// them all: a step of many edits (an import) costs one sync, not one
    /// per edit. Nothing is written when any entry cannot be encoded.
    public func append(contentsOf entries: [Entry]) throws {
        let encoder = encoder
        try append(entries) { entry, bytes in try Self.appendLine(for: entry, encoder: encoder, to: &bytes) }
    }

    /// Appends entries whose lines `line` adds to a buffer: held back, or written at once.
    func append(_ entries: [Entry], lines line: (Entry, inout [UInt8]) throws -> Void) throws {
        guard !entries.isEmpty else { return }
        if holdsBack {
            let start = held.count
            do {
                for entry in entries { try line(entry, &held) }
            } catch {
                held.removeSubrange(start...)
                throw failure(.cannotEncode(detail: String(describing: error)))
            }
            heldEntries += entries.count
            entryCount += entries.count
            return
        }
        var lines: [UInt8] = []
        do {
            for entry in entries { try line(entry, &lines) }
        } catch {
            throw failure(.cannotEncode(detail: String(describing: error)))
        }
        try write(lines)
        entryCount += entries.count
    }

    /// Drops the lines held back, unwritten.
    public func dropHeld() {
        entryCount -= heldEntries
        held = []
        heldEntries = 0
    }

    /// Writes the lines held back (see ``holdsBack``) with one write, synced when
    /// ``syncsEveryAppend``. On failure the journal is cut back to what it held before, the
    /// held lines are dropped and the error says how many entries were not kept.
    ///
    /// - Throws: `JournalError` (`.cannotWrite`, `.closed`).
    public func flush() throws {
        guard !held.isEmpty else { return }
        let count = heldEntries
        heldEntries = 0
        // The buffer keeps its room for the next piece, so that each piece does not map and
        // fault in fresh pages.
        defer { held.removeAll(keepingCapacity: true) }
        do {
            try write(held)
        } catch {
            entryCount -= count
            throw error
        }
    }

    /// Records that a save is about to replace the workspace file with bytes of this
    /// fingerprint. Pass it as `beforeReplacing` to `WorkspaceFile.save`.
    ///
    /// - Throws: `JournalError` (`.cannotWrite`, `.closed`); the save then does not happen.
    public func recordPendingSave(_ fingerprint: FileFingerprint) throws {
        try flush()
        let data: Data
        do {
            data = try encoder.encode(JournalSavingLine(saving: fingerprint))
        } catch {
            throw failure(.cannotEncode(detail: String(describing: error)))
        }
        try write(Array(data) + [UInt8(ascii: "\n")])
    }

    /// Starts the journal over after a successful save: no entries, and a header with the
    /// fingerprint of the file as saved (the value `WorkspaceFile.save` returned).
    ///
    /// The new journal replaces the old one atomically. Works after `discard` too.
    ///
    /// - Throws: `JournalError` with `.cannotWrite`.
    public func reset(to fingerprint: FileFingerprint) throws {
        close()
        self.fingerprint = fingerprint
        entryCount = 0
        try writeFresh(lines: [])
    }

    /// Starts the journal over with the fingerprint of the workspace file as it is on disk.
    ///
    /// - Throws: `JournalError` (`.cannotReadWorkspace`, `.cannotWrite`).
    public func reset() throws {
        try reset(to: Self.currentFingerprint(of: workspaceURL, journalPath: path, workspacePath: workspacePath))
    }

    /// Removes the journal file and closes it: for leaving without saving (the changes in it
    /// are given up), or after a save when the session ends. Later appends throw `.closed`
    /// until `reset`.
    ///
    /// Best effort: a journal that cannot be removed is left closed, and offered for
    /// recovery at the next open.
    public func discard() {
        dropHeld()
        close()
        entryCount = 0
        if (try? FileSystem.removeFile(path: path)) != nil {
            FileSystem.syncFolder(containing: path)
        }
    }

    /// Closes the file, leaving it on disk (it will be recovered on the next open). Lines held
    /// back are written first, as far as they can be: call ``flush()`` before, to know.
    public func close() {
        if !held.isEmpty { try? flush() }
        if descriptor >= 0 {
            _ = fsync(descriptor)
            FileSystem.closeDescriptor(descriptor)
            descriptor = -1
        }
    }

    // MARK: Internals

    /// The line of one entry, `{"entry":…}`: written by the entry itself when it can
    /// (``JournalLineCodable``), else by the store's encoder.
    static func line(for entry: Entry, encoder: JSONEncoder) throws -> [UInt8] {
        var line: [UInt8] = []
        try appendLine(for: entry, encoder: encoder, to: &line)
        line.removeLast()
        return line
    }

    /// Appends the line of one entry and its line break to `bytes`.
    private static func appendLine(for entry: Entry, encoder: JSONEncoder, to bytes: inout [UInt8]) throws {
        guard let entry = entry as? any JournalLineCodable else {
            bytes.append(contentsOf: try encoder.encode(JournalEntryLine(entry: entry)))
            bytes.append(UInt8(ascii: "\n"))
            return
        }
        try appendOwnLine(for: entry, encoder: encoder, to: &bytes)
    }

    /// Appends the line of an entry that writes its own, and its line break, to `bytes`.
    static func appendOwnLine<Own: JournalLineCodable>(for entry: Own, encoder: JSONEncoder, to bytes: inout [UInt8]) throws {
        // The line goes into the buffer only once it is whole.
        var writer = JournalLineWriter(encoder: encoder)
        try writer.object(nil) { writer in
            writer.key("entry")
            try entry.writeJournalValue(into: &writer)
        }
        writer.appendBytes(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }

    private func failure(_ fault: JournalError.Fault) -> JournalError {
        JournalError(path: path, workspacePath: workspacePath, fault: fault)
    }

    /// Writes whole lines (each ending in a line break) at the journal's end.
    private func write(_ line: [UInt8]) throws {
        guard descriptor >= 0 else { throw failure(.closed) }
        do {
            try FileSystem.writeAll(descriptor, line, path: path)
            if syncsEveryAppend { try FileSystem.sync(descriptor, path: path) }
        } catch {
            if ftruncate(descriptor, size) == 0 { _ = fsync(descriptor) }
            throw failure(.cannotWrite(reason: error.description))
        }
        size += off_t(line.count)
    }

    /// Replaces the journal atomically with a header for `fingerprint` and the given lines,
    /// then opens it for appending.
    private func writeFresh(lines: [Data]) throws {
        let header = JournalHeader(
            malbildJournal: JournalHeader.currentFormat, workspace: workspacePath,
            fingerprint: fingerprint, created: Date(), writerPID: getpid(),
            writerStarted: ProcessIdentity.startTicks(of: getpid()), writerBoot: ProcessIdentity.bootID())
        var data: Data
        do {
            data = try encoder.encode(header)
        } catch {
            throw failure(.cannotEncode(detail: String(describing: error)))
        }
        data.append(UInt8(ascii: "\n"))
        for line in lines {
            data.append(line)
            data.append(UInt8(ascii: "\n"))
        }
        do {
            try FileSystem.replaceAtomically(path: path, with: data, mode: 0o600)
        } catch {
            throw failure(.cannotWrite(reason: String(describing: error)))
        }
        try openForAppending(truncatingTo: nil)
    }

    private func openForAppending(truncatingTo length: Int?) throws {
        let fd = FileSystem.openDescriptor(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw failure(.cannotWrite(reason: SystemCallError("open", path: path).description)) }
        if let length {
            guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
                let error = SystemCallError("truncate", path: path)
                FileSystem.closeDescriptor(fd)
                throw failure(.cannotWrite(reason: error.description))
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = SystemCallError("stat", path: path)
            FileSystem.closeDescriptor(fd)
            throw failure(.cannotWrite(reason: error.description))
        }
        descriptor = fd
        size = info.st_size
    }

    private static func currentFingerprint(
        of workspaceURL: URL, journalPath: String, workspacePath: String
    ) throws -> FileFingerprint {
        do {
            return try FileFingerprint.ofFile(at: workspaceURL)
        } catch {
            throw JournalError(
                path: journalPath, workspacePath: workspacePath,
                fault: .cannotReadWorkspace(reason: String(describing: error)))
        }
    }

    /// Reads and checks the journal at `path`; nil when there is none. A journal that cannot
    /// be used is moved aside and the error thrown.
    private static func inspect(
        path: String, workspaceURL: URL, fingerprint: FileFingerprint?
    ) throws -> (inspection: JournalInspection<Entry>?, current: FileFingerprint, data: Data) {
        let workspacePath = workspaceURL.standardizedFileURL.path
        let current = try fingerprint
            ?? currentFingerprint(of: workspaceURL, journalPath: path, workspacePath: workspacePath)
        let data: Data
        do {
            switch try FileSystem.readFile(path: path) {
            case .missing: return (nil, current, Data())
            case .contents(let bytes): data = bytes
            }
        } catch {
            throw JournalError(path: path, workspacePath: workspacePath, fault: .cannotRead(reason: error.reason))
        }
        do {
            return (try JournalInspection<Entry>.inspect(data, current: current), current, data)
        } catch {
            let movedTo = try moveAside(path: path, workspacePath: workspacePath)
            let fault: JournalError.Fault
            switch error {
            case .anotherVersion:
                fault = .belongsToAnotherVersion(movedTo: movedTo)
            case .notAJournal(let detail):
                fault = .notAJournal(detail: detail, movedTo: movedTo)
            }
            throw JournalError(path: path, workspacePath: workspacePath, fault: fault)
        }
    }

    /// Cuts a journal back to its usable part: the lines of a step a crash cut off and an
    /// incomplete last line are dropped (never acknowledged); a damaged line and the lines
    /// after it are first kept in a journal of their own beside it. Returns where those were
    /// kept, or nil when nothing was damaged.
    @discardableResult
    private static func repair(
        path: String, workspacePath: String, inspection: JournalInspection<Entry>, data: Data
    ) throws -> String? {
        var movedTo: String?
        if inspection.damage != nil {
            var kept = Data(data.prefix(inspection.scan.headerLength))
            kept.append(data.dropFirst(inspection.usableLength))
            let destination = asideName(for: path)
            do {
                try FileSystem.replaceAtomically(path: destination, with: kept, mode: 0o600)
            } catch {
                throw JournalError(
                    path: path, workspacePath: workspacePath,
                    fault: .cannotWrite(reason: "its unreadable part could not be kept aside: \(error)"))
            }
            movedTo = destination
        }
        let fd = FileSystem.openDescriptor(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw JournalError(path: path, workspacePath: workspacePath,
                               fault: .cannotWrite(reason: SystemCallError("open", path: path).description))
        }
        defer { FileSystem.closeDescriptor(fd) }
        guard ftruncate(fd, off_t(inspection.usableLength)) == 0, fsync(fd) == 0 else {
            throw JournalError(path: path, workspacePath: workspacePath,
                               fault: .cannotWrite(reason: SystemCallError("truncate", path: path).description))
        }
        return movedTo
    }

    /// A fresh name beside a journal for keeping it aside: `PATH.orphaned-<UTC time>`.
    private static func asideName(for path: String) -> String {
        let stamp = Date().formatted(
            Date.ISO8601FormatStyle(dateSeparator: .omitted, dateTimeSeparator: .standard, timeSeparator: .omitted))
        var destination = "\(path).orphaned-\(stamp)"
        var attempt = 1
        while FileSystem.exists(path: destination) {
            attempt += 1
            destination = "\(path).orphaned-\(stamp)-\(attempt)"
        }
        return destination
    }

    /// Renames a journal to `PATH.orphaned-<UTC time>`, never over an existing file.
    private static func moveAside(path: String, workspacePath: String) throws -> String {
        let destination = asideName(for: path)
        do {
            try FileSystem.renameFile(from: path, to: destination)
        } catch {
            throw JournalError(
                path: path, workspacePath: workspacePath,
                fault: .cannotWrite(reason: "it could not be moved aside: \(error.reason)"))
        }
        FileSystem.syncFolder(containing: path)
        return destination
    }
}

extension Journal where Entry: JournalLineCodable {
    /// Appends entries that write their own lines (see ``append(contentsOf:)``), without
    /// looking up each time whether they can.
    public func append(contentsOf entries: [Entry]) throws {
        try append(entries) { entry, bytes in try Self.appendOwnLine(for: entry, encoder: ownLineEncoder, to: &bytes) }
    }
}
