import Foundation
import MalbildCore
import MalbildStore

/// A lesson under way: where the learner is, and the session's own state,
/// set aside until the lesson ends.
struct TutorialState {
    /// The lesson.
    let lesson: Lesson
    /// The task the learner is on.
    var task: Int
    /// When the lesson started.
    let started: Date
    /// The learner's own workspace and everything tied to it.
    let stashed: Stash

    /// What a session holds of its own workspace.
    struct Stash {
        let workspace: Workspace
        let store: WorkspaceStore?
        let sequence: Int64
        let undoStack: HistoryStack
        let redoStack: HistoryStack
        let savedDepth: Int?
        let changesBeforeHistory: Int
        let focus: GoalNumber?
        let checkpoint: String
    }
}
