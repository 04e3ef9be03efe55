import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell
import MalbildStore

/// The domain's values in words: every case of every value type the core
/// hands the shell has its words in English and in Swedish, and the English
/// sentences old logs hold are read back into the same values.
@Suite struct DomainValueWordsTests {
    static let day = try! Day(year: 2019, month: 4, day: 30)
    static let latest = IndicatorReasoning.Latest(value: 42, day: day)

    /// A sample of every case of what an edit did.
    static let summaries: [EditSummary] = [
        .setTitle(goal: 6), .setAmbition(goal: 6), .setKind(goal: 4, kind: .steering), .setKind(goal: 4, kind: .supporting),
        .movedToArea(goal: 8, area: 1), .tookOutOfArea(goal: 8), .setStatus(goal: 2, status: .draft),
        .setStatus(goal: 2, status: .proposed), .setStatus(goal: 2, status: .decided), .tookAsDecided(goal: 2),
        .keptDecided(goal: 2), .judged(goal: 6, criterion: .influenceable, verdict: .yes),
        .judged(goal: 6, criterion: .measurable, verdict: .no), .judged(goal: 6, criterion: .resourced, verdict: .unknown),
        .addedStrategy(goal: 6, number: 1), .removedStrategy(goal: 6, number: 2), .addedDocument(goal: 1, number: 5),
        .removedDocument(goal: 1, number: 1), .addedNote(goal: 6), .addedNote(goal: nil), .removedNote(goal: 6),
        .removedNote(goal: nil), .addedGoal(goal: 9), .removedGoal(goal: 4), .addedArea(area: 7), .removedArea(area: 7),
        .renamedArea(area: 2), .addedIndicator(goal: 6, indicator: "nii"), .removedIndicator(goal: 6, indicator: "nii"),
        .setBaseline(goal: 6, indicator: "nii", cleared: false), .setBaseline(goal: 6, indicator: "nii", cleared: true),
        .setTarget(goal: 6, indicator: "nii", cleared: false), .setTarget(goal: 6, indicator: "nii", cleared: true),
        .recordedValue(goal: 6, indicator: "webb", day: day, corrected: false),
        .recordedValue(goal: 6, indicator: "webb", day: day, corrected: true), .removedValue(goal: 6, indicator: "webb"),
        .setOwner(goal: 6, cleared: false), .setOwner(goal: 6, cleared: true), .correctedIndicator(goal: 6, indicator: "nii"),
        .discontinued(goal: 6, indicator: "nii", resumed: false), .discontinued(goal: 6, indicator: "nii", resumed: true),
        .assessed(goal: 4, checkpoint: "delår1", cleared: false), .assessed(goal: 4, checkpoint: "delår1", cleared: true),
        .setForecast(goal: 6, checkpoint: "delår1", grade: "uppfylls"), .setForecast(goal: 6, checkpoint: "delår1", grade: nil),
        .setResult(goal: 6, grade: "uppfyllt"), .setResult(goal: 6, grade: nil), .addedActivity(goal: 4, number: 1),
        .removedActivity(goal: 4, number: 1), .setActivityStatus(goal: 4, number: 1, status: .påbörjad),
        .choseScale(name: "five"), .logged, .removedLastLog, .addedStep(number: 1),
        .removedStep(number: 1), .koladaRecord(cleared: false), .koladaRecord(cleared: true),
    ] + InfoField.allCases.map { .setInfo(field: $0) }
        + InfoList.allCases.flatMap { [EditSummary.addedInfo(list: $0, number: 1), .removedInfo(list: $0, number: 2)] }

    /// A sample of every case of what a log entry records.
    static let changes: [LogChange] = summaries.map(LogChange.edit) + [
        .undid(.edit(.setTitle(goal: 6))), .redid(.edit(.setTitle(goal: 6))), .undid(.importedValues(count: 2, path: "v.csv")),
        .importedKolada(count: 1, paths: ["a.json"]), .importedKolada(count: 4, paths: ["a.json", "b.json"]),
        .importedValues(count: 1, path: "v.csv"), .importedValues(count: 3, path: "v.csv"),
        .acceptedKoladaTitle(kpi: "N00945"), .readDecision(file: "beslut.txt"),
    ]

    /// A sample of every case of why a criterion passed or failed.
    static let criterionReasons: [CriterionReason] = [
        .notJudged, .judged(.yes, justification: ""), .judged(.no, justification: ""), .judged(.unknown, justification: ""),
        .needsIndicator(lacks: []), .needsIndicator(lacks: [.discontinued(id: "nii"), .noTarget(id: "webb")]),
        .measured(ids: ["nii", "webb"], withBaseline: true, justification: ""),
        .measured(ids: ["nii"], withBaseline: false, justification: ""),
        .measuredThrough(goals: [GoalNumber("6.1")!, GoalNumber("6.2")!], justification: ""),
    ]

    /// A sample of every case of why a forecast is suggested.
    static let forecastReasons: [ForecastReason] = [.noIndicators(goal: 6), .throughGoalsUnder(goal: 6, goals: [GoalNumber("6.1")!]), .noValuesAndTarget(until: day), .allMet, .noneMet, .someMet, .partlyOnly]

    /// A sample of every case of how an indicator's forecast was reached.
    static let reasonings: [IndicatorReasoning] = [
        .discontinued(replacedBy: "webb"), .discontinued(replacedBy: nil), .noTarget, .noValues(until: day),
        .meets(latest: latest, target: 40), .equalsBaseline(latest: latest, target: 50),
        .line(count: 2, latest: latest, projected: 51.97, target: 50, share: nil),
        .line(count: 3, latest: latest, projected: 45, target: 50, share: 0.5), .noBaseline(latest: latest, target: 50),
        .pace(latest: latest, baseline: 40, target: 50, progress: 0.4, gone: 0.33, outcome: .onTrack),
        .pace(latest: latest, baseline: 40, target: 50, progress: 0.2, gone: 0.33, outcome: .behind),
        .pace(latest: latest, baseline: 40, target: 50, progress: 0, gone: 0.33, outcome: .noProgress),
    ]

    /// A sample of every case of what a difference is about.
    static let subjects: [DiffSubject] = [
        .name, .municipality, .planYear, .decision, .scale, .areaAdded(area: 7), .areaRemoved(area: 7), .areaRenamed(area: 2),
        .goalAdded, .goalRemoved, .goalMoved(from: GoalNumber(1)), .title, .ambition, .kind, .area, .status, .criterion(.influenceable), .criterion(.measurable),
        .criterion(.resourced), .indicatorAdded(id: "nii"), .indicatorRemoved(id: "nii"), .indicatorRenamed(id: "nii"),
        .indicatorRedefined(id: "nii"), .baseline(id: "nii"), .target(id: "nii"), .valuesRecorded(count: 1, id: "nii"),
        .valuesRecorded(count: 3, id: "nii"), .valuesChanged(id: "nii"), .seriesResumed(id: "nii"), .seriesEnded(id: "nii"),
        .forecast(checkpoint: "delår1"), .assessment(checkpoint: "delår1"), .result, .activityStatus(number: 1),
    ] + DiffSubject.Item.allCases.flatMap { [DiffSubject.added($0), .removed($0)] }

    /// Values whose words are the same in both languages: the user's texts,
    /// numbers, days and ids.
    static let valuesAsWritten: [ChangeValue] = [
        .text("Fler i arbete"), .number(7), .activityStatus(.påbörjad), .reference(value: 40, period: .year(2018)),
        .measurement(day: day, value: 39000, status: ""), .indicator(id: "nii", name: "NII", source: "scb:NII"),
        .ended(reason: "Serien upphörde", replacedBy: "webb"), .ended(reason: "Serien upphörde", replacedBy: nil),
        .graded(grade: "uppfylls", text: "Takten räcker"), .graded(grade: nil, text: "Bra"),
        .step(body: "KS", day: day, paragraph: "§ 12", action: "föreslår"), .list([.text("a"), .number(1)]),
    ]

    /// Values with a word of the interface in them.
    static let valuesWithWords: [ChangeValue] = [
        .nothing, .kind(.steering), .kind(.supporting), .status(.draft), .status(.proposed), .status(.decided),
        .verdict(.yes, justification: "Mäts i Kolada"), .verdict(.no, justification: ""), .verdict(.unknown, justification: ""),
        .measurement(day: day, value: nil, status: "ej publicerat"),
        .definition(name: "NII", unit: "index", source: "scb:NII", direction: .higher),
        .definition(name: nil, unit: "%", source: "manual", direction: .lower),
    ]

    /// Texts that must be words, not a key or an unfilled placeholder.
    static func checkWorded(_ english: String, _ swedish: String, differ: Bool, _ what: String) {
        for text in [english, swedish] {
            #expect(!text.isEmpty, "\(what) has no words")
            #expect(!text.contains("{"), "\(what): a placeholder is left in \"\(text)\"")
            let key = Key.allCases.first { $0.rawValue.contains(where: \.isUppercase) && text.contains($0.rawValue) }
            #expect(key == nil, "\(what): \"\(text)\" shows the key \(key?.rawValue ?? "")")
        }
        if differ { #expect(english != swedish, "\(what) says \"\(english)\" in both languages") }
    }

    @Test func everyValueHasWordsInBothLanguages() {
        let en = Catalogue(.en), sv = Catalogue(.sv)
        for change in Self.changes { Self.checkWorded(en.words(change), sv.words(change), differ: true, "\(change)") }
        for reason in Self.criterionReasons { Self.checkWorded(en.words(reason), sv.words(reason), differ: true, "\(reason)") }
        for reason in Self.forecastReasons { Self.checkWorded(en.words(reason), sv.words(reason), differ: true, "\(reason)") }
        for reasoning in Self.reasonings { Self.checkWorded(en.words(reasoning), sv.words(reasoning), differ: true, "\(reasoning)") }
        for subject in Self.subjects { Self.checkWorded(en.words(subject), sv.words(subject), differ: true, "\(subject)") }
        for value in Self.valuesWithWords { Self.checkWorded(en.words(value), sv.words(value), differ: true, "\(value)") }
        for value in Self.valuesAsWritten { Self.checkWorded(en.words(value), sv.words(value), differ: false, "\(value)") }
    }

    @Test func theUsersTextsAreShownAsWritten() {
        for language in [Language.en, .sv] {
            let t = Catalogue(language)
            #expect(t.words(ChangeValue.text("Långtidsarbetslösheten ska minska till 2,0 %")) == "Långtidsarbetslösheten ska minska till 2,0 %")
            #expect(t.words(LogChange.writtenBefore("ett eget ord")) == "ett eget ord")
            #expect(t.words(CriterionReason.judged(.yes, justification: "Inom reglementet")) == "Inom reglementet")
        }
    }

    @Test func theWordsAreTheExpectedOnes() {
        let en = Catalogue(.en), sv = Catalogue(.sv)
        #expect(en.words(LogChange.undid(.edit(.setKind(goal: 4, kind: .steering)))) == "undid: made goal 4 steering")
        #expect(sv.words(LogChange.undid(.edit(.setKind(goal: 4, kind: .steering)))) == "ångrade: gjorde mål 4 styrande")
        #expect(sv.words(EditSummary.judged(goal: 6, criterion: .measurable, verdict: .yes)) == "bedömde mål 6 mätbar: ja")
        #expect(en.words(IndicatorReasoning.pace(latest: Self.latest, baseline: 40, target: 50, progress: 0.2, gone: 0.33, outcome: .behind))
            == "latest 42 (2019-04-30), baseline 40, target 50: 20% of the way with 33% of the year gone: behind the pace")
        #expect(en.words(IndicatorReasoning.line(count: 2, latest: Self.latest, projected: 51.97, target: 50, share: nil))
            == "2 values this year, latest 42 (2019-04-30); a straight line through them gives 51.97 on 31 December against the target 50: reached")
        #expect(en.words(CriterionReason.measured(ids: ["behoriga"], withBaseline: false, justification: ""))
            == "measured by behoriga, with a target (without a baseline the trend is against the previous value)")
        #expect(sv.words(DiffSubject.criterion(.measurable)) == "mätbar har ändrats")
        #expect(en.words(DiffSubject.valuesRecorded(count: 3, id: "nii")) == "3 values of nii recorded")
        #expect(sv.words(ChangeValue.measurement(day: Self.day, value: nil, status: "ej publicerat")) == "2019-04-30: saknas: ej publicerat")
    }

    /// The English of every edit's summary is the sentence older builds wrote
    /// in the log; the store reads each back into the same value.
    @Test func oldSentencesAreReadBackIntoTheirValues() {
        for change in Self.changes where change != .edit(.logged) {
            let sentence = Catalogue.english.words(change)
            #expect(OldLogSentences.change(sentence) == change, "\"\(sentence)\"")
        }
        #expect(OldLogSentences.change("an entry of a shape no build wrote") == .writtenBefore("an entry of a shape no build wrote"))
        #expect(OldLogSentences.change("set the title of goal six") == .writtenBefore("set the title of goal six"))
    }

    /// A sample of every case of the core's errors.
    static let errors: [any Error] = [
        EditError.noSuchGoal(6), EditError.goalExists(6), EditError.noSuchArea(7), EditError.areaExists(7),
        EditError.areaInUse(2, goals: [3]), EditError.areaInUse(2, goals: [3, 5]),
        EditError.noSuchItem(what: .strategy, number: 2, count: 0), EditError.noSuchItem(what: .info(.dispatch), number: 3, count: 2),
        EditError.emptyText(.owner), EditError.emptyText(.stepBody), EditError.noSuchIndicator(goal: 6, id: "x", known: []),
        EditError.noSuchIndicator(goal: 6, id: "x", known: ["nii", "webb"]), EditError.indicatorExists("nii", goal: 6),
        EditError.indicatorDiscontinued("nii", replacedBy: "webb"), EditError.indicatorDiscontinued("nii", replacedBy: nil),
        EditError.noForecastForSupportingGoal(4), EditError.noForecastAtCheckpoint("helår"),
        EditError.noSuchCheckpoint("x", known: ["delår1", "helår"]), EditError.noSuchScale("six"), EditError.notAKoladaID("66"),
        EditError.notADay(.noSuchMonth(13)), EditError.valueOutOfRange(1e16),
        EditError.supportingGoalHasForecasts(6, checkpoints: ["delår1"]),
        EditError.forecastGradeOnSupportingGoal(4, grade: "uppfylls", outcomeGrades: ["uppfyllt", "ej uppfyllt"]),
        EditError.indicatorEnded("nii", from: day, replacedBy: "webb"), EditError.valuesAfterEnd("nii", from: day, days: [day]),
        DayError.notADate("30/4"), DayError.yearOutOfRange(99), DayError.noSuchMonth(13),
        DayError.noSuchDay(year: 2019, month: 2, day: 29, length: 28), DayError.noSuchDay(year: 2019, month: 4, day: 31, length: 30),
        IndicatorSourceError.unknown("x"), IndicatorSourceError.missingValue("kolada"), IndicatorSourceError.badKPI("N1"),
        IndicatorSourceError.badSCBIndex("NXI"),
    ]

    /// The screen words the core's errors through the catalogue in both
    /// languages; its English is the core's own description, which the
    /// store's messages still use.
    @Test func everyCoreErrorHasWordsInBothLanguages() {
        for error in Self.errors {
            let english = Catalogue.english.describe(error), swedish = Catalogue(.sv).describe(error)
            Self.checkWorded(english, swedish, differ: true, "\(error)")
            #expect(english == String(describing: error))
        }
    }
}
