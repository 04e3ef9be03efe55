import Testing
@testable import MalbildCore

/// `indicator discontinue … --from DAY`: values dated before the end are
/// taken, also late ones (an import brings last year's value in spring); later
/// ones are refused, whatever path they come by.
@Suite struct DiscontinuedFromTests {
    static func day(_ text: String) throws -> Day { try Day(parsing: text) }

    /// The demo's nii (one value, 2018-12-31) ended from 2020.
    static func ended() throws -> Workspace {
        var w = Workspace.demo
        let end = Discontinuation(replacedBy: "webb", reason: "SCB:s index upphörde efter 2020", from: try day("2020-01-01"))
        _ = try w.apply(.setDiscontinued(goal: 6, indicator: "nii", discontinuation: end))
        return w
    }

    @Test func aValueBeforeTheEndIsTakenThoughLaterThanTheLast() throws {
        var w = try Self.ended()
        let late = Measurement(day: try Self.day("2019-12-31"), total: 41)
        let count = try #require(w.goal(6)?.indicator("nii")?.measurements.count)
        _ = try w.apply(.insertMeasurement(goal: 6, indicator: "nii", index: count, measurement: late))
        #expect(w.goal(6)?.indicator("nii")?.currentValues.last?.total == 41)
    }

    @Test func aValueFromTheEndOnIsRefused() throws {
        var w = try Self.ended()
        let before = w
        let after = Measurement(day: try Self.day("2020-12-31"), total: 42)
        let count = try #require(w.goal(6)?.indicator("nii")?.measurements.count)
        #expect(throws: EditError.indicatorEnded("nii", from: try Self.day("2020-01-01"), replacedBy: "webb")) {
            _ = try w.apply(.insertMeasurement(goal: 6, indicator: "nii", index: count, measurement: after))
        }
        #expect(w == before)
    }

    @Test func aSeriesCannotEndBeforeValuesItHas() throws {
        var w = Workspace.demo
        let end = Discontinuation(replacedBy: nil, reason: "Upphörde", from: try Self.day("2018-06-30"))
        #expect(throws: EditError.valuesAfterEnd("nii", from: try Self.day("2018-06-30"), days: [try Self.day("2018-12-31")])) {
            _ = try w.apply(.setDiscontinued(goal: 6, indicator: "nii", discontinuation: end))
        }
        #expect(w == Workspace.demo)
    }

    @Test func withoutAnEndDayTheLastValueIsTheEnd() throws {
        var w = Workspace.demo
        _ = try w.apply(.setDiscontinued(goal: 6, indicator: "nii", discontinuation: Discontinuation(replacedBy: nil, reason: "Upphörde")))
        let later = Measurement(day: try Self.day("2019-12-31"), total: 41)
        #expect(throws: EditError.indicatorDiscontinued("nii", replacedBy: nil)) {
            _ = try w.apply(.insertMeasurement(goal: 6, indicator: "nii", index: 1, measurement: later))
        }
    }
}
