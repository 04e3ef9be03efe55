import LineEditing
import Foundation
import MalbildCore

extension Session {
    /// `edit FIELD [--editor]`: the chosen goal's text, rewritten from what is there and stored
    /// through the one edit path (as `set FIELD` does); unchanged when the person gives up.
    func editText(_ field: String, useEditor: Bool) throws {
        let goal = try focusedGoal(for: "edit")
        let current: String
        switch field {
        case "title": current = goal.title
        case "ambition": current = goal.ambition
        default: throw failure(.noSuchField, field)
        }
        guard console.isInteractive else { throw failure(.editNeedsTerminal) }
        // A text that was refused (another group changed it first, the store could not be
        // reached) is where the next edit of the same field starts.
        let key = "\(goal.number) \(field)"
        let start = editDrafts[key] ?? current
        if editDrafts[key] != nil { say(.editStartsFromKept) }
        let rewritten: String?
        if useEditor {
            rewritten = try textFromEditor(start, name: field) ?? (start == current ? nil : start)
        } else {
            let name = t(field == "title" ? .editFieldTitle : .editFieldAmbition)
            switch console.answer(t(.editPrompt, name), initialText: start) {
            case .text(let text): rewritten = text
            case .interrupted, .endOfInput: rewritten = nil
            }
        }
        guard let rewritten, rewritten != current else {
            editDrafts[key] = nil
            return say(.editLeftUnchanged, goal.number)
        }
        do {
            try setField(field, of: goal.number, to: rewritten)
            editDrafts[key] = nil
        } catch {
            editDrafts[key] = rewritten
            throw ShellError.failed(message(for: error) + "\n" + t(.editTextKept, t.commandName("edit"), (t.language == .sv ? CommandWords.swedish[field]?.first ?? field : field)))
        }
    }

    /// The text after the user's editor has had it: nil when the editor left it as it was.
    private func textFromEditor(_ text: String, name: String) throws -> String? {
        guard let editor = Self.editorCommand(environment: environment) else { throw failure(.noEditorFound) }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("malbild-\(name)-\(getpid())-\(UUID().uuidString.prefix(8)).txt")
        do {
            try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
        } catch {
            throw failure(.cannotWriteFile, file.path)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        (console as? StandardConsole)?.releaseHeldOutput()
        // The editor setting may hold options (as "code --wait"): the shell splits it.
        guard let status = TerminalProgram.run(editor + " \"$1\"", arguments: [file.path]) else {
            throw failure(.editorFailed, editor, t(.programDidNotEnd))
        }
        guard status == 0 else {
            throw failure(.editorFailed, editor, t(.exitStatus, status))
        }
        guard var edited = try? String(contentsOf: file, encoding: .utf8) else {
            throw failure(.notUTF8, file.path)
        }
        while edited.last == "\n" || edited.last == "\r\n" { edited.removeLast() }
        return edited == text ? nil : edited
    }

    /// The command that starts the user's editor: `$VISUAL`, else `$EDITOR`, else the first of
    /// editor, nano and vi on the `PATH`; nil when there is none.
    static func editorCommand(environment: [String: String]) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for candidate in ["editor", "nano", "vi"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(candidate)") {
                return candidate
            }
        }
        return nil
    }
}
