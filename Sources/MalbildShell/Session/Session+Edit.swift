import Foundation
import MalbildCore
import MalbildStore

extension Session {
    /// Applies edits as one step: all of them or none, recorded for undo and
    /// journaled before this returns. Setting a value to what it already is
    /// changes nothing, so it makes no log entry and no undo step.
    func perform(_ edits: [Edit], change: LogChange) throws {
        try refuseWhileReadOnly()
        ensureScratchJournal()
        // The edit the step is named after, whose before and after the log shows.
        let main = edits.count == 1 ? 0 : edits.firstIndex { .edit($0.summary) == change }
        guard let backward = try applyAll(edits, logged: change, main: main, unlessUnchanged: true) else { return }
        // A new step after undoing past the saved state cuts that state off.
        if let savedDepth, undoStack.count < savedDepth { self.savedDepth = nil }
        undoStack.append(UndoEntry(change: change, forward: edits, backward: backward, main: main, sequence: sequence))
        redoStack.removeAll()
    }

    /// Applies one edit as one step.
    func perform(_ edit: Edit) throws {
        try perform([edit], change: .edit(edit.summary))
    }

    /// Takes back the last step. Returns what it was, or nil when there is nothing to undo.
    func undo() throws -> String? {
        guard var entry = undoStack.last else { return nil }
        try refuseWhileReadOnly()
        try checkUndoAllowed(entry)
        // The backward edits run last change first, so the main edit's place is mirrored. The
        // entry leaves the stack only once they are made (a script's held steps note the
        // history as it was before them).
        _ = try applyAll(entry.backward, logged: .undid(entry.change),
                         main: entry.main.map { entry.backward.count - 1 - $0 }, unlessUnchanged: false)
        undoStack.removeLast()
        entry.sequence = sequence
        redoStack.append(entry)
        return summary(of: entry)
    }

    /// Does again the last step that was undone. Returns what it was, or nil.
    func redo() throws -> String? {
        guard var entry = redoStack.last else { return nil }
        try refuseWhileReadOnly()
        _ = try applyAll(entry.forward, logged: .redid(entry.change), main: entry.main, unlessUnchanged: false)
        redoStack.removeLast()
        entry.sequence = sequence
        undoStack.append(entry)
        return summary(of: entry)
    }

    /// What a step did, in the session's language.
    func summary(of entry: UndoEntry) -> String {
        t.words(entry.change)
    }

    /// Applies edits in order; if one fails, takes back those already applied
    /// and rethrows, so the workspace is as before. Then logs the step (who,
    /// when, what, before and after) and appends the edits and the log entry
    /// to the journal. Returns the inverse edits, last first; nil when
    /// `unlessUnchanged` and the single edit changed nothing (nothing is logged then).
    /// When others' steps won the race for the step's place in a shared store, it is applied
    /// again after them (`attempt` counts the tries), unless they touched the same thing.
    /// How many times a step is tried against others' steps that keep winning the race.
    static let appendAttempts = 200

    private func applyAll(_ edits: [Edit], logged change: LogChange, main: Int?, unlessUnchanged: Bool,
                          attempt: Int = 0, after winners: [StoredStep] = []) throws -> [Edit]? {
        var inverses: [Edit] = []
        for edit in edits {
            do {
                inverses.append(try workspace.apply(edit))
            } catch {
                for inverse in inverses.reversed() { _ = try? workspace.apply(inverse) }
                if !winners.isEmpty { throw noLongerApplies(ShellError.failed(t.describe(error)), after: winners) }
                throw ShellError.failed(t.describe(error))
            }
        }
        // An edit whose inverse is itself set a value to what it already was.
        if unlessUnchanged, edits.count == 1, inverses == edits { return nil }
        var entry = LogEntry(time: clock(), user: user, goal: edits.first?.goalNumber, change: change)
        if let i = main {
            entry.before = inverses[i].loggedValue
            entry.after = edits[i].loggedValue
        }
        let logEdit = Edit.appendLog(entry: entry)
        _ = try? workspace.apply(logEdit)  // appending to the log cannot fail
        // The step's edits and its inverse are each put together in one array, made once.
        var stepEdits: [Edit] = []
        stepEdits.reserveCapacity(edits.count + 1)
        stepEdits.append(contentsOf: edits)
        stepEdits.append(logEdit)
        var stepInverse: [Edit] = []
        stepInverse.reserveCapacity(inverses.count + 1)
        stepInverse.append(.removeLastLog)
        for inverse in inverses.reversed() { stepInverse.append(inverse) }
        // Hand the step to the store only once it has wholly applied, so a failing step
        // leaves no trace there; a step the store could not keep is taken back, since it
        // could not be recovered after a crash.
        do {
            try appendStep(stepEdits, inverse: stepInverse, time: entry.time)
        } catch {
            _ = try? workspace.apply(.removeLastLog)
            for inverse in inverses.reversed() { _ = try? workspace.apply(inverse) }
            guard try settleFailedAppend(error, edits: edits, change: change), attempt < Self.appendAttempts else {
                throw failure(.changeNotMade, message(for: error))
            }
            var lost = (error as? StoreConflict)?.steps ?? []
            // Many writers at once: a moment's pause, random and longer with each lost race, so
            // that one of them is not always last; then the steps others made meanwhile, right
            // before the next try, so that it is made on the newest state.
            usleep(UInt32.random(in: 0...UInt32(250 * min(attempt + 1, 40))))
            if let store {
                do {
                    let fresh = try store.steps(after: sequence)
                    if !fresh.isEmpty, try settleFailedAppend(StoreConflict(steps: fresh), edits: edits, change: change) {
                        lost += fresh
                    }
                } catch let refusal as ShellError {
                    throw refusal
                } catch {
                    _ = try settleFailedAppend(error, edits: edits, change: change)
                }
            }
            return try applyAll(edits, logged: change, main: main, unlessUnchanged: unlessUnchanged,
                                attempt: attempt + 1, after: winners + lost)
        }
        // The chosen goal moves with a goal moved (or moved back by undo) above it.
        for edit in edits {
            if case let .moveGoal(from, to) = edit, let focus, focus.isWithin(from) { self.focus = focus.moved(from: from, to: to) }
        }
        if let focus, !workspace.hasGoal(focus) { self.focus = nil }
        // A step of one edit, as most are, is its own reverse.
        return inverses.count == 1 ? inverses : Array(inverses.reversed())
    }
}
