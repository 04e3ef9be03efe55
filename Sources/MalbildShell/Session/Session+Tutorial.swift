import Foundation
import MalbildCore

extension Session {
    /// `tutorial`: the lessons.
    func listLessons() {
        var lines = [t(.lessonsHeading)]
        for lesson in Lessons.all {
            lines.append(TextLayout.wrap(t(.lessonLine, lesson.number, lesson.title.text(in: language), lesson.tasks.count), width: console.width, indent: "  "))
        }
        if let tutorial { lines.append(t(.nowInLesson, tutorial.lesson.number, tutorial.task + 1)) }
        say(lines.joined(separator: "\n"))
    }

    /// `tutorial N`: sets the learner's workspace aside and starts the lesson on the demo.
    func startLesson(_ number: Int) throws {
        guard let lesson = Lessons.all.first(where: { $0.number == number }) else {
            throw failure(.noSuchLesson, number, Lessons.all.count)
        }
        let stash = tutorial?.stashed ?? TutorialState.Stash(
            workspace: workspace, store: store, sequence: sequence, undoStack: undoStack, redoStack: redoStack,
            savedDepth: savedDepth, changesBeforeHistory: changesBeforeHistory, focus: focus, checkpoint: checkpoint)
        tutorial = TutorialState(lesson: lesson, task: 0, started: Date(), stashed: stash)
        workspace = .demo
        store = nil
        sequence = 0
        undoStack = HistoryStack()
        redoStack = HistoryStack()
        savedDepth = 0
        changesBeforeHistory = 0
        focus = nil
        checkpoint = "delår1"
        let width = console.width
        say([t(.lessonTitle, lesson.number, lesson.title.text(in: language)),
             TextLayout.wrap(lesson.introduction.text(in: language), width: width),
             t(.lessonRunsOnCopy),
             "",
             TextLayout.wrap(t(.taskOf, 1, lesson.tasks.count) + lesson.tasks[0].instruction.text(in: language), width: width)].joined(separator: "\n"))
    }

    /// `tutorial stop`, or the end of a lesson: gives the learner's workspace back.
    func endLesson(completed: Bool) {
        guard let state = tutorial else { return }
        let s = state.stashed
        workspace = s.workspace
        store = s.store
        sequence = s.sequence
        undoStack = s.undoStack
        redoStack = s.redoStack
        savedDepth = s.savedDepth
        changesBeforeHistory = s.changesBeforeHistory
        focus = s.focus
        checkpoint = s.checkpoint
        tutorial = nil
        let next = Lessons.all.first { $0.number == state.lesson.number + 1 }
        if completed {
            say(TextLayout.wrap(t(.lessonDone, state.lesson.number) + (next.map { t(.nextLesson, $0.number, $0.title.text(in: language)) } ?? t(.lastLesson))
                + t(.workspaceBack), width: console.width))
        } else {
            say(t(.leftLesson, state.lesson.number) + t(.workspaceBack))
        }
    }

    /// `hint`: help with the current task.
    func hint() throws {
        guard let state = tutorial else { throw failure(.noLessonListThem) }
        say(t(.hint) + state.lesson.tasks[state.task].hint.text(in: language))
    }

    /// After each command: if the current task is done, says so and moves on.
    func checkLesson() {
        while let state = tutorial, state.lesson.tasks[state.task].isDone(self) {
            let task = state.lesson.tasks[state.task]
            say(TextLayout.wrap(t(.taskDone) + task.explanation.text(in: language), width: console.width))
            let next = state.task + 1
            guard next < state.lesson.tasks.count else {
                endLesson(completed: true)
                return
            }
            tutorial?.task = next
            say(TextLayout.wrap(t(.taskOf, next + 1, state.lesson.tasks.count) + state.lesson.tasks[next].instruction.text(in: language), width: console.width))
        }
    }
}
