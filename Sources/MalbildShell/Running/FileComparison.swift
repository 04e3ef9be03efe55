import Foundation
import MalbildCore
import MalbildStore

/// `malbild diff A.json B.json`: two workspace files compared goal by goal.
public enum FileComparison {
    /// The differences from the first file to the second, as text.
    public static func text(from a: URL, to b: URL, width: Int, language: Language = .en) throws -> String {
        let old = try WorkspaceFile<Workspace>.load(from: a)
        let new = try WorkspaceFile<Workspace>.load(from: b)
        return DiffView(changes: WorkspaceDiff.compare(old, new), oldName: a.lastPathComponent,
                        newName: b.lastPathComponent, width: width, t: Catalogue(language)).render()
    }
}
