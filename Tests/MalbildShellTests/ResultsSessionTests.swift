import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// A plan period in the shell: each year's result where it belongs, and the indicators
/// table with the target of the chosen checkpoint's period.
@Suite struct ResultsSessionTests {
    func session() throws -> (Session, RecordingConsole) {
        let console = RecordingConsole()
        let session = Session(workspace: .empty(name: "kf", years: 2024...2025), console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_700_000_000) })
        try session.execute("goal add \"KF\" --kind steering")
        try session.execute("goal add \"Nämnd\" --parent 1 --kind steering")
        return (session, console)
    }

    @Test func aResultTypedAtAnInterimReportIsKeptAtItsYearsEnd() throws {
        let (session, console) = try session()
        try session.execute("checkpoint delår2-2025")
        try session.execute("result uppfyllt \"Bra år\"")
        #expect(session.workspace.goal(GoalNumber("1.1")!)?.results?.map(\.checkpoint) == ["helår-2025"])
        #expect(console.output.contains("result 2025 (helår-2025)"))
        try session.execute("result clear")
        #expect(session.workspace.goal(GoalNumber("1.1")!)?.results == nil)
    }

    @Test func aYearWithoutAResultCheckpointIsNamed() throws {
        let (session, console) = try session()
        try session.execute("checkpoint add höst-2025 2025-10-31 \"Höst\" --forecast")
        try session.execute("checkpoint remove helår-2025")
        try session.execute("checkpoint höst-2025")
        do {
            try session.execute("result uppfyllt \"Bra år\"")
            Issue.record("a result was taken without a checkpoint for it")
        } catch {
            #expect(String(describing: error).contains("2025 has no checkpoint that reports the year's result (höst-2025 reports a forecast)"), "\(error)")
        }
        _ = console
        #expect(session.workspace.goal(GoalNumber("1.1")!)?.results == nil)
    }

    @Test func theIndicatorsTableShowsTheTargetOfTheChosenPeriod() throws {
        let (session, console) = try session()
        try session.execute("indicator add behorig \"Behöriga\" --unit %")
        try session.execute("target behorig 2024 85")
        try session.execute("target behorig 2025 86")
        try session.execute("checkpoint helår-2025")
        console.output = ""
        try session.execute("indicators")
        #expect(console.output.contains("86 (2025)"))
        try session.execute("checkpoint delår1-2024")
        console.output = ""
        try session.execute("indicators")
        #expect(console.output.contains("85 (2024)"))
    }
}
