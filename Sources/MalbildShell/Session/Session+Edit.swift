import MalbildCore

extension Session {
    /// Applies edits as one step: all of them or none, recorded for undo and
    /// journaled before this returns.
    func perform(_ edits: [Edit], summary: String) throws {
        let backward = try applyAll(edits)
        // A new step after undoing past the saved state cuts that state off.
        if let savedDepth, undoStack.count < savedDepth { self.savedDepth = nil }
        undoStack.append(UndoEntry(summary: summary, forward: edits, backward: backward))
        redoStack.removeAll()
    }

    /// Applies one edit as one step.
    func perform(_ edit: Edit) throws {
        try perform([edit], summary: edit.summary)
    }

    /// Takes back the last step. Returns what it was, or nil when there is nothing to undo.
    func undo() throws -> String? {
        guard let entry = undoStack.popLast() else { return nil }
        do {
            _ = try applyAll(entry.backward)
        } catch {
            undoStack.append(entry)
            throw error
        }
        redoStack.append(entry)
        return entry.summary
    }

    /// Does again the last step that was undone. Returns what it was, or nil.
    func redo() throws -> String? {
        guard let entry = redoStack.popLast() else { return nil }
        do {
            _ = try applyAll(entry.forward)
        } catch {
            redoStack.append(entry)
            throw error
        }
        undoStack.append(entry)
        return entry.summary
    }

    /// Applies edits in order; if one fails, takes back those already applied
    /// and rethrows, so the workspace is as before. Each applied edit is
    /// appended to the journal. Returns the inverse edits, last first.
    private func applyAll(_ edits: [Edit]) throws -> [Edit] {
        var inverses: [Edit] = []
        for edit in edits {
            do {
                inverses.append(try workspace.apply(edit))
            } catch {
                for inverse in inverses.reversed() { _ = try? workspace.apply(inverse) }
                throw ShellError.failed(error.description)
            }
        }
        // Journal only once the whole step has applied, so a failing step
        // leaves no trace on disk; a journal that cannot be written takes
        // the step back, since it could not be recovered after a crash.
        do {
            try journalAppend(edits)
        } catch {
            for inverse in inverses.reversed() { _ = try? workspace.apply(inverse) }
            throw ShellError.failed("the change was not made: \(error)")
        }
        if let focus, workspace.goal(focus) == nil { self.focus = nil }
        return inverses.reversed()
    }
}
