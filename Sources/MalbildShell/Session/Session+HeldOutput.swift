import MalbildCore
import MalbildStore

extension Session {
    /// Holds a script's output back (off a terminal) and, as long, the journal lines of the
    /// changes it acknowledges, to write both in a few large pieces: the journal's first, so
    /// that no change is ever shown as made before it is in the journal. A process killed
    /// meanwhile loses only changes it had not yet shown.
    public func holdScriptOutput() {
        guard let console = console as? StandardConsole else { return }
        console.holdScriptOutput()
        guard console.holdsScriptOutput else { return }
        console.beforeWritingHeldOutput = { [weak self] in self?.writeHeldSteps() }
    }

    /// Whether steps are held back now: a script's on a file's store.
    var holdsSteps: Bool {
        fileStore != nil && (console as? StandardConsole)?.holdsScriptOutput == true
    }

    /// Whether what is held is large enough to be written now.
    public var heldOutputIsDue: Bool {
        guard let console = console as? StandardConsole, console.holdsScriptOutput else { return false }
        return console.heldByteCount >= Self.heldOutputLimit || (fileStore?.heldByteCount ?? 0) >= Self.heldJournalLimit
    }

    /// Held output is written once it reaches this many bytes,
    static var heldOutputLimit: Int { 64 * 1024 }
    /// or the held journal lines this many.
    static var heldJournalLimit: Int { 256 * 1024 }

    /// Whether held output is written before a command runs: one that works on files, starts
    /// or stops a recording, leaves or changes workspace, so that it runs only once what came
    /// before is kept (and not at all when that cannot be). `tokens` nil: not known, so yes.
    public func writesHeldOutputFirst(_ tokens: [Token]?) -> Bool {
        guard let name = tokens?.first?.text else { return tokens == nil }
        guard let command = commands.commandName(of: name) else { return false }
        return Self.fileCommands.contains(command) || Self.workspaceChangingCommands.contains(command)
    }

    /// Commands besides those on files after which the held steps' workspace or history is no
    /// longer the session's: leaving, recovering, a lesson, another workspace.
    static let workspaceChangingCommands: Set<String> = ["quit", "recover", "tutorial", "workspace"]

    /// The first output that could not be written (see ``StandardConsole/outputFailure``).
    public var outputFailure: (descriptor: Int32, reason: String)? {
        (console as? StandardConsole)?.outputFailure
    }

    /// Writes held output (and first the journal lines it acknowledges).
    public func releaseHeldOutput() {
        (console as? StandardConsole)?.releaseHeldOutput()
    }

    /// Notes a step just appended while steps are held (its inverse, to take it back); for the
    /// first of a piece, also where its output begins and the history before it.
    func noteHeldStep(inverse: [Edit]) {
        if heldInverses.isEmpty {
            heldOutputMark = (console as? StandardConsole)?.heldByteCount ?? 0
            heldFrom = (commandSource.name, commandSource.line, commandsRun)
            heldHistory = (savedDepth, changesBeforeHistory, recorder?.mark)
            undoStack.setMark()
            redoStack.setMark()
        }
        heldInverses.append(inverse)
    }

    /// Writes the held steps to the journal, before the output that acknowledges them. When
    /// they cannot be written, they are taken back here too (the workspace is again what the
    /// journal holds), and the output is cut where the first of them began, followed by the
    /// error. When they were all the last command's, that command failed, as it would have
    /// unheld; when earlier commands' steps are lost too, the script stops there.
    func writeHeldSteps() -> (keep: Int, error: String)? {
        let inverses = heldInverses
        let history = heldHistory
        heldInverses = []
        heldHistory = (0, 0, nil)
        guard let store = fileStore, store.heldSteps > 0 else {
            undoStack.dropMark()
            redoStack.dropMark()
            return nil
        }
        do {
            try store.flush()
            undoStack.dropMark()
            redoStack.dropMark()
            return nil
        } catch {
            for inverse in inverses.reversed() {
                for edit in inverse { _ = try? workspace.apply(edit) }
            }
            sequence = store.sequence
            if let focus, !workspace.hasGoal(focus) { self.focus = nil }
            // The history (and so the count of unsaved changes, recovered ones included) and a
            // recording go back to how they were before the first of them.
            undoStack.goBackToMark()
            redoStack.goBackToMark()
            (savedDepth, changesBeforeHistory) = (history.savedDepth, history.before)
            if let mark = history.recording { recorder?.cut(to: mark) }
            let reason = message(for: error)
            let location = heldFrom.source.map { "\($0):\(heldFrom.line): " } ?? t(.errorPrefix)
            heldStepsFailures += 1
            guard heldFrom.command == commandsRun else {
                heldStepsFailed = true
                quitRequested = true
                return (heldOutputMark, location + t(.heldStepsNotKept, reason, inverses.count) + "\n")
            }
            return (heldOutputMark, location + t(.changeNotMade, reason) + "\n")
        }
    }
}
