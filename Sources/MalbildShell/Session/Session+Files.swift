import Foundation
import LineEditing
import MalbildCore
import MalbildStore

extension Session {
    /// Opens a workspace file for writing: takes its lock, reads it (or starts
    /// empty when it does not exist yet), and replays its journal if a session
    /// ended before saving. On any failure the current workspace is kept.
    public func open(_ url: URL) throws {
        let url = url.standardizedFileURL.resolvingSymlinksInPath()
        if url == file { throw ShellError.failed("\(url.path) is already open") }
        let newLock = try storeCall { try WorkspaceLock.acquire(for: url) }
        if let pid = newLock.tookOverStaleLockFrom {
            warn("took over the lock of \(url.path) from process \(pid), which has ended")
        }
        let exists = FileManager.default.fileExists(atPath: url.path)
        var loaded: Workspace
        var fingerprint = FileFingerprint.absent
        var recovered = 0
        let newJournal: Journal<Edit>
        do {
            if exists {
                (loaded, fingerprint) = try WorkspaceFile<Workspace>.loadWithFingerprint(from: url)
            } else {
                loaded = Workspace.empty(name: Self.name(of: url), year: Self.currentYear(clock()))
            }
            recovered = try replayJournal(of: url, fingerprint: fingerprint, into: &loaded)
            newJournal = try Journal<Edit>.open(for: url, fingerprint: fingerprint)
        } catch {
            newLock.release()
            throw ShellError.failed(String(describing: error))
        }
        closeFile()
        workspace = loaded
        file = url
        lock = newLock
        journal = newJournal
        focus = nil
        resetHistory(savedState: recovered == 0)
        changesBeforeHistory = recovered
        StateDirectory(environment: environment).rememberLastWorkspace(url)
        if !exists {
            say("New workspace \(workspace.name): \"save\" writes it to \(url.path).")
        } else if recovered > 0 {
            say("Opened \(url.path): \(workspace.goals.count) goals. Recovered \(recovered) unsaved change\(recovered == 1 ? "" : "s") from the journal; \"save\" keeps them.")
        } else if console.isInteractive {
            say("Opened \(url.path): \(workspace.goals.count) goals.")
        }
    }

    /// Replays the journal a session left when it ended without saving.
    /// A journal that belongs to another version of the file, or whose
    /// changes no longer apply, is set aside (never deleted) with a warning.
    private func replayJournal(of url: URL, fingerprint: FileFingerprint, into loaded: inout Workspace) throws -> Int {
        let recovery: JournalRecovery<Edit>?
        do {
            recovery = try Journal<Edit>.recover(for: url, fingerprint: fingerprint)
        } catch let error as JournalError where error.movedTo != nil {
            warn(error.description)
            return 0
        }
        guard let recovery else { return 0 }
        if recovery.ignoredIncompleteLines > 0 {
            warn("the last change in the journal was cut off by the crash and could not be recovered")
        }
        // Every step ends with its log entry; edits after the last one are a
        // step the crash cut in half, and are left out whole.
        let complete = recovery.lastIndex { if case .appendLog = $0 { return true } else { return false } }
            .map { recovery.prefix(through: $0) } ?? recovery.prefix(0)
        if complete.count < recovery.count {
            warn("the last change in the journal was cut off by the crash and was left out")
        }
        var replayed = loaded
        for edit in complete {
            do {
                _ = try replayed.apply(edit)
            } catch {
                let aside = try Journal<Edit>.setAside(for: url)
                warn("the journal of \(url.path) does not apply to the file (\(error)); it was kept as \(aside?.path ?? "?") and the file opened as saved")
                return 0
            }
        }
        loaded = replayed
        // Each step the session made ends with its log entry: count steps, not lines.
        // A crash between a step's edit and its log entry leaves a step without one.
        return complete.filter { if case .appendLog = $0 { return true } else { return false } }.count
    }

    /// Reads a workspace file without opening it for writing: no lock, no
    /// journal. For reports of what a file holds.
    public func read(_ url: URL) throws {
        do {
            workspace = try WorkspaceFile<Workspace>.load(from: url)
        } catch {
            throw ShellError.failed(String(describing: error))
        }
        resetHistory(savedState: true)
    }

    /// Saves to the workspace's file, or to a new file that it then belongs to.
    func save(to target: URL?) throws {
        guard let url = (target ?? file)?.standardizedFileURL.resolvingSymlinksInPath() else {
            throw ShellError.failed("this workspace has no file yet: give one, e.g. save ks2019.json")
        }
        if url != file {
            // Saving elsewhere: never write over a file that is not a
            // workspace this version can read, and ask before replacing one.
            if FileManager.default.fileExists(atPath: url.path) {
                do {
                    _ = try WorkspaceFile<Workspace>.load(from: url)
                } catch {
                    throw ShellError.failed("\(error)\nIt was not written over; save to another file.")
                }
                guard console.confirm("\(url.path) holds another workspace; replace it?", whenNotAsked: true) else {
                    say("Nothing was saved.")
                    return
                }
            }
            let newLock = try storeCall { try WorkspaceLock.acquire(for: url) }
            do {
                try Journal<Edit>.setAside(for: url)
                // The workspace takes the new file's name, as a logged step of its own.
                if workspace.name != Self.name(of: url) {
                    try perform(.setInfo(field: .name, value: Self.name(of: url)))
                }
                let saved = try WorkspaceFile<Workspace>.save(workspace, to: url)
                let newJournal = try Journal<Edit>.open(for: url, fingerprint: saved)
                closeFile()
                file = url
                lock = newLock
                journal = newJournal
            } catch {
                newLock.release()
                throw ShellError.failed(String(describing: error))
            }
            StateDirectory(environment: environment).rememberLastWorkspace(url)
        } else {
            try storeCall {
                if let journal {
                    let saved = try WorkspaceFile<Workspace>.save(workspace, to: url, beforeReplacing: journal.recordPendingSave)
                    try journal.reset(to: saved)
                } else {
                    try WorkspaceFile<Workspace>.save(workspace, to: url)
                }
            }
        }
        savedDepth = undoStack.count
        changesBeforeHistory = 0
        say("Saved \(url.path).")
    }

    /// Runs a store call, turning its error into a shell error with its message.
    private func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ShellError.failed(String(describing: error))
        }
    }

    /// Starts an empty workspace with no file.
    func startNew(name: String, year: Int? = nil) throws {
        closeFile()
        workspace = .empty(name: name, year: year ?? Self.currentYear(clock()))
        focus = nil
        resetHistory(savedState: true)
        say("New empty workspace \(name) for \(workspace.planYear). Add an area with area add, a goal with goal add.")
    }

    /// Starts the undo history afresh; `savedState` tells whether the
    /// workspace now equals its file (or its starting point).
    private func resetHistory(savedState: Bool) {
        undoStack.removeAll()
        redoStack.removeAll()
        savedDepth = savedState ? 0 : nil
        changesBeforeHistory = 0
    }

    /// Appends applied edits to the journal, if the workspace has a file.
    func journalAppend(_ edits: [Edit]) throws {
        try journal?.append(contentsOf: edits)
    }

    /// At a terminal with unsaved changes, asks whether they may be lost.
    func mayDiscardChanges(before action: String) -> Bool {
        guard unsavedChanges > 0 else { return true }
        let n = unsavedChanges
        return console.confirm("There \(n == 1 ? "is 1 unsaved change" : "are \(n) unsaved changes"); lose \(n == 1 ? "it" : "them") by \(action)?", whenNotAsked: true)
    }

    /// Asks to leave; at a terminal with unsaved changes, asks first.
    public func requestQuit() {
        // Leaving in a lesson gives the learner's own workspace back first,
        // so the question below is about that one.
        if tutorial != nil { endLesson(completed: false) }
        if mayDiscardChanges(before: "leaving") { quitRequested = true }
    }

    /// Ends the session: warns about unsaved changes outside a terminal,
    /// removes the journal of changes the user chose to lose, releases the lock.
    public func close() {
        if tutorial != nil { endLesson(completed: false) }
        if unsavedChanges > 0, !console.isInteractive {
            let n = "\(unsavedChanges) change\(unsavedChanges == 1 ? " was" : "s were") not saved"
            if let file, journal != nil {
                // Nobody was asked, so nothing is thrown away: the journal
                // keeps the changes, and the next open of the file recovers them.
                warn("\(n); they stay in \(file.lastPathComponent).journal and come back when the file is opened next (end the script with \"save\" to save them)")
                journal?.close()
                journal = nil
            } else {
                warn("\(n) (end the script with \"save FILE\" to keep them)")
            }
        }
        closeFile()
    }

    /// Lets go of the current file: its journal (whose changes are given up) and lock.
    func closeFile() {
        journal?.discard()
        journal = nil
        lock?.release()
        lock = nil
        file = nil
    }

    /// What `status` prints.
    func statusText() -> String {
        var lines: [String] = []
        if let file {
            lines.append("File:     \(file.path)")
            lines.append("Journal:  \(file.path).journal (changes are written there at once and folded in on save)")
        } else {
            lines.append("File:     none (\"save FILE\" gives the workspace a file; until then changes live only in memory)")
        }
        lines.append("Unsaved:  \(unsavedChanges == 0 ? "no changes" : "\(unsavedChanges) change\(unsavedChanges == 1 ? "" : "s")")")
        lines.append("Undo:     \(undoStack.count) step\(undoStack.count == 1 ? "" : "s")\(undoStack.last.map { ", last: \($0.summary)" } ?? "")")
        if !redoStack.isEmpty { lines.append("Redo:     \(redoStack.count) step\(redoStack.count == 1 ? "" : "s")") }
        lines.append("Focus:    \(focus.map { "goal \($0)" } ?? "none")")
        return lines.joined(separator: "\n")
    }

    /// The start-up file: `$XDG_CONFIG_HOME/malbild/init.mal`, or
    /// `~/.config/malbild/init.mal`.
    public static func startupFile(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("malbild/init.mal")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/malbild/init.mal")
    }

    /// Runs the start-up file if there is one; its errors are reported with
    /// its name and line, and the shell starts all the same.
    public func runStartupFile() {
        guard let url = Self.startupFile(environment: environment), FileManager.default.fileExists(atPath: url.path) else { return }
        do {
            try source(url.path)
        } catch {
            warn("\(error) (malbild --no-init starts without it)")
        }
    }

    /// Runs a script file in this session.
    func source(_ path: String) throws {
        guard sourceDepth < 16 else { throw ShellError.failed("scripts source each other too deeply (16 levels): is there a loop?") }
        let reader: PlainReader
        do {
            reader = try PlainReader(path: path)
        } catch {
            throw ShellError.failed("cannot read \(path): \(error)")
        }
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let outcome = Interpreter(session: self, sourceName: path, bail: bail).run(reader)
        if case .finished(let failures) = outcome, failures > 0 {
            throw ShellError.failed("\(path): \(failures) command\(failures == 1 ? "" : "s") failed")
        }
    }

    static func name(of url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }

    static func currentYear(_ date: Date) -> Int {
        Calendar(identifier: .gregorian).component(.year, from: date)
    }
}
