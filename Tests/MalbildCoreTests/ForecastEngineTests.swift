import Testing
@testable import MalbildCore

@Suite struct ForecastEngineTests {
    let calendar = ReportingCalendar.standard(year: 2019)
    var delår1: Checkpoint { calendar.checkpoints[0] }
    var delår2: Checkpoint { calendar.checkpoints[1] }

    func day(_ text: String) -> Day {
        try! Day(parsing: text)
    }

    func indicator(_ values: [(String, Double?)], direction: Direction = .higher, baseline: Double? = 40,
                   target: Double? = 50, women: Double? = nil, men: Double? = nil) -> Indicator {
        Indicator(
            id: "x", name: "X", direction: direction,
            baseline: baseline.map { Reference(period: .year(2018), value: $0) },
            target: target.map { Reference(period: .year(2019), value: $0) },
            measurements: MeasurementSeries(values.map { Measurement(day: day($0.0), total: $0.1, women: women, men: men) })
        )
    }

    func suggest(_ indicators: [Indicator], at checkpoint: Checkpoint? = nil) -> ForecastSuggestion {
        ForecastEngine.suggest(for: Goal(number: 6, title: "T", kind: .steering, indicators: indicators),
                               at: checkpoint ?? delår1, year: 2019)
    }

    @Test func noValuesThisYearCannotBeForecast() {
        // Not a yearly series (its value is not dated 31 December): earlier years do not count.
        let s = suggest([indicator([("2018-06-30", 44)])])
        #expect(s.fulfilment == nil)
        #expect(s.indicators[0].reasoning == .noValues(until: day("2019-04-30")))
        #expect(s.reason == .noValuesAndTarget(until: day("2019-04-30")))
    }

    @Test func valuesAfterTheCheckpointDoNotCount() {
        let s = suggest([indicator([("2019-05-15", 60)])])
        #expect(s.fulfilment == nil)
    }

    @Test func missingValuesDoNotCount() {
        let s = suggest([indicator([("2019-04-30", nil)])])
        #expect(s.fulfilment == nil)
    }

    @Test func noIndicatorsCannotBeForecast() {
        let s = suggest([])
        #expect(s.fulfilment == nil)
        #expect(s.reason == .noIndicators(goal: 6))
    }

    @Test func oneValueIsJudgedAgainstTheShareOfTheYearGone() {
        // 30 April is day 120 of 365: 33% of the year.
        #expect(suggest([indicator([("2019-04-30", 44)])]).fulfilment == .met)      // 40% of the way
        #expect(suggest([indicator([("2019-04-30", 42)])]).fulfilment == .partly)   // 20%
        #expect(suggest([indicator([("2019-04-30", 40)])]).fulfilment == .notMet)   // no progress
        #expect(suggest([indicator([("2019-04-30", 38)])]).fulfilment == .notMet)   // backwards
        let line = suggest([indicator([("2019-04-30", 42)])]).indicators[0].reasoning
        guard case let .pace(latest, baseline, target, progress, _, outcome) = line else {
            Issue.record("\(line)")
            return
        }
        #expect(latest.value == 42 && baseline == 40 && target == 50 && outcome == .behind)
        #expect(abs(progress - 0.2) < 1e-9)
    }

    @Test func oneValueWithoutBaselineIsPartly() {
        let s = suggest([indicator([("2019-04-30", 45)], baseline: nil)])
        #expect(s.fulfilment == .partly)
        #expect(s.indicators[0].reasoning == .noBaseline(latest: .init(value: 45, day: day("2019-04-30")), target: 50))
    }

    @Test func targetAlreadyMetIsMet() {
        let s = suggest([indicator([("2019-03-01", 51)])])
        #expect(s.fulfilment == .met)
        #expect(s.indicators[0].reasoning == .meets(latest: .init(value: 51, day: day("2019-03-01")), target: 50))
    }

    @Test func lowerIsBetterTurnsEverythingAround() {
        // Long-term unemployment from 2.4 towards 2.0.
        #expect(suggest([indicator([("2019-04-30", 1.9)], direction: .lower, baseline: 2.4, target: 2.0)]).fulfilment == .met)
        #expect(suggest([indicator([("2019-04-30", 2.2)], direction: .lower, baseline: 2.4, target: 2.0)]).fulfilment == .met)
        #expect(suggest([indicator([("2019-04-30", 2.3)], direction: .lower, baseline: 2.4, target: 2.0)]).fulfilment == .partly)
        #expect(suggest([indicator([("2019-04-30", 2.6)], direction: .lower, baseline: 2.4, target: 2.0)]).fulfilment == .notMet)
    }

    @Test func baselineEqualToTargetNeedsTheTarget() {
        #expect(suggest([indicator([("2019-04-30", 49)], baseline: 50, target: 50)]).fulfilment == .notMet)
        #expect(suggest([indicator([("2019-04-30", 50)], baseline: 50, target: 50)]).fulfilment == .met)
    }

    @Test func twoValuesAreProjectedToTheYearsEnd() {
        // +4 over the 123 days from 30 April to 31 August; 122 more days to 31 December: about 52.
        let rising = indicator([("2019-04-30", 44), ("2019-08-31", 48)])
        let s = suggest([rising], at: delår2)
        #expect(s.fulfilment == .met)
        guard case let .line(count, _, projected, target, share) = s.indicators[0].reasoning else {
            Issue.record("\(s.indicators[0].reasoning)")
            return
        }
        #expect(count == 2 && target == 50 && share == nil)
        #expect(Number.format(projected) == "51.97")
        // Slower: 41 → 44 gives about 47, 70% of the way from 40 to 50: partly.
        #expect(suggest([indicator([("2019-04-30", 41), ("2019-08-31", 44)])], at: delår2).fulfilment == .partly)
        // Slower still: 41 → 43 gives about 45, just under half the way: not met.
        #expect(suggest([indicator([("2019-04-30", 41), ("2019-08-31", 43)])], at: delår2).fulfilment == .notMet)
        // At delår1 the August value does not count yet.
        #expect(suggest([rising], at: delår1).fulfilment == .met)
        // Falling: not met.
        #expect(suggest([indicator([("2019-04-30", 44), ("2019-08-31", 42)])], at: delår2).fulfilment == .notMet)
    }

    @Test func valuesSplitByGenderForecastOnTheTotal() {
        let split = indicator([("2019-04-30", 44)], women: 47, men: 41)
        #expect(suggest([split]).fulfilment == .met)
        let summary = IndicatorSummary(split)
        #expect(summary.genderGap == 6)
        #expect(summary.trend == .better)
    }

    @Test func correctionsReplaceTheValueOfTheirDay() {
        var i = indicator([("2019-04-30", 49)])
        i.measurements.append(Measurement(day: day("2019-04-30"), total: 41, correction: "misread"))
        #expect(i.currentValues.map(\.total) == [41])
        #expect(suggest([i]).fulfilment == .partly)
    }

    @Test func theGoalCombinesItsIndicators() {
        let met = indicator([("2019-04-30", 51)])
        let partly = indicator([("2019-04-30", 42)])
        let notMet = indicator([("2019-04-30", 39)])
        let none = indicator([])
        #expect(suggest([met, met]).fulfilment == .met)
        #expect(suggest([met, partly]).fulfilment == .partly)
        #expect(suggest([notMet, notMet]).fulfilment == .notMet)
        #expect(suggest([met, notMet]).fulfilment == .partly)
        #expect(suggest([met, none]).fulfilment == .met)
        // Partly met is said as such: some met and some not only when one is met.
        #expect(suggest([met, partly]).reason == .someMet)
        #expect(suggest([partly]).reason == .partlyOnly)
        #expect(suggest([partly, notMet]).reason == .partlyOnly)
    }

    @Test func discontinuedAndTargetlessIndicatorsAreLeftOut() {
        var ended = indicator([("2019-04-30", 30)])
        ended.discontinued = Discontinuation(replacedBy: "y", reason: "series ended")
        let noTarget = indicator([("2019-04-30", 30)], target: nil)
        let s = suggest([ended, noTarget, indicator([("2019-04-30", 51)])])
        #expect(s.fulfilment == .met)
        #expect(s.indicators[0].reasoning == .discontinued(replacedBy: "y"))
        #expect(s.indicators[1].reasoning == .noTarget)
    }

    @Test func scalesNameTheFulfilment() {
        #expect(GradeScale.threeLevel.forecastGrade(for: .partly).words == "uppfylls delvis")
        #expect(GradeScale.fiveLevel.forecastGrade(for: .met).words == "bedöms kunna uppnås")
        #expect(GradeScale.fourLevel.forecastGrade(for: .notMet).words == "svårt att uppnå")
        #expect(GradeScale.all.allSatisfy { $0.forecastGrades.contains { $0.fulfilment == .notAssessed } })
        #expect(GradeScale.threeLevel.forecastGrade("2")?.words == "uppfylls delvis")
        #expect(GradeScale.threeLevel.resultGrade("Delvis Uppfyllt")?.words == "delvis uppfyllt")
    }
}

