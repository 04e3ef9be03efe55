import Testing
@testable import MalbildCore

/// Most real indicators have a source, a target and values, but no baseline:
/// such a goal is measurable, and its trend is against the previous value.
@Suite struct TargetOnlyIndicatorTests {
    static func day(_ text: String) throws -> Day { try Day(parsing: text) }

    static func indicator(baseline: Reference? = nil) throws -> Indicator {
        Indicator(
            id: "behoriga", name: "Elever i åk 9 behöriga till yrkesprogram", source: .kolada(kpi: "N15428"), unit: "%",
            baseline: baseline, target: Reference(period: .year(2024), value: 90),
            measurements: [
                Measurement(day: try day("2021-12-31"), total: 80),
                Measurement(day: try day("2022-12-31"), total: 88),
                Measurement(day: try day("2023-12-31"), total: 85),
            ]
        )
    }

    @Test func aSourceAndATargetMakeAGoalMeasurable() throws {
        let goal = Goal(number: 1, title: "Fler behöriga", kind: .steering, indicators: [try Self.indicator()])
        let line = try #require(CriteriaCheck.check(goal).first { $0.criterion == .measurable })
        #expect(line.outcome == .passed, "\(line.reason)")
        #expect(line.reason == .measured(ids: ["behoriga"], withBaseline: false, justification: ""))
    }

    @Test func withoutATargetItIsNot() throws {
        var indicator = try Self.indicator()
        indicator.target = nil
        let goal = Goal(number: 1, title: "Fler behöriga", kind: .steering, indicators: [indicator])
        let line = try #require(CriteriaCheck.check(goal).first { $0.criterion == .measurable })
        #expect(line.outcome == .failed)
        #expect(line.reason == .needsIndicator(lacks: [.noTarget(id: "behoriga")]))
    }

    @Test func withoutABaselineTheTrendIsAgainstThePreviousValue() throws {
        let summary = IndicatorSummary(try Self.indicator())
        // 85 after 88 is worse, though it is better than the first value, 80.
        #expect(summary.trend == .worse)
        #expect(summary.trendAgainstPrevious)
        let withBaseline = IndicatorSummary(try Self.indicator(baseline: Reference(period: .year(2020), value: 75)))
        #expect(withBaseline.trend == .better)
        #expect(!withBaseline.trendAgainstPrevious)
    }
}
