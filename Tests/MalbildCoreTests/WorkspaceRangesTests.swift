import Foundation
import Testing
@testable import MalbildCore

/// The ranges a workspace's numbers keep whichever way they came in (a file is checked
/// against them when it is opened).
@Suite struct WorkspaceRangesTests {
    func withIndicator(_ indicator: Indicator) -> Workspace {
        Workspace(name: "ks", planYear: 2019, goals: [Goal(number: 6, title: "Mål", kind: .steering, indicators: [indicator])])
    }

    @Test func theDemoIsInRange() {
        #expect(Workspace.demo.firstValueOutOfRange() == nil)
    }

    @Test func aPlanYearOutsideTheYearsADateCanHaveIsNamed() {
        // As a file brings it in: the calendar is the file's own, the plan year crafted.
        let problem = Workspace(name: "ks", planYear: Int.min, calendar: Workspace.demo.calendar).firstValueOutOfRange()
        #expect(problem?.place == "planYear")
        #expect(problem?.detail == "the year \(Int.min) is outside 1000–9999")
    }

    @Test func valuesMeasureWouldRefuseAreNamedWithTheirPlace() throws {
        let day = try Day(parsing: "2019-04-30")
        let huge = withIndicator(Indicator(id: "x", name: "X", measurements: [
            Measurement(day: day, total: 1), Measurement(day: day, total: 1, women: 1e308),
        ]))
        #expect(huge.firstValueOutOfRange()?.place == "goals[0].indicators[0].measurements[1].women")
        let infinite = withIndicator(Indicator(id: "x", name: "X", target: Reference(period: .year(2019), value: .infinity)))
        #expect(infinite.firstValueOutOfRange()?.place == "goals[0].indicators[0].target.value")
        let year = withIndicator(Indicator(id: "x", name: "X", baseline: Reference(period: .year(-5), value: 1)))
        #expect(year.firstValueOutOfRange()?.place == "goals[0].indicators[0].baseline.period")
        let limit = withIndicator(Indicator(id: "x", name: "X", measurements: [Measurement(day: day, total: 999_999_999_999_999)]))
        #expect(limit.firstValueOutOfRange() == nil)
    }

    @Test func goalNumbersACommandCouldNotTypeAreNamed() {
        let workspace = Workspace(name: "ks", planYear: 2019, goals: [Goal(number: -1, title: "Mål", kind: .steering)])
        #expect(workspace.firstValueOutOfRange()?.place == "goals[0].number")
    }
}
