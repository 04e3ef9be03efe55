import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// `indicator set ID FIELD VALUE` goes through the edit path: one step each,
/// undone exactly; a new source for an indicator with values is asked about.
@Suite struct IndicatorSetSessionTests {
    func session() -> (Session, RecordingConsole) {
        let console = RecordingConsole()
        let session = Session(workspace: .demo, console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        return (session, console)
    }

    @Test func aCorrectionKeepsTheValuesAndUndoes() throws {
        let (session, _) = session()
        let before = try #require(session.workspace.goal(2)?.indicator("langtid"))
        try session.execute("indicator set langtid name \"Långtidsarbetslösa, ny definition\"")
        try session.execute("indicator set langtid direction higher")
        let after = try #require(session.workspace.goal(2)?.indicator("langtid"))
        #expect(after.name == "Långtidsarbetslösa, ny definition")
        #expect(after.direction == .higher)
        #expect(after.measurements == before.measurements)
        #expect(after.baseline == before.baseline && after.target == before.target)
        try session.execute("undo")
        try session.execute("undo")
        #expect(session.workspace.goal(2)?.indicator("langtid") == before)
    }

    @Test func aNewSourceIsAskedAboutAndANoKeepsIt() throws {
        let (session, console) = session()
        console.answers = [false]
        try session.execute("indicator set langtid source kolada:N03927")
        #expect(console.output.contains("N03926"))
        #expect(session.workspace.goal(2)?.indicator("langtid")?.source == .kolada(kpi: "N03926"))
        console.answers = [true]
        try session.execute("indicator set langtid source kolada:N03927")
        #expect(session.workspace.goal(2)?.indicator("langtid")?.source == .kolada(kpi: "N03927"))
    }

    @Test func theDomainRefusesAnEmptyName() throws {
        var w = Workspace.demo
        let description = IndicatorDescription(name: "", unit: "%", source: .manual, direction: .lower)
        #expect(throws: EditError.emptyText(.indicatorName)) {
            _ = try w.apply(.setIndicatorDescription(goal: 2, indicator: "langtid", description: description))
        }
        #expect(w == Workspace.demo)
    }
}
