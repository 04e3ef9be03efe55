import Foundation

extension Session {
    /// Before leaving with unsaved changes at a terminal, asks whether to save them, leave
    /// without them, or stay. Whether the session may end now.
    ///
    /// No answer (end of input, as when the terminal went away) is an answer too: the changes
    /// stay in the journal and the session ends, so it never asks for ever.
    func mayLeave() -> Bool {
        guard unsavedChanges > 0, console.isInteractive else { return true }
        while true {
            let question = t(.leaveQuestion, unsavedChanges) + " " + t(.leaveChoices) + " "
            switch console.answer(question, initialText: "") {
            case .endOfInput:
                keepsChangesOnClose = true
                return true
            case .interrupted:
                return false
            case .text(let typed):
                switch typed.trimmingCharacters(in: .whitespaces).lowercased() {
                case "s", "save", "spara":
                    return saveBeforeLeaving()
                case "l", "leave", "lämna":
                    return true
                case "", "c", "cancel", "a", "avbryt":
                    return false
                default:
                    say(.leaveKeys)
                }
            }
        }
    }

    /// Saves to the workspace's file, or asks for one first; whether that worked.
    private func saveBeforeLeaving() -> Bool {
        var target: URL?
        if file == nil {
            switch console.answer(t(.saveAsQuestion) + " ", initialText: "") {
            case .text(let name) where !name.trimmingCharacters(in: .whitespaces).isEmpty:
                target = URL(fileURLWithPath: name.trimmingCharacters(in: .whitespaces))
            case .endOfInput:
                keepsChangesOnClose = true
                return true
            default:
                return false
            }
        }
        do {
            try save(to: target)
        } catch {
            console.writeError(t(.errorPrefix) + message(for: error) + "\n")
            return false
        }
        return unsavedChanges == 0
    }

    /// At the end of a session whose changes were neither saved nor given up: leaves them in
    /// the journal (of the file, or of the scratch copy `recover` finds) and says so.
    func keepChangesForLater() {
        guard let store = fileStore, store.isJournaling, file != nil || scratch != nil else {
            warn(t(.changesNotSaved, unsavedChanges))
            return
        }
        if let file {
            warn(t(.changesKeptForOpen, unsavedChanges, file.lastPathComponent))
        } else {
            // Not the session's to remove any more: the next session's `recover` takes it.
            warn(t(.changesKeptForRecover, unsavedChanges))
        }
        store.keepForLater()
    }
}
