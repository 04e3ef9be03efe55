/// A lesson of the tutorial: a subject and its tasks, done in order on a
/// fresh copy of the demo workspace.
struct Lesson: Sendable {
    /// The lesson's number in `tutorial N`.
    let number: Int
    /// Its title.
    let title: Phrase
    /// What it is about, said at the start.
    let introduction: Phrase
    /// The tasks in order.
    let tasks: [LessonTask]
}
