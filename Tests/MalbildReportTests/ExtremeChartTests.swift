import MalbildCore
import Testing
@testable import MalbildReport

/// The chart's ends for any finite value: a report of series at the ends of a Double renders
/// in every format, and the HTML's coordinates are all numbers. No edit or file records such
/// values any more, so the workspace is built directly.
@Suite struct ExtremeChartTests {
    static func workspace(totals: [Double], baseline: Double) -> Workspace {
        let rich = Fixtures.rich
        var goals = rich.goals
        if let g = goals.firstIndex(where: { !$0.indicators.isEmpty }) {
            let days = ["2019-03-31", "2019-04-15"].map(Fixtures.day)
            goals[g].indicators[0].measurements = MeasurementSeries(zip(days, totals).map { Measurement(day: $0, total: $1) })
            goals[g].indicators[0].baseline = goals[g].indicators[0].baseline.map {
                var reference = $0
                reference.value = baseline
                return reference
            }
        }
        return Workspace(name: rich.name, municipality: rich.municipality, body: rich.body, planYear: rich.planYear,
                         decision: rich.decision, calendar: rich.calendar, areas: rich.areas, goals: goals)
    }

    @Test(arguments: [
        [1.7976931348623157e308, -1.7976931348623157e308],
        [1.7976931348623157e308, 1.7976931348623157e308],
        [-1e308, Double.leastNonzeroMagnitude],
        [1e300, 1e300 * (1 + 1e-15)],
        [1e15, 1e15 + 0.25],
    ])
    func aReportOfExtremeValuesRenders(totals: [Double]) throws {
        let workspace = Self.workspace(totals: totals, baseline: -1.7976931348623157e308)
        for format in [ReportFormat.markdown, .csv, .json] {
            _ = try Report.render(workspace, checkpoint: "helår", format: format)
        }
        let html = try Report.render(workspace, checkpoint: "helår", format: .html)
        #expect(html.contains("<svg"))
        for attribute in ["x", "y", "cx", "cy", "x1", "x2", "y1", "y2", "height"] {
            for bad in ["\"\"", "\"nan", "\"-nan", "\"inf", "\"-inf"] {
                #expect(!html.contains(" \(attribute)=\(bad)"), "a coordinate that is not a number: \(attribute)=\(bad)")
            }
        }
    }
}
