import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// Goals under goals in the shell: typed numbers, Tab completion, moving with the chosen
/// goal following, and removing a goal with its sub-goals as one undo step.
@Suite struct GoalTreeSessionTests {
    func session() throws -> (Session, RecordingConsole) {
        let console = RecordingConsole()
        let session = Session(workspace: .demo, console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        try session.execute("goal add \"Fler följer fullmäktige\" --parent 6 --kind steering")
        try session.execute("goal add \"Textade sändningar\" --parent 6.1")
        return (session, console)
    }

    @Test func aGoalAddedUnderAnotherTakesItsAreaUnlessOneIsGiven() throws {
        let (session, _) = try session()
        let area = try #require(session.workspace.goal(6)?.area)
        #expect(session.workspace.goal(GoalNumber("6.1")!)?.area == area)
        #expect(session.workspace.goal(GoalNumber("6.1.1")!)?.area == area)
        try session.execute("goal add \"Egen\" --parent 6 --area 1")
        #expect(session.workspace.goal(GoalNumber("6.2")!)?.area == 1)
        try session.execute("goal add \"Med nummer\" --number 6.5")
        #expect(session.workspace.goal(GoalNumber("6.5")!)?.area == area)
        try session.execute("goal add \"Överst\"")
        #expect(session.workspace.goal(9)?.area == nil)
    }

    @Test func theCardsRollUpListsTheCheckpointsUpToTheChosenOne() throws {
        let (session, console) = try session()
        try session.execute("checkpoint delår2")
        console.output = ""
        try session.execute("goal 6")
        #expect(console.output.contains("\n  delår1 "))
        #expect(console.output.contains("\n  delår2 "))
        #expect(!console.output.contains("\n  helår "))
        try session.execute("checkpoint helår")
        console.output = ""
        try session.execute("goal 6")
        #expect(console.output.contains("\n  helår "))
    }

    @Test func numbersAreTypedCompletedAndChosenAlone() throws {
        let (session, _) = try session()
        #expect(session.workspace.goal(GoalNumber("6.1.1")!)?.title == "Textade sändningar")
        #expect(session.prompt == "ks2019* mål 6.1.1> ")
        let completer = ShellCompleter(session: session)
        #expect(completer.completions(forLine: "goal 6") == ["6", "6.1", "6.1.1"])
        #expect(completer.completions(forLine: "set goal 6.1 par") == ["parent"])
        try session.execute("6.1")
        #expect(session.focus == GoalNumber("6.1"))
        try session.execute("next")
        #expect(session.focus == GoalNumber("6.1.1"))
        try session.execute("next")
        #expect(session.focus == 7)
    }

    @Test func aMoveIsOneStepAndTheChosenGoalFollowsItBothWays() throws {
        let (session, _) = try session()
        try session.execute("goal 6.1.1")
        try session.execute("set goal 6.1 parent none")
        #expect(session.workspace.goal(9)?.title == "Fler följer fullmäktige")
        #expect(session.focus == GoalNumber("9.1"))
        _ = try session.undo()
        #expect(session.focus == GoalNumber("6.1.1"))
        #expect(session.workspace.goal(GoalNumber("6.1")!)?.title == "Fler följer fullmäktige")
    }

    @Test func aParentIsRemovedWithItsChildrenOnlyWhenAskedAndUndoBringsAllBack() throws {
        let (session, console) = try session()
        let before = session.workspace.content
        #expect(throws: (any Error).self) { try session.execute("goal remove 6") }
        #expect(session.workspace.content == before)
        console.answers = [true]
        try session.execute("goal remove 6 --with-children")
        #expect(session.workspace.goal(6) == nil && session.workspace.goal(GoalNumber("6.1.1")!) == nil)
        _ = try session.undo()
        #expect(session.workspace.goals == before.goals)
    }
}
