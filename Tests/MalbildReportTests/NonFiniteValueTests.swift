import MalbildCore
import Testing
@testable import MalbildReport

/// A value that is not a finite number cannot reach JSON; the other formats still render.
/// (No edit records such a value; a workspace file written by hand can hold one.)
@Suite struct NonFiniteValueTests {
    static var workspace: Workspace {
        let rich = Fixtures.rich
        var goals = rich.goals
        if let g = goals.firstIndex(where: { $0.number == 2 }) {
            goals[g].indicators[0].measurements.insert(Measurement(day: Fixtures.day("2019-04-15"), total: .nan), at: 0)
        }
        return Workspace(name: rich.name, municipality: rich.municipality, body: rich.body, planYear: rich.planYear,
                         decision: rich.decision, calendar: rich.calendar, areas: rich.areas, goals: goals)
    }

    @Test func jsonSaysWhatIsWrong() throws {
        #expect(Self.workspace.goal(2)?.indicators[0].measurements.count == 2)
        #expect {
            try Report.render(Self.workspace, checkpoint: "delår1", format: .json)
        } throws: { error in
            guard case .encoding = error as? ReportError else { return false }
            return true
        }
    }

    @Test(arguments: [ReportFormat.markdown, .html, .csv])
    func theOtherFormatsRender(format: ReportFormat) throws {
        let text = try Report.render(Self.workspace, checkpoint: "delår1", format: format)
        #expect(text.contains("Långtidsarbetslösa"))
    }
}
