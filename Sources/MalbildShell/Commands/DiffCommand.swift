import Foundation
import MalbildCore
import MalbildStore

extension CommandTable {
    /// `diff`: this session's workspace against its saved file.
    static var diff: Command {
        Command(
            name: "diff",
            aliases: ["skillnad"],
            forms: [[], [.file]],
            summary: "Show what differs from the saved file (or from FILE), goal by goal.",
            details: "Long texts show old and new side by side. A workspace without a file (the demo, a new one) is compared with where the session started on it. On the command line, malbild diff A.json B.json compares two files.",
            examples: ["diff", "diff ks2019-februari.json"]
        ) { session, inv in
            let url: URL
            if let path = inv.file {
                url = URL(fileURLWithPath: path)
            } else if let file = session.file, FileManager.default.fileExists(atPath: file.path) {
                url = file
            } else if session.file == nil, let start = session.startingPoint {
                // The demo or a new workspace: what changed since the session started on it.
                let changes = WorkspaceDiff.compare(start, session.workspace)
                return session.say(DiffView(changes: changes, oldName: session.t(.diffSessionStart), newName: session.t(.thisSession),
                                            width: session.console.width, t: session.t).render())
            } else {
                throw session.failure(.diffNoFile)
            }
            let saved: Workspace
            do { saved = try WorkspaceFile<Workspace>.load(from: url) } catch { throw ShellError.failed(session.message(for: error)) }
            let changes = WorkspaceDiff.compare(saved, session.workspace)
            session.say(DiffView(changes: changes, oldName: url.lastPathComponent, newName: session.t(.thisSession), width: session.console.width, t: session.t).render())
        }
    }
}
