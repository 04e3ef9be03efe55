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
        let url = scratchFolder.appendingPathComponent("\(getpid()).json")
        do {
            try FileManager.default.createDirectory(at: scratchFolder, withIntermediateDirectories: true)
            let saved = try WorkspaceFile<Workspace>.save(workspace, to: url)
            journal = try Journal<Edit>.open(for: url, fingerprint: saved)
            scratch = url
        } catch {
            warn(t(.scratchUnavailable, String(describing: error)))
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

    /// Scratch files left by sessions that ended without saving, newest first:
    /// their process has ended and their journal holds changes.
    public func orphanedScratch() -> [(url: URL, changes: Int, modified: Date)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: scratchFolder.path) else { return [] }
        var found: [(URL, Int, Date)] = []
        for name in names where name.hasSuffix(".json") {
            guard let pid = Int32(name.dropLast(5)), pid != getpid(), !WorkspaceLock.isProcessAlive(pid) else { continue }
            let url = scratchFolder.appendingPathComponent(name)
            guard let base = try? WorkspaceFile<Workspace>.loadWithFingerprint(from: url),
                  let recovery = try? Journal<Edit>.recover(for: url, fingerprint: base.fingerprint) else { continue }
            let steps = recovery.filter { if case .appendLog = $0 { return true } else { return false } }.count
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
        var recovered: Workspace
        do {
            let base = try WorkspaceFile<Workspace>.loadWithFingerprint(from: orphan.url)
            recovered = base.document
            if let recovery = try Journal<Edit>.recover(for: orphan.url, fingerprint: base.fingerprint) {
                let complete = recovery.lastIndex { if case .appendLog = $0 { return true } else { return false } }
                    .map { recovery.prefix(through: $0) } ?? recovery.prefix(0)
                for edit in complete { _ = try recovered.apply(edit) }
            }
        } catch {
            throw ShellError.failed(message(for: error))
        }
        closeFile()
        workspace = recovered
        focus = nil
        undoStack.removeAll()
        redoStack.removeAll()
        savedDepth = nil
        changesBeforeHistory = orphan.changes
        // Keep it safe at once under this session, then let go of the old files.
        ensureScratchJournal()
        try? FileManager.default.removeItem(at: orphan.url)
        try? FileManager.default.removeItem(at: journalURL)
        say(.scratchRecovered, orphan.changes, workspace.name)
    }
}
