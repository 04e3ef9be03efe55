/// One task of a lesson: what to do, a hint, how to tell it is done (from
/// the workspace and the session, never from the text typed) and what it taught.
struct LessonTask: Sendable {
    /// What the learner is asked to do.
    let instruction: Phrase
    /// Help on request (`hint`).
    let hint: Phrase
    /// Whether the task is done.
    let isDone: @Sendable (Session) -> Bool
    /// Said when it is done: why it matters.
    let explanation: Phrase
}
