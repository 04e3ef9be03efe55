import MalbildCore
import Testing
@testable import MalbildReport

/// Building the report's data: the checkpoint, the summary, the goals' parts.
@Suite struct ReportDataTests {
    @Test func anUnknownCheckpointIsAClearError() {
        #expect(throws: ReportError.unknownCheckpoint("delår3", known: ["delår1", "delår2", "helår"])) {
            try ReportData(Fixtures.rich, checkpoint: "delår3")
        }
        let error = ReportError.unknownCheckpoint("delår3", known: ["delår1", "delår2", "helår"])
        #expect(error.description == "there is no checkpoint \"delår3\": use delår1, delår2, helår")
    }

    @Test func aCheckpointIsFoundWithoutTheRing() throws {
        let data = try ReportData(Fixtures.rich, checkpoint: "delar1")
        #expect(data.checkpoint.id == "delår1")
        #expect(data.title == "Delårsrapport 1 per 2019-04-30")
        #expect(try ReportData(Fixtures.rich, checkpoint: "helår").title == "Årsredovisning per 2019-12-31")
    }

    @Test func theCheckpointsRunUpToTheReportsOwn() throws {
        #expect(try ReportData(Fixtures.rich, checkpoint: "delår1").checkpoints.map(\.id) == ["delår1"])
        #expect(try ReportData(Fixtures.rich, checkpoint: "helår").checkpoints.map(\.id) == ["delår1", "delår2", "helår"])
    }

    @Test func goalsAreGroupedByAreaWithTheHomelessLast() throws {
        let data = try ReportData(Fixtures.rich, checkpoint: "delår1")
        #expect(data.areas.map(\.name) == ["Demokrati & service", "Arbete", "Tomt område", "Mål utan målområde"])
        #expect(data.areas.map { $0.goals.map(\.number) } == [[5, 6], [2], [], [9]])
        #expect(data.areas.last?.number == nil)
    }

    @Test func atDelår1TheSummaryCountsForecastsAndNamesTheUnassessed() throws {
        let summary = try ReportData(Fixtures.rich, checkpoint: "delår1").summary
        #expect(summary.steeringGoals == 2)
        #expect(summary.supportingGoals == 2)
        #expect(summary.grades.map(\.grade.words) == ["uppfylls", "uppfylls delvis", "uppfylls ej", "ej bedömd"])
        // Goal 2 has no forecast: it counts as not assessed, so the counts add up to the steering goals.
        #expect(summary.grades.map(\.count) == [0, 1, 0, 1])
        #expect(summary.grades.map(\.grade.symbol) == ["●", "◐", "○", "–"])
        // Goal 2 has no forecast, goal 9 no qualitative assessment; goal 5 has one.
        #expect(summary.unassessed.map(\.number) == [2, 9])
    }

    @Test func atDelår2AnAssessmentOfDelår1DoesNotCount() throws {
        let data = try ReportData(Fixtures.rich, checkpoint: "delår2")
        #expect(data.summary.grades.map(\.count) == [1, 0, 0, 1])
        #expect(data.summary.unassessed.map(\.number) == [2, 5, 9])
        #expect(data.goals.first { $0.number == 5 }?.assessment == nil)
    }

    @Test func atHelårTheResultCountsAndNoForecastIsShown() throws {
        let data = try ReportData(Fixtures.rich, checkpoint: "helår")
        let goal6 = try #require(data.goals.first { $0.number == 6 })
        #expect(goal6.forecast == nil)
        #expect(goal6.result == ReportAppraisal(
            grade: ReportGrade(words: "uppfyllt", symbol: "●", fulfilment: .met),
            text: "Målvärdet nåddes: 47,25 mot 45."
        ))
        #expect(data.summary.grades.map(\.grade.words) == ["uppfyllt", "delvis uppfyllt", "ej uppfyllt", "ej bedömd"])
        #expect(data.summary.grades.map(\.count) == [1, 0, 0, 1])
        #expect(data.summary.unassessed.map(\.number) == [2, 5, 9])
    }

    @Test func aSupportingGoalNeverShowsAForecast() throws {
        let goal = Goal(number: 1, title: "Inriktning", kind: .supporting,
                        forecasts: [Forecast(checkpoint: "delår1", grade: "uppfylls", rationale: "kvar från förr")])
        let data = try ReportData(Workspace(name: "w", planYear: 2019, goals: [goal]), checkpoint: "delår1")
        #expect(data.goals[0].forecast == nil)
        #expect(data.summary.grades.allSatisfy { $0.count == 0 })
        #expect(data.summary.unassessed.map(\.number) == [1])
    }

    @Test func gradeWordsOffTheScaleAreKeptAndCounted() throws {
        let goal = Goal(number: 1, title: "Mål", kind: .steering,
                        forecasts: [Forecast(checkpoint: "delår1", grade: "på god väg", rationale: "skäl")])
        let data = try ReportData(Workspace(name: "w", planYear: 2019, goals: [goal]), checkpoint: "delår1")
        let grade = ReportGrade(words: "på god väg", symbol: "?", fulfilment: nil)
        #expect(data.goals[0].forecast?.grade == grade)
        #expect(data.summary.grades.last == GradeCount(grade: grade, count: 1))
        #expect(data.summary.unassessed.isEmpty)
    }

    @Test func theGradesComeFromTheWorkspacesScale() throws {
        var workspace = Fixtures.rich
        _ = try workspace.apply(.setScale(name: "four"))
        _ = try workspace.apply(.setForecast(goal: 6, checkpoint: "delår1",
                                             forecast: Forecast(checkpoint: "delår1", grade: "kan delvis uppnås", rationale: "skäl")))
        let data = try ReportData(workspace, checkpoint: "delår1")
        #expect(data.scale == "four")
        #expect(data.summary.grades.map(\.grade.words) == ["kan uppnås", "kan delvis uppnås", "svårt att uppnå", "bedömning saknas"])
        #expect(data.goals.first { $0.number == 6 }?.forecast?.grade.symbol == "◐")
    }

    @Test func anIndicatorIsSummarisedAsOfTheCheckpointsDay() throws {
        let delår1 = try #require(try ReportData(Fixtures.rich, checkpoint: "delår1").goals.first { $0.number == 6 })
        let nii = delår1.indicators[0]
        #expect(nii.latest?.total == 42.5)
        #expect(nii.latest?.women == 44)
        #expect(nii.latest?.men == 41)
        #expect(nii.latest?.day.description == "2019-04-30")
        #expect(nii.trend == .better)
        #expect(nii.targetMet == false)
        #expect(nii.values.map(\.day.description) == ["2018-12-31", "2019-04-30"])
        #expect(nii.baseline == ReportReference(period: "2018", value: 40, example: true))
        #expect(nii.sourceName == "SCB:s medborgarundersökning, NII")

        let helår = try #require(try ReportData(Fixtures.rich, checkpoint: "helår").goals.first { $0.number == 6 })
        #expect(helår.indicators[0].checkpoints.map { $0.latest?.total } == [42.5, 46, 47.25])
        #expect(helår.indicators[0].checkpoints.map(\.targetMet) == [false, true, true])
        // A missing value does not replace the latest real one.
        #expect(helår.indicators[1].latest?.total == 38_800)
        #expect(helår.indicators[1].values.last?.status == "ej publicerat")
    }

    @Test func lowerIsBetterTurnsTheTrend() throws {
        let goal2 = try #require(try ReportData(Fixtures.rich, checkpoint: "delår1").goals.first { $0.number == 2 })
        #expect(goal2.indicators[0].trend == .worse)
    }

    @Test func exampleValuesAreMarkedWhereverTheyAre() throws {
        let data = try ReportData(Fixtures.rich, checkpoint: "delår1")
        #expect(data.hasExampleValues)
        let goal6 = try #require(data.goals.first { $0.number == 6 })
        #expect(goal6.indicators.map(\.example) == [true, false])
        #expect(goal6.indicators[0].latest?.example == true)

        var workspace = Fixtures.rich
        _ = try workspace.apply(.removeIndicator(goal: 6, id: "nii"))
        #expect(try ReportData(workspace, checkpoint: "delår1").hasExampleValues == false)
    }

    @Test func anEmptyWorkspaceGivesAnEmptyReport() throws {
        let data = try ReportData(.empty(year: 2020), checkpoint: "delår2")
        #expect(data.title == "Delårsrapport 2 per 2020-08-31")
        #expect(data.areas.isEmpty)
        #expect(data.summary.unassessed.isEmpty)
        #expect(data.summary.grades.map(\.count) == [0, 0, 0, 0])
    }

    @Test func aGoalWithGoalsUnderItShowsTheirRollUpInEveryFormat() throws {
        var w = Workspace.demo
        let first = try #require(GoalNumber("6.1")), second = try #require(GoalNumber("6.2"))
        _ = try w.apply(.insertGoal(goal: Goal(number: first, title: "Fler följer fullmäktige", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: second, title: "Fler svarar", kind: .steering, owner: "Kansliet")))
        _ = try w.apply(.setForecast(goal: first, checkpoint: "delår1", forecast: Forecast(checkpoint: "delår1", grade: "uppfylls", rationale: "Ja")))
        let data = try ReportData(w, checkpoint: "delår1")
        let area = try #require(data.areas.first { $0.goals.contains { $0.number == 6 } })
        // The goals under 6 have no area of their own: they are reported in 6's, after it.
        #expect(area.goals.map(\.number.description) == ["6", "6.1", "6.2"])
        let six = try #require(area.goals.first)
        let rollUp = try #require(six.rollUp)
        #expect(rollUp.goals == [first, second])
        #expect(rollUp.grades.map(\.count) == [1])
        #expect(rollUp.notAssessed == [second])
        #expect(rollUp.suggested?.words == "uppfylls")
        #expect(area.goals.dropFirst().allSatisfy { $0.rollUp == nil })
        let markdown = MarkdownReport(data).render()
        #expect(markdown.contains("**Träffbild för målen under (6.1, 6.2):** ● uppfylls 1, ej bedömda 1 (6.2)"))
        #expect(markdown.contains("alla uppfyllda → ● uppfylls; minst hälften uppfyllda eller delvis uppfyllda → ◐ uppfylls delvis; annars ○ uppfylls ej."))
        // At helår the rule speaks of results, in the scale's result words.
        let yearEnd = MarkdownReport(try ReportData(w, checkpoint: "helår")).render()
        #expect(yearEnd.contains("alla uppfyllda → ● uppfyllt; minst hälften uppfyllda eller delvis uppfyllda → ◐ delvis uppfyllt; annars ○ ej uppfyllt."))
        #expect(!yearEnd.contains("→ ● uppfylls"))
        let html = HTMLReport(data).render()
        #expect(html.contains("Träffbild för målen under (6.1, 6.2)"))
        let json = try JSONReport(data).render()
        #expect(json.contains("\"rollUp\""))
        #expect(json.contains("\"6.1\""))
    }
}
