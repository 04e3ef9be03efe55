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
        if url == file { throw failure(.alreadyOpen, url.path) }
        try checkNameToWrite(url)
        let newStore = try storeCall { try FileStore.lock(url) }
        if let pid = newStore.tookOverLockFrom {
            warn(t(.tookOverLock, url.path, pid))
        }
        let exists = newStore.fileExists
        // A mistyped name should not quietly become a new, empty workspace.
        if !exists, !console.confirm(t(.openNewQuestion, url.path), whenNotAsked: true) {
            newStore.close()
            return say(.nothingOpened)
        }
        let opening: FileOpening
        do {
            opening = try newStore.open { Workspace.empty(name: Self.name(of: url), year: Self.currentYear(clock())) }
        } catch {
            throw ShellError.failed(message(for: error))
        }
        for warning in opening.warnings { warn(words(for: warning)) }
        let recovered = opening.recoveredSteps
        takeOver(opening.workspace, store: newStore, sequence: newStore.sequence, savedState: recovered == 0)
        changesBeforeHistory = recovered
        if exists { StateDirectory(environment: environment).rememberLastWorkspace(url) }
        if !exists {
            say(.newWorkspaceFile, workspace.name, url.path)
        } else if recovered > 0 {
            say(.openedRecovered, url.path, workspace.goals.count, recovered)
        } else if console.isInteractive {
            say(.opened, url.path, workspace.goals.count)
        }
    }

    /// What a file store warned about while opening a file, in the session's language.
    private func words(for warning: FileStoreWarning) -> String {
        switch warning {
        case .journalSetAside(let error):
            return error.description
        case .journalCutOff:
            return t(.journalCutOff)
        case let .journalDoesNotApply(path, reason, movedTo):
            return t(.journalDoesNotApply, path, t.describe(reason), movedTo ?? "?")
        case let .journalLinesSetAside(aside, name, steps):
            return t(.journalLinesSetAside, aside.line, name, aside.detail, steps, aside.lines, aside.movedTo)
        }
    }

    /// Reads a workspace file without opening it for writing: no lock, no
    /// journal. For reports of what a file holds.
    public func read(_ url: URL) throws {
        do {
            workspace = try WorkspaceFile<Workspace>.load(from: url)
        } catch {
            throw ShellError.failed(message(for: error))
        }
        startingPoint = workspace
        resetHistory(savedState: true)
    }

    /// Saves to the workspace's file, or to a new file that it then belongs to.
    func save(to target: URL?) throws {
        // What a script holds back goes to the journal first; if it cannot, the script stops
        // (and has said why) before anything is written.
        releaseHeldOutput()
        if heldStepsFailed { return }
        // `save ks2019` means ks2019.json, as every workspace file is named.
        if target == nil, let store, store.keepsEachStep { return say(.storeKeepsEachStep, store.displayName) }
        let named = target.map { $0.pathExtension.isEmpty && !$0.lastPathComponent.hasPrefix(".") ? $0.appendingPathExtension("json") : $0 }
        guard let url = (named ?? file)?.standardizedFileURL.resolvingSymlinksInPath() else {
            throw failure(.noFileYet)
        }
        if url != file {
            try checkNameToWrite(url)
            try checkNotCompanion(url)
            // Saving elsewhere: never write over a file that is not a
            // workspace this version can read, and ask before replacing one.
            if FileManager.default.fileExists(atPath: url.path) {
                do {
                    _ = try WorkspaceFile<Workspace>.load(from: url)
                } catch {
                    throw ShellError.failed(message(for: error) + "\n" + t(.notWrittenOver))
                }
                guard console.confirm(t(.replaceQuestion, url.path), whenNotAsked: true) else {
                    say(.nothingSaved)
                    return
                }
            }
            // A shared store's workspace stays there: the file gets a copy, and the session stays.
            if let store, store.keepsEachStep { return try saveCopy(to: url, from: store.displayName) }
            let newStore = try storeCall { try FileStore.lock(url, clearingLeftovers: false) }
            // A journal whose lock was taken is another session's now: let go of it unwritten.
            fileStore?.releaseJournalIfLockLost()
            do {
                try newStore.setAsideOldJournal()
                // The workspace takes the new file's name, as a logged step of its own.
                if workspace.name != Self.name(of: url) {
                    try perform(.setInfo(field: .name, value: Self.name(of: url)))
                }
                try newStore.saveAs(workspace)
                closeFile()
                store = newStore
                sequence = newStore.sequence
            } catch {
                newStore.close()
                throw ShellError.failed(message(for: error))
            }
            StateDirectory(environment: environment).rememberLastWorkspace(url)
        } else {
            try checkStillOurs()
            try storeCall { try fileStore?.save(workspace) }
        }
        savedDepth = undoStack.count
        changesBeforeHistory = 0
        if let target, named != target {
            say(.savedWithEnding, url.path)
        } else {
            say(.saved, url.path)
        }
    }

    /// Before writing the file or its journal: the lock is still this session's (not removed
    /// by hand, not taken by another session) and the file is still the version this session
    /// read or last saved. Otherwise nothing is written, and the error says how to keep the work.
    func checkStillOurs() throws {
        guard let store = fileStore, let file = store.file, store.lock != nil else { return }
        try storeCall { try store.verifyLock() }
        if try storeCall({ try store.fileChangedOnDisk() }) { throw failure(.fileChangedOnDisk, file.path) }
    }

    /// A file name the shell writes or remembers may hold no control character: a line break
    /// in it would make the remembered last workspace another file.
    func checkNameToWrite(_ url: URL) throws {
        let name = url.path
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            let shown = name.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
            throw failure(.controlCharacterInName, shown)
        }
    }

    /// Refuses to write a report, an export or a workspace over a workspace's journal, lock,
    /// a journal kept aside or a temporary file of a save.
    func checkNotCompanion(_ url: URL) throws {
        guard let kind = WorkspaceFile<Workspace>.companionKind(of: url) else { return }
        let what: Key
        switch kind {
        case .journal: what = .companionJournal
        case .lock: what = .companionLock
        case .keptAside: what = .companionKeptAside
        case .temporary: what = .companionTemporary
        }
        throw failure(.companionNotWritten, url.path, t(what))
    }

    /// Runs a store call, turning its error into a shell error with its message.
    func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ShellError.failed(message(for: error))
        }
    }

    /// Starts an empty workspace with no file.
    func startNew(name: String, year: Int? = nil, years: ClosedRange<Int>? = nil) throws {
        leaveCurrent()
        workspace = years.map { .empty(name: name, years: $0) } ?? .empty(name: name, year: year ?? Self.currentYear(clock()))
        startingPoint = workspace
        focus = nil
        resetHistory(savedState: true)
        if workspace.planYears.count > 1 {
            say(.calNewPeriodWorkspace, name, workspace.planYears.lowerBound, workspace.planYears.upperBound)
        } else {
            say(.newEmptyWorkspace, name, workspace.planYear)
        }
    }

    /// Starts on the built-in demo workspace, with no file (`open --demo`, `new --demo`).
    func startDemo() {
        leaveCurrent()
        workspace = .demo
        startingPoint = workspace
        focus = nil
        resetHistory(savedState: true)
        say(.demoStarted, t(.startDemo, workspace.decision.title, workspace.municipality.name, workspace.decision.caseReference))
    }

    /// Lets go of the current workspace for another one. Nobody was asked in a script, so
    /// nothing is thrown away: unsaved changes stay in the file's journal (or, without a
    /// file, in the state folder for `recover`), as at the end of a script, and that is said.
    func leaveCurrent() {
        if unsavedChanges > 0, !console.isInteractive, let store = fileStore, store.isJournaling {
            if let file {
                warn(t(.changesKeptInJournal, unsavedChanges, file.lastPathComponent))
            } else if scratch != nil {
                warn(t(.scratchKeptForRecover, unsavedChanges, workspace.name))
            }
            store.keepForLater()
        }
        closeFile()
    }

    /// Lets go of the current workspace and works on `workspace`, kept in `store`, from now on:
    /// no goal chosen, the undo history afresh.
    func takeOver(_ workspace: Workspace, store: WorkspaceStore, sequence: Int64, savedState: Bool) {
        leaveCurrent()
        self.workspace = workspace
        startingPoint = workspace
        self.store = store
        self.sequence = sequence
        focus = nil
        resetHistory(savedState: savedState)
    }

    /// Starts the undo history afresh; `savedState` tells whether the
    /// workspace now equals its file (or its starting point).
    func resetHistory(savedState: Bool) {
        undoStack.removeAll()
        redoStack.removeAll()
        savedDepth = savedState ? 0 : nil
        changesBeforeHistory = 0
    }

    /// At a terminal with unsaved changes, asks whether they may be lost.
    func mayDiscardChanges(before action: String) -> Bool {
        guard unsavedChanges > 0 else { return true }
        let n = unsavedChanges
        return console.confirm(t(.loseChangesQuestion, n, action), whenNotAsked: true)
    }

    /// Asks to leave; at a terminal with unsaved changes, asks first.
    public func requestQuit() {
        // Leaving in a lesson gives the learner's own workspace back first,
        // so the question below is about that one.
        if tutorial != nil { endLesson(completed: false) }
        if mayLeave() { quitRequested = true }
    }

    /// Ends the session: warns about unsaved changes outside a terminal,
    /// removes the journal of changes the user chose to lose, releases the lock.
    public func close() {
        releaseHeldOutput()
        defer { releaseHeldOutput() }
        if tutorial != nil { endLesson(completed: false) }
        if unsavedChanges > 0, keepsChangesOnClose {
            keepChangesForLater()
        } else if unsavedChanges > 0, !console.isInteractive {
            if let file, let store = fileStore, store.isJournaling {
                // Nobody was asked, so nothing is thrown away: the journal
                // keeps the changes, and the next open of the file recovers them.
                warn(t(.changesKeptInJournal, unsavedChanges, file.lastPathComponent))
                store.keepForLater()
            } else {
                warn(t(.changesNotSaved, unsavedChanges))
            }
        }
        closeFile()
    }

    /// Lets go of the current store: a file's journal (whose changes are given up) and lock, a
    /// scratch copy, a shared store's connection.
    func closeFile() {
        releaseHeldOutput()
        store?.close()
        store = nil
        sequence = 0
        storeReadsOnly = false
        otherWorkspaces = nil
        nameInStore = nil
    }

    /// What `status` prints.
    func statusText() -> String {
        var lines: [String] = []
        if let file {
            lines.append(t(.statusFile, file.path))
            lines.append(t(.statusJournal, file.path))
        } else if scratch != nil {
            lines.append(t(.statusNoFileKept, scratchFolder.path))
        } else if let store, fileStore == nil {
            lines.append(t(.statusStore, store.displayName))
        } else {
            lines.append(t(.statusNoFile))
        }
        lines.append(unsavedChanges == 0 ? t(.statusUnsavedNone) : t(.statusUnsaved, unsavedChanges))
        lines.append(t(.statusUndo, undoStack.count) + (undoStack.last.map { t(.statusUndoLast, summary(of: $0)) } ?? ""))
        if !redoStack.isEmpty { lines.append(t(.statusRedo, redoStack.count)) }
        lines.append(focus.map { t(.statusFocus, $0) } ?? t(.statusNoFocus))
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
            warn(t(.startupFileHint, message(for: error)))
        }
    }

    /// Runs a script file in this session.
    func source(_ path: String) throws {
        guard sourceDepth < 16 else { throw failure(.sourceTooDeep) }
        let reader: PlainReader
        do {
            reader = try PlainReader(path: path)
        } catch {
            throw failure(.cannotRead, path, error)
        }
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let outcome = Interpreter(session: self, sourceName: path, bail: bail).run(reader)
        if case .finished(let failures) = outcome, failures > 0 {
            throw failure(.scriptFailures, path, failures)
        }
    }

    static func name(of url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }

    static func currentYear(_ date: Date) -> Int {
        Calendar(identifier: .gregorian).component(.year, from: date)
    }
}
