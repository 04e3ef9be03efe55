import MalbildCore

extension Session {
    /// Applies edits as one step: all of them or none, recorded for undo and
    /// journaled before this returns. Setting a value to what it already is
    /// changes nothing, so it makes no log entry and no undo step.
    func perform(_ edits: [Edit], change: LogChange) throws {
        ensureScratchJournal()
        // The edit the step is named after, whose before and after the log shows.
        let main = edits.count == 1 ? 0 : edits.firstIndex { .edit($0.summary) == change }
        guard let backward = try applyAll(edits, logged: change, main: main, unlessUnchanged: true) else { return }
        // A new step after undoing past the saved state cuts that state off.
        if let savedDepth, undoStack.count < savedDepth { self.savedDepth = nil }
        undoStack.append(UndoEntry(change: change, forward: edits, backward: backward, main: main))
        redoStack.removeAll()
    }

    /// Applies one edit as one step.
    func perform(_ edit: Edit) throws {
        try perform([edit], change: .edit(edit.summary))
    }

    /// Takes back the last step. Returns what it was, or nil when there is nothing to undo.
    func undo() throws -> String? {
        guard let entry = undoStack.popLast() else { return nil }
        do {
            // The backward edits run last change first, so the main edit's place is mirrored.
            _ = try applyAll(entry.backward, logged: .undid(entry.change),
                             main: entry.main.map { entry.backward.count - 1 - $0 }, unlessUnchanged: false)
        } catch {
            undoStack.append(entry)
            throw error
        }
        redoStack.append(entry)
        return summary(of: entry)
    }

    /// Does again the last step that was undone. Returns what it was, or nil.
    func redo() throws -> String? {
        guard let entry = redoStack.popLast() else { return nil }
        do {
            _ = try applyAll(entry.forward, logged: .redid(entry.change), main: entry.main, unlessUnchanged: false)
        } catch {
            redoStack.append(entry)
            throw error
        }
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
    private func applyAll(_ edits: [Edit], logged change: LogChange, main: Int?, unlessUnchanged: Bool) throws -> [Edit]? {
        var inverses: [Edit] = []
        for edit in edits {
            do {
                inverses.append(try workspace.apply(edit))
            } catch {
                for inverse in inverses.reversed() { _ = try? workspace.apply(inverse) }
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
        // Journal only once the whole step has applied, so a failing step
        // leaves no trace on disk; a journal that cannot be written takes
        // the step back, since it could not be recovered after a crash.
        do {
            try journalAppend(edits + [logEdit])
        } catch {
            _ = try? workspace.apply(.removeLastLog)
            for inverse in inverses.reversed() { _ = try? workspace.apply(inverse) }
            throw failure(.changeNotMade, message(for: error))
        }
        // The chosen goal moves with a goal moved (or moved back by undo) above it.
        for edit in edits {
            if case let .moveGoal(from, to) = edit, let focus, focus.isWithin(from) { self.focus = focus.moved(from: from, to: to) }
        }
        if let focus, workspace.goal(focus) == nil { self.focus = nil }
        return inverses.reversed()
    }
}
