import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// `set kind supporting` on a goal with forecasts: refused unless the user
/// says yes, and then the forecasts go in the same undo step.
@Suite struct SupportingGoalSessionTests {
    func session(answers: [Bool]) throws -> (Session, RecordingConsole) {
        let console = RecordingConsole()
        let session = Session(workspace: .demo, console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        try session.execute("goal 6")
        try session.execute("forecast set uppfylls \"Takten räcker\"")
        console.answers = answers
        return (session, console)
    }

    @Test func aYesClearsTheForecastsInTheSameStep() throws {
        let (session, console) = try session(answers: [true])
        try session.execute("set kind supporting")
        #expect(console.output.contains("delår1"))
        #expect(session.workspace.goal(6)?.kind == .supporting)
        #expect(session.workspace.goal(6)?.forecasts.isEmpty == true)
        try session.execute("undo")
        #expect(session.workspace.goal(6)?.kind == .steering)
        #expect(session.workspace.goal(6)?.forecast(at: "delår1")?.grade == "uppfylls")
    }

    @Test func aNoKeepsTheGoalAndItsForecasts() throws {
        let (session, _) = try session(answers: [false])
        #expect(throws: (any Error).self) { try session.execute("set kind supporting") }
        #expect(session.workspace.goal(6)?.kind == .steering)
        #expect(session.workspace.goal(6)?.forecast(at: "delår1")?.grade == "uppfylls")
    }
}
