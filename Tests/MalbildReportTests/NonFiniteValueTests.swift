import MalbildCore
import Testing
@testable import MalbildReport

/// A value that is not a finite number cannot reach JSON; the other formats still render.
@Suite struct NonFiniteValueTests {
    static var workspace: Workspace {
        var workspace = Fixtures.rich
        let day = Fixtures.day("2019-04-15")
        _ = try? workspace.apply(.insertMeasurement(goal: 2, indicator: "langtid", index: 0,
                                                    measurement: Measurement(day: day, total: .nan)))
        return workspace
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
