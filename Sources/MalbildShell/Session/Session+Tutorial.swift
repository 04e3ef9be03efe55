import Foundation
import MalbildCore

extension Session {
    /// `tutorial`: the lessons.
    func listLessons() {
        var lines = ["Lessons (tutorial N starts one on a fresh copy of the demo; your workspace is set aside and comes back):"]
        for lesson in Lessons.all {
            lines.append(TextLayout.wrap("\(lesson.number). \(lesson.title) (\(lesson.tasks.count) tasks)", width: console.width, indent: "  "))
        }
        if let tutorial { lines.append("Now in lesson \(tutorial.lesson.number), task \(tutorial.task + 1); tutorial stop leaves it.") }
        say(lines.joined(separator: "\n"))
    }

    /// `tutorial N`: sets the learner's workspace aside and starts the lesson on the demo.
    func startLesson(_ number: Int) throws {
        guard let lesson = Lessons.all.first(where: { $0.number == number }) else {
            throw ShellError.failed("there is no lesson \(number): the lessons are 1 to \(Lessons.all.count)")
        }
        let stash = tutorial?.stashed ?? TutorialState.Stash(
            workspace: workspace, file: file, journal: journal, lock: lock, undoStack: undoStack, redoStack: redoStack,
            savedDepth: savedDepth, changesBeforeHistory: changesBeforeHistory, focus: focus, checkpoint: checkpoint)
        tutorial = TutorialState(lesson: lesson, task: 0, started: Date(), stashed: stash)
        workspace = .demo
        file = nil
        journal = nil
        lock = nil
        undoStack = []
        redoStack = []
        savedDepth = 0
        changesBeforeHistory = 0
        focus = nil
        checkpoint = "delår1"
        let width = console.width
        say(["Lesson \(lesson.number): \(lesson.title)",
             TextLayout.wrap(lesson.introduction, width: width),
             "It runs on a fresh copy of the demo. hint helps; tutorial stop leaves.",
             "",
             TextLayout.wrap("Task 1 of \(lesson.tasks.count): " + lesson.tasks[0].instruction, width: width)].joined(separator: "\n"))
    }

    /// `tutorial stop`, or the end of a lesson: gives the learner's workspace back.
    func endLesson(completed: Bool) {
        guard let state = tutorial else { return }
        let s = state.stashed
        workspace = s.workspace
        file = s.file
        journal = s.journal
        lock = s.lock
        undoStack = s.undoStack
        redoStack = s.redoStack
        savedDepth = s.savedDepth
        changesBeforeHistory = s.changesBeforeHistory
        focus = s.focus
        checkpoint = s.checkpoint
        tutorial = nil
        let next = Lessons.all.first { $0.number == state.lesson.number + 1 }
        if completed {
            say(TextLayout.wrap("Lesson \(state.lesson.number) done." + (next.map { " Next: tutorial \($0.number), \($0.title)." } ?? " That was the last lesson.")
                + " Your own workspace is back.", width: console.width))
        } else {
            say("Left lesson \(state.lesson.number). Your own workspace is back.")
        }
    }

    /// `hint`: help with the current task.
    func hint() throws {
        guard let state = tutorial else { throw ShellError.failed("no lesson is under way: tutorial lists them") }
        say("Hint: " + state.lesson.tasks[state.task].hint)
    }

    /// After each command: if the current task is done, says so and moves on.
    func checkLesson() {
        while let state = tutorial, state.lesson.tasks[state.task].isDone(self) {
            let task = state.lesson.tasks[state.task]
            say(TextLayout.wrap("✓ Done. " + task.explanation, width: console.width))
            let next = state.task + 1
            guard next < state.lesson.tasks.count else {
                endLesson(completed: true)
                return
            }
            tutorial?.task = next
            say(TextLayout.wrap("Task \(next + 1) of \(state.lesson.tasks.count): " + state.lesson.tasks[next].instruction, width: console.width))
        }
    }
}
