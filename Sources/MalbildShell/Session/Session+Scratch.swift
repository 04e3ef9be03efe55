import Foundation
import MalbildCore
import MalbildStore

/// Work on a workspace that has no file yet (the demo, a new one) is kept
/// too: the workspace as it was before the first change is written to the
/// state folder, and every change is journaled beside it, so a crash before
/// the first save loses nothing. `recover` brings such work back.
extension Session {
    /// The folder for the work of sessions whose workspace has no file.
    var scratchFolder: URL {
        StateDirectory(environment: environment).url.appendingPathComponent("unsaved")
    }

    /// Before the first change to a workspace without a file: writes it as it
    /// is and opens a journal beside it. Best effort: if the state folder
    /// cannot be written, the shell works on and `status` says so.
    func ensureScratchJournal() {
        guard file == nil, journal == nil, scratch == nil, !isReplay, tutorial == nil,
              environment["XDG_STATE_HOME"] != nil || environment["HOME"] != nil else { return }
        startScratch(base: workspace, carrying: [])
    }

    /// Writes `base` to a new scratch file of this session and journals `entries` (whole
    /// steps that lead from it to the workspace) beside it. The name holds this process's
    /// id and start time, and a random part: `PID-START-RANDOM.json`, so that a later
    /// process given the same id neither takes it for its own nor writes over it.
    @discardableResult
    func startScratch(base: Workspace, carrying entries: [Edit]) -> Bool {
        let start = WorkspaceLock.currentProcessStart.map(String.init) ?? "0"
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let url = scratchFolder.appendingPathComponent("\(getpid())-\(start)-\(random).json")
        do {
            try FileManager.default.createDirectory(at: scratchFolder, withIntermediateDirectories: true)
            let saved = try WorkspaceFile<Workspace>.save(base, to: url)
            let newJournal = try Journal<Edit>.open(for: url, fingerprint: saved)
            journal = newJournal
            scratch = url
            if !entries.isEmpty { try newJournal.append(contentsOf: entries) }
            return true
        } catch {
            warn(t(.scratchUnavailable, String(describing: error)))
            return false
        }
    }

    /// Removes this session's scratch files: the work was saved to a file, or given up.
    func dropScratch() {
        guard let scratch else { return }
        if file == nil { journal?.discard(); journal = nil }
        try? FileManager.default.removeItem(at: scratch)
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: scratch.path + ".journal"))
        self.scratch = nil
    }

    /// Whether the session that made a scratch file has ended: its name gives the process id
    /// and start time (`PID-START-RANDOM.json`; older ones only `PID.json`). A process id
    /// now used by a later process counts as ended; so does work this very session kept
    /// aside when it went on to another workspace.
    private func scratchSessionEnded(name: String, modified: Date?) -> Bool {
        let parts = name.dropLast(5).split(separator: "-")
        guard let first = parts.first, let pid = Int32(first) else { return false }
        let started = parts.count > 1 ? UInt64(parts[1]).flatMap { $0 == 0 ? nil : $0 } : nil
        if pid == getpid(), started == nil || started == WorkspaceLock.currentProcessStart {
            return scratchFolder.appendingPathComponent(name) != scratch
        }
        return !LockHolder.isRunning(pid: pid, started: started, boot: nil, notAfter: modified)
    }

    /// Scratch files left by sessions that ended without saving, newest first:
    /// their process has ended and their journal holds changes.
    public func orphanedScratch() -> [(url: URL, changes: Int, modified: Date)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: scratchFolder.path) else { return [] }
        var found: [(URL, Int, Date)] = []
        for name in names where name.hasSuffix(".json") {
            let url = scratchFolder.appendingPathComponent(name)
            let written = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            guard scratchSessionEnded(name: name, modified: written),
                  let base = try? WorkspaceFile<Workspace>.loadWithFingerprint(from: url),
                  let recovery = try? Journal<Edit>.recover(for: url, fingerprint: base.fingerprint) else { continue }
            let steps = recovery.filter(\.endsStep).count
            guard steps > 0 else { continue }
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path + ".journal"))?[.modificationDate] as? Date
            found.append((url, steps, modified ?? .distantPast))
        }
        return found.sorted { $0.2 > $1.2 }.map { (url: $0.0, changes: $0.1, modified: $0.2) }
    }

    /// Says at start-up that earlier unsaved work can be recovered.
    public func mentionOrphanedScratch() {
        guard let newest = orphanedScratch().first else { return }
        warn(t(.scratchFound, newest.changes, NoteTime.format(newest.modified)))
    }

    /// `recover`: brings back the newest work left unsaved by a session that
    /// ended; `recover discard` removes it.
    func recoverScratch(discard: Bool) throws {
        guard let orphan = orphanedScratch().first else { throw failure(.scratchNone) }
        let journalURL = URL(fileURLWithPath: orphan.url.path + ".journal")
        if discard {
            try? FileManager.default.removeItem(at: orphan.url)
            try? FileManager.default.removeItem(at: journalURL)
            return say(.scratchDiscarded, orphan.changes)
        }
        guard mayDiscardChanges(before: t(.beforeRecovering)) else { return }
        let base: Workspace
        var recovered: Workspace
        var steps: [Edit] = []
        do {
            let loaded = try WorkspaceFile<Workspace>.loadWithFingerprint(from: orphan.url)
            base = loaded.document
            recovered = base
            if let recovery = try Journal<Edit>.recover(for: orphan.url, fingerprint: loaded.fingerprint) {
                steps = Array(recovery)
                for edit in steps { _ = try recovered.apply(edit) }
            }
        } catch {
            throw ShellError.failed(message(for: error))
        }
        leaveCurrent()
        workspace = recovered
        startingPoint = base
        focus = nil
        undoStack.removeAll()
        redoStack.removeAll()
        savedDepth = nil
        changesBeforeHistory = orphan.changes
        // Keep it safe at once under this session, as the same start and the same steps, so
        // that a second crash before the next change leaves it as recoverable as before;
        // only then let go of the old files.
        if tutorial == nil, !isReplay, startScratch(base: base, carrying: steps) {
            try? FileManager.default.removeItem(at: orphan.url)
            try? FileManager.default.removeItem(at: journalURL)
        }
        say(.scratchRecovered, orphan.changes, workspace.name)
    }
}
