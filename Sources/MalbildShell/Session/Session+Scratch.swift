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
        guard store == nil, !isReplay, tutorial == nil,
              environment["XDG_STATE_HOME"] != nil || environment["HOME"] != nil else { return }
        startScratch(base: workspace, carrying: [])
    }

    /// Keeps the work in a new scratch copy of this session: `base` written to the state
    /// folder, and `entries` (whole steps that lead from it to the workspace) journaled beside it.
    @discardableResult
    func startScratch(base: Workspace, carrying entries: [Edit]) -> Bool {
        do {
            let newStore = try FileStore.scratch(base: base, carrying: entries, in: scratchFolder)
            store = newStore
            sequence = newStore.sequence
            return true
        } catch {
            warn(t(.scratchUnavailable, String(describing: error)))
            return false
        }
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
        FileStore.orphanedScratch(in: scratchFolder) { scratchSessionEnded(name: $0, modified: $1) }
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
        if discard {
            FileStore.removeScratch(orphan.url)
            return say(.scratchDiscarded, orphan.changes)
        }
        guard mayDiscardChanges(before: t(.beforeRecovering)) else { return }
        let base: Workspace
        var recovered: Workspace
        var steps: [Edit] = []
        do {
            (base, steps) = try FileStore.readScratch(orphan.url)
            recovered = base
            for edit in steps { _ = try recovered.apply(edit) }
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
            FileStore.removeScratch(orphan.url)
        }
        say(.scratchRecovered, orphan.changes, workspace.name)
    }
}
