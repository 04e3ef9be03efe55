import Foundation
import MalbildCore
import MalbildStore

/// A session hands each step to its store and learns of the steps others made. With a file
/// store nobody else writes, so none of this ever finds another's step; a store that several
/// sessions write at once brings news between commands, races for a sequence number, and
/// outages, all handled here against the protocol alone.
extension Session {
    /// Hands a step that has just been applied to the store, which keeps it before this returns.
    /// The session's sequence moves to the step's own number.
    ///
    /// - Throws: what the store threw (``StoreConflict``, ``StoreUnavailable``, a file's
    ///   lock or journal error); nothing was kept then.
    func appendStep(_ edits: [Edit], inverse: [Edit], time: Date) throws {
        guard let store else { return }
        // At a terminal every step is synced to the disk before the shell answers; a script's
        // steps reach the system at once and are synced when the journal closes, so a sync per
        // command does not dominate it.
        fileStore?.syncsEveryAppend = console.isInteractive
        // A script's steps are held back with its output, and written before it.
        let holding = holdsSteps
        fileStore?.holdsBackWrites = holding
        let step = StoredStep(user: user, time: time, edits: edits, inverse: inverse)
        sequence = try store.append(step, after: sequence)
        if holding { noteHeldStep(inverse: inverse) }
    }

    /// Works on the workspace a store holds from now on, in place of the current one (whose
    /// store is let go of as `open` lets go of a file): its steps are appended there, and
    /// others' steps in it are caught up with before each command.
    ///
    /// - Throws: a ``ShellError`` with what the store said; the current workspace is kept then.
    /// `contents`, when given, is what the caller has just loaded from the store: it is not read again.
    public func attach(_ newStore: WorkspaceStore, contents loaded: StoreContents? = nil) throws {
        let contents = try loaded ?? storeCall { try newStore.load() }
        takeOver(contents.workspace, store: newStore, sequence: contents.sequence, savedState: true)
        storeOutage = nil
        othersSteps.removeAll()
        // As a file's open: said at a terminal; a script or a report's output stays its own.
        if console.isInteractive { say(.storeOpened, newStore.displayName, workspace.goals.count) }
    }

    /// Refuses a change at once while the store cannot be reached.
    func refuseWhileReadOnly() throws {
        guard let store, let outage = storeOutage else { return }
        throw failure(.storeReadOnly, store.displayName, outage.detail)
    }

    /// Asks before a change (see `Console.confirm`), but first refuses it when it could not
    /// be made anyway: the store cannot be reached, or its role may only read the workspace
    /// (see ``refuseIfRoleReadsOnly()``).
    func confirmChange(_ question: String, whenNotAsked: Bool) throws -> Bool {
        try refuseWhileReadOnly()
        try refuseIfRoleReadsOnly()
        return console.confirm(question, whenNotAsked: whenNotAsked)
    }

    /// What to do when a step the session applied could not be appended (the step is already
    /// taken back): after a race it catches up with the steps that won and tells whether to
    /// apply the step again (true); otherwise the error to refuse the command with.
    func settleFailedAppend(_ error: Error, edits: [Edit], change: LogChange) throws -> Bool {
        if let conflict = error as? StoreConflict {
            for line in try applyOthersSteps(conflict.steps) { say(line) }
            let goals = edits.map(\.goalNumber)
            if let clash = conflict.steps.last(where: { Self.touches($0, goals: goals, change: change) }),
               let entry = Self.logEntry(of: clash) {
                throw failure(.storeConflictRefused, entry.user, t.words(entry.change), newsTime(entry.time))
            }
            return true
        }
        if let outage = error as? StoreUnavailable {
            storeOutage = outage
            throw failure(.storeUnavailableRefused, store?.displayName ?? "", outage.detail)
        }
        throw failure(.changeNotMade, message(for: error))
    }

    /// The error for a step that no longer applies after others' steps won the race for its
    /// place: what is wrong, and who changed the workspace first.
    func noLongerApplies(_ error: Error, after steps: [StoredStep]) -> Error {
        guard let entry = steps.last.flatMap(Self.logEntry(of:)) else { return error }
        return failure(.storeNoLongerApplies, message(for: error), entry.user, t.words(entry.change), newsTime(entry.time))
    }

    /// Before each command: applies the steps others appended since the last one this session
    /// saw, and at a terminal says each (`goal 6: set the ambition level of goal 6 by anna,
    /// 10:42`). A store that cannot be reached makes the session read-only; one that answers
    /// again ends that, and says so. Returns the lines it said; with `saying` false they are
    /// only returned (for the line reader to print above the prompt).
    @discardableResult
    func catchUp(saying: Bool = true) -> [String] {
        guard let store else { return [] }
        var lines: [String] = []
        do {
            let steps = try store.steps(after: sequence)
            if storeOutage != nil {
                storeOutage = nil
                lines.append(t(.storeBack, store.displayName))
            }
            if !steps.isEmpty { lines += try applyOthersSteps(steps) }
        } catch let outage as StoreUnavailable {
            if storeOutage == nil { lines.append(t(.warningPrefix) + t(.storeGoneReadOnly, store.displayName, outage.detail)) }
            storeOutage = outage
        } catch {
            lines.append(t(.warningPrefix) + message(for: error))
        }
        if saying, !lines.isEmpty {
            let warning = t(.warningPrefix)
            for line in lines {
                if line.hasPrefix(warning) { console.writeError(line + "\n") } else { say(line) }
            }
        }
        return lines
    }

    /// The lines news at the prompt brings: the store's hint is taken in and the session
    /// catches up; what it has to say is returned for the line reader to print above the prompt.
    public func takeNews() -> [String] {
        guard let store else { return [] }
        _ = store.takeNews()
        return catchUp(saying: false)
    }

    /// The descriptor that becomes readable when others may have appended steps, for the line
    /// reader to watch while it waits for a key; nil when the store never brings news.
    public var newsDescriptor: Int32? { store?.newsDescriptor }

    /// Applies steps others appended, in order, each as it was made (the log entry included),
    /// and remembers them for undo's check. Returns a line for each at a terminal. A step that
    /// does not apply means this session's copy went astray: the workspace is read anew.
    @discardableResult
    func applyOthersSteps(_ steps: [StoredStep]) throws -> [String] {
        var lines: [String] = []
        for step in steps where step.sequence > sequence {
            var next = workspace
            do {
                for edit in step.edits { _ = try next.apply(edit) }
            } catch {
                guard let store else { return lines }
                let contents = try store.load()
                workspace = contents.workspace
                sequence = contents.sequence
                resetHistory(savedState: true)
                othersSteps.removeAll()
                return lines
            }
            workspace = next
            sequence = step.sequence
            othersSteps.append(step)
            if console.isInteractive, let entry = Self.logEntry(of: step) { lines.append(newsLine(for: entry)) }
        }
        if let focus, !workspace.hasGoal(focus) { self.focus = nil }
        // Only steps after the oldest one undo can reach are needed for its check.
        if let oldest = undoStack.first?.sequence { othersSteps.removeAll { $0.sequence <= oldest } }
        return lines
    }

    /// Refuses to undo a step when another's step since touched the same thing.
    func checkUndoAllowed(_ entry: UndoEntry) throws {
        let goals = entry.forward.map(\.goalNumber)
        if let clash = othersSteps.last(where: { $0.sequence > entry.sequence && Self.touches($0, goals: goals, change: entry.change) }),
           let log = Self.logEntry(of: clash) {
            throw failure(.storeUndoRefused, log.user, t.words(log.change), newsTime(log.time))
        }
    }

    /// One step of another's as a line between prompts.
    func newsLine(for entry: LogEntry) -> String {
        let place = entry.goal.map { t(.storeNewsGoal, $0) } ?? workspace.name
        return t(.storeNews, place, t.words(entry.change), entry.user, newsTime(entry.time))
    }

    /// A time as news shows it: the hour and minute today, else the day too.
    func newsTime(_ time: Date) -> String {
        let full = NoteTime.format(time)
        return full.prefix(10) == NoteTime.format(clock()).prefix(10) ? String(full.suffix(5)) : full
    }

    /// The log entry that ends a step.
    static func logEntry(of step: StoredStep) -> LogEntry? {
        guard case let .appendLog(entry)? = step.edits.last else { return nil }
        return entry
    }

    /// Whether another's step touched what a step of ours changes: the same goal (or both the
    /// workspace as a whole) and the same kind of change, or the goal itself removed or moved.
    static func touches(_ step: StoredStep, goals: [GoalNumber?], change: LogChange) -> Bool {
        guard let entry = logEntry(of: step) else { return false }
        let theirGoals = step.edits.map(\.goalNumber)
        let shared = goals.contains { ours in theirGoals.contains(ours) } || goals.contains(entry.goal)
        guard shared else { return false }
        let theirs = kind(of: entry.change)
        return theirs == kind(of: change) || ["removedGoal", "removedGoalTree", "movedGoal"].contains(theirs)
    }

    /// The kind of a change, without its values: the name of the edit it is named after.
    static func kind(of change: LogChange) -> String {
        switch change {
        case .undid(let inner), .redid(let inner):
            return kind(of: inner)
        case .edit(let summary):
            return Mirror(reflecting: summary).children.first?.label ?? String(describing: summary)
        default:
            return Mirror(reflecting: change).children.first?.label ?? String(describing: change)
        }
    }
}
