import Testing
@testable import MalbildCore

/// The workspace's own calendar, plan period, scales and targets per period, in the domain.
@Suite struct CalendarTests {
    func day(_ text: String) -> Day {
        try! Day(parsing: text)
    }

    func period() -> Workspace {
        Workspace.empty(name: "kf", years: 2024...2027)
    }

    @Test func aPlanPeriodHasTheStandardCheckpointsEachYear() {
        let w = period()
        #expect(w.planYears == 2024...2027)
        #expect(w.calendar.checkpoints.count == 12)
        #expect(w.calendar.checkpoints.first?.id == "delår1-2024")
        #expect(w.calendar.checkpoints.last?.id == "helår-2027")
        #expect(w.calendar.checkpoints.last?.day == day("2027-12-31"))
        // One year keeps today's ids.
        #expect(Workspace.empty(year: 2019).calendar == .standard(year: 2019))
        #expect(Workspace.empty(year: 2019).lastPlanYear == nil)
    }

    @Test func checkpointsAreAddedInTheOrderOfTheYearAndUndone() throws {
        var w = period()
        let march = Checkpoint(id: "mars", name: "Delårsrapport mars", day: day("2024-03-31"), forecasts: true)
        let undo = try w.apply(.setCheckpoint(id: "mars", checkpoint: march))
        #expect(w.calendar.checkpoints.first == march)
        _ = try w.apply(undo)
        #expect(w.calendar == ReportingCalendar.standard(years: 2024...2027))
    }

    @Test func aCheckpointOutsideThePlanPeriodOrWithAnIdLikeAYearIsRefused() {
        var w = period()
        let outside = Checkpoint(id: "x", name: "X", day: day("2028-03-31"), forecasts: true)
        #expect(throws: EditError.dayOutsidePlanPeriod(day("2028-03-31"), first: 2024, last: 2027)) {
            try w.apply(.setCheckpoint(id: "x", checkpoint: outside))
        }
        let year = Checkpoint(id: "2024", name: "X", day: day("2024-03-31"), forecasts: true)
        #expect(throws: EditError.badCheckpointID("2024")) { try w.apply(.setCheckpoint(id: "2024", checkpoint: year)) }
        let twice = Checkpoint(id: "DELÅR1-2024", name: "X", day: day("2024-03-31"), forecasts: true)
        #expect(throws: EditError.checkpointExists("DELÅR1-2024")) { try w.apply(.setCheckpoint(id: "DELÅR1-2024", checkpoint: twice)) }
    }

    @Test func aCheckpointWithSomethingRecordedIsNotRemovedAndTheRefusalNamesIt() throws {
        var w = period()
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "Mål", kind: .steering)))
        _ = try w.apply(.setForecast(goal: 1, checkpoint: "delår1-2024", forecast: Forecast(checkpoint: "delår1-2024", grade: "uppfylls", rationale: "r")))
        _ = try w.apply(.insertIndicator(goal: 1, index: 0, indicator: Indicator(id: "nmi", name: "NMI")))
        _ = try w.apply(.setPeriodTarget(goal: 1, indicator: "nmi", period: .checkpoint("delår1-2024"),
                                         reference: Reference(period: .checkpoint("delår1-2024"), value: 5)))
        #expect(throws: EditError.checkpointInUse("delår1-2024", uses: [.forecast(goal: 1), .reference(indicator: "nmi")])) {
            try w.apply(.setCheckpoint(id: "delår1-2024", checkpoint: nil))
        }
        // Turning it into a result checkpoint would leave the forecast behind.
        var result = try #require(w.calendar.checkpoint("delår1-2024"))
        result.forecasts = false
        #expect(throws: EditError.checkpointInUse("delår1-2024", uses: [.forecast(goal: 1)])) {
            try w.apply(.setCheckpoint(id: "delår1-2024", checkpoint: result))
        }
        // A checkpoint with nothing at it goes, but never the last one.
        var one = Workspace.empty(year: 2019)
        _ = try one.apply(.setCheckpoint(id: "delår1", checkpoint: nil))
        _ = try one.apply(.setCheckpoint(id: "delår2", checkpoint: nil))
        #expect(throws: EditError.lastCheckpoint("helår")) { try one.apply(.setCheckpoint(id: "helår", checkpoint: nil)) }
    }

    @Test func targetsArePerPeriodAndTheOneOfThePeriodIsUsed() throws {
        var w = period()
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "Mål", kind: .steering)))
        _ = try w.apply(.insertIndicator(goal: 1, index: 0, indicator: Indicator(id: "nmi", name: "NMI")))
        func set(_ p: Period, _ v: Double) throws -> Edit {
            try w.apply(.setPeriodTarget(goal: 1, indicator: "nmi", period: p, reference: Reference(period: p, value: v)))
        }
        _ = try set(.year(2024), 60)
        _ = try set(.year(2025), 62)
        _ = try set(.plan, 65)
        let replaced = try set(.year(2025), 63)
        let i = try #require(w.goal(1)?.indicator("nmi"))
        #expect(i.target == Reference(period: .year(2024), value: 60))
        #expect(i.periodTargets.map(\.value) == [63, 65])
        #expect(i.target(at: "delår1-2025", year: 2025)?.value == 63)
        #expect(i.target(at: "delår1-2026", year: 2026)?.value == 65)
        _ = try w.apply(replaced)
        #expect(w.goal(1)?.indicator("nmi")?.target(for: .year(2025))?.value == 62)
    }

    @Test func aYearlySeriesIsForecastFromLastYearsOutcome() {
        // Kolada's values are dated 31 December and come months later.
        let i = Indicator(id: "nmi", name: "NMI", target: Reference(period: .year(2024), value: 60),
                          measurements: [Measurement(day: day("2022-12-31"), total: 50), Measurement(day: day("2023-12-31"), total: 55)])
        #expect(ForecastEngine.isYearly(i))
        let march = Checkpoint(id: "mars", name: "Mars", day: day("2024-03-31"), forecasts: true)
        let s = ForecastEngine.suggest(for: Goal(number: 1, title: "T", kind: .steering, indicators: [i]), at: march, year: 2024)
        // The line through 50 (2022) and 55 (2023) gives 60 for 2024: the target.
        #expect(s.fulfilment == .met)
        let latest = IndicatorReasoning.Latest(value: 55, day: day("2023-12-31"))
        #expect(s.indicators[0].reasoning == .yearly(.yearLine(count: 2, latest: latest, projected: 60, year: 2024, target: 60, share: nil)))
        // With the threshold of a partly grade, a year's 49 of 60 (82 %) is partly, 47 (78 %) not met.
        let flat = Indicator(id: "x", name: "X", target: Reference(period: .year(2024), value: 60),
                             measurements: [Measurement(day: day("2023-12-31"), total: 49)])
        let partly = ForecastEngine.suggest(for: Goal(number: 1, title: "T", kind: .steering, indicators: [flat]), at: march, year: 2024, partlyShare: 0.8)
        #expect(partly.fulfilment == .partly)
        guard case .yearly(.judged(_, .partly(let reached, let share))) = partly.indicators[0].reasoning else {
            Issue.record("expected a yearly series judged partly by the threshold: \(partly.indicators[0].reasoning)")
            return
        }
        #expect(abs(reached - 49.0 / 60.0) < 1e-9 && share == 0.8)
        var low = flat
        low.measurements = [Measurement(day: day("2023-12-31"), total: 47)]
        let notMet = ForecastEngine.suggest(for: Goal(number: 1, title: "T", kind: .steering, indicators: [low]), at: march, year: 2024, partlyShare: 0.8)
        #expect(notMet.fulfilment == .notMet)
        // Without a threshold one yearly value cannot show a pace.
        let one = ForecastEngine.suggest(for: Goal(number: 1, title: "T", kind: .steering, indicators: [flat]), at: march, year: 2024)
        #expect(one.fulfilment == .partly)
    }

    @Test func ownScalesAreDefinedUsedAndNotRemovedWhileInUse() throws {
        var w = period()
        let smileys = GradeScale.own(name: "smileys", grades: [
            Grade(words: "uppfyllt", fulfilment: .met, symbol: "😊", threshold: 1),
            Grade(words: "delvis uppfyllt", fulfilment: .partly, symbol: "😐", threshold: 0.8),
            Grade(words: "ej uppfyllt", fulfilment: .notMet, symbol: "😒"),
        ])
        #expect(throws: EditError.scaleWithoutGrades("empty")) {
            var copy = w
            _ = try copy.apply(.setOwnScale(name: "empty", scale: .own(name: "empty", grades: [])))
            _ = try copy.apply(.setScale(name: "empty"))
        }
        _ = try w.apply(.setOwnScale(name: "smileys", scale: smileys))
        _ = try w.apply(.setScale(name: "smileys"))
        #expect(w.scale.partlyThreshold == 0.8)
        // "Ej bedömd" always exists, and a grade may be typed as its symbol.
        #expect(w.scale.forecastGrades.last == GradeScale.notAssessed)
        #expect(w.scale.resultGrade("😐")?.words == "delvis uppfyllt")
        #expect(throws: EditError.scaleInUse("smileys")) { try w.apply(.setOwnScale(name: "smileys", scale: nil)) }
        #expect(throws: EditError.builtInScale("three")) { try w.apply(.setOwnScale(name: "three", scale: nil)) }
        let twice = GradeScale.own(name: "smileys", grades: smileys.ownGrades + [Grade(words: "Uppfyllt", fulfilment: .met, symbol: "x")])
        #expect(throws: EditError.gradeWordsTwice("Uppfyllt")) { try w.apply(.setOwnScale(name: "smileys", scale: twice)) }
        _ = try w.apply(.setScale(name: "three"))
        _ = try w.apply(.setOwnScale(name: "smileys", scale: nil))
        #expect(w.ownScales == nil)
    }
}

/// A file's numbers of the plan period, own scales and targets per period are checked on opening.
@Suite struct CalendarRangeTests {
    @Test func aCraftedPlanPeriodThresholdOrPeriodTargetIsNamedWithItsPlace() throws {
        var w = Workspace.empty(name: "kf", years: 2024...2027)
        #expect(w.firstValueOutOfRange() == nil)
        w.lastPlanYear = 9999
        #expect(w.firstValueOutOfRange()?.place == "lastPlanYear")
        w.lastPlanYear = 2027
        w.ownScales = [.own(name: "x", grades: [Grade(words: "a", fulfilment: .partly, symbol: "a", threshold: .infinity)])]
        #expect(w.firstValueOutOfRange()?.place == "ownScales[0].grades[0].threshold")
        w.ownScales = nil
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "Mål")))
        _ = try w.apply(.insertIndicator(goal: 1, index: 0, indicator: Indicator(id: "nmi", name: "NMI")))
        _ = try w.apply(.setPeriodTarget(goal: 1, indicator: "nmi", period: .plan, reference: Reference(period: .plan, value: 1)))
        w.goals[0].indicators[0].periodTargets = [Reference(period: .year(2025), value: 1e300)]
        #expect(w.firstValueOutOfRange()?.place == "goals[0].indicators[0].periodTargets[0].value")
    }
}

/// `diff` names what changed in the calendar, the own scales and the targets per period.
@Suite struct CalendarDiffTests {
    @Test func checkpointsScalesAndTargetsPerPeriodShowInTheDifference() throws {
        let before = Workspace.empty(name: "kf", years: 2024...2025)
        var after = before
        let march = Checkpoint(id: "mars-2024", name: "Mars", day: try Day(parsing: "2024-03-31"), forecasts: true)
        _ = try after.apply(.setCheckpoint(id: "mars-2024", checkpoint: march))
        _ = try after.apply(.setCheckpoint(id: "delår1-2024", checkpoint: nil))
        var moved = try #require(after.calendar.checkpoint("delår2-2025"))
        moved.day = try Day(parsing: "2025-08-29")
        _ = try after.apply(.setCheckpoint(id: moved.id, checkpoint: moved))
        _ = try after.apply(.setOwnScale(name: "s", scale: .own(name: "s", grades: [Grade(words: "ja", fulfilment: .met, symbol: "😊")])))
        let whats = WorkspaceDiff.compare(before, after).map(\.what)
        #expect(whats == [.checkpointAdded(id: "mars-2024"), .checkpointChanged(id: "delår2-2025"), .checkpointRemoved(id: "delår1-2024"),
                          .scaleDefined(name: "s")])
        #expect(WorkspaceDiff.compare(after, after).isEmpty)
    }
}
