import Foundation
import Testing

/// What a planner trips on, run by the real binary as scripts: dates without a year, a goal
/// moved, English words on Swedish screens, the numbers' grouping, the suggestion for a
/// prefix, the periods a target takes, and English forecast words.
@Suite struct PlannerCommandLineTests {
    /// Runs `lines` as a script in a fresh folder, with `arguments` after the script's name.
    private func run(_ lines: [String], _ arguments: [String] = []) throws -> Malbild.Result {
        let work = try TemporaryFolder()
        try lines.joined(separator: "\n").appending("\n")
            .write(to: work.url.appendingPathComponent("s.mal"), atomically: true, encoding: .utf8)
        return try Malbild.run(["run", "s.mal"] + arguments, in: work.url)
    }

    /// A date without a year: a moved checkpoint keeps its own year; a new one in a plan of
    /// several years is refused, naming the years; in a plan of one year it is that year.
    @Test func aDateWithoutAYearTakesTheCheckpointsYearOrIsRefused() throws {
        let result = try run([
            "new kf --years 2024-2027",
            "checkpoint set delår2-2026 31/7",
            "checkpoint set delår1-2027 \"31 mars\"",
            "checkpoint add x \"31 mars\" \"Delår mars\" --forecast",
            "checkpoint add y 31/3 \"Delår mars\" --forecast",
            "checkpoint add z 31 mars 2025 \"Delår mars\" --forecast",
        ])
        let out = result.output
        #expect(out.contains("Checkpoint delår2-2026 moved to 2026-07-31 (was 2026-08-31)."), "\(out)")
        #expect(out.contains("Checkpoint delår1-2027 moved to 2027-03-31 (was 2027-04-30)."), "\(out)")
        #expect(out.contains("s.mal:4: \"31 mars\" has no year, and the plan period has several (2024, 2025, 2026, 2027): write the year, as in 2024-03-31"), "\(out)")
        #expect(out.contains("s.mal:5: \"31/3\" has no year"), "\(out)")
        #expect(out.contains("Checkpoint z added: 2025-03-31 Delår mars"), "\(out)")
        #expect(!out.contains("2024-07-31") && !out.contains("x added") && !out.contains("y added"), "\(out)")
    }

    /// `checkpoint add mars 31 mars "Delårsrapport mars"`: the two words are the date; with
    /// no name after them the line is refused with a hint to quote the date.
    @Test func anUnquotedDateOfTwoWordsIsReadOrRefusedWithAHint() throws {
        let result = try run([
            "new ks --year 2024",
            "checkpoint add mars 31 mars \"Delårsrapport mars\" --forecast",
            "checkpoint add april 30 april Delårsrapport april --forecast",
            "checkpoint add maj 31 maj --forecast",
            "checkpoint set mars 30 mars",
        ])
        let out = result.output
        #expect(out.contains("Checkpoint mars added: 2024-03-31 Delårsrapport mars, forecast of goal fulfilment."), "\(out)")
        #expect(out.contains("Checkpoint april added: 2024-04-30 Delårsrapport april, forecast"), "\(out)")
        #expect(out.contains("s.mal:4: \"31 maj\" is a date only with a name after it: write the date in quotes (\"31 maj\")"), "\(out)")
        #expect(out.contains("Checkpoint mars moved to 2024-03-30 (was 2024-03-31)."), "\(out)")
    }

    /// `set parent` and `set number` move a goal: `diff` shows the move, not a goal removed
    /// and another added.
    @Test func diffShowsAMovedGoalAsAMove() throws {
        let result = try run([
            "goal 7", "set parent 6", "note \"Flyttat under mål 6\"",
            "goal 8", "set number 12",
            "diff",
        ], ["--demo"])
        let out = result.output
        #expect(out.contains("goal 6.1: moved from 7: Vi ska utveckla vår internationella"), "\(out)")
        #expect(out.contains("goal 6.1: note added: Flyttat under mål 6"), "\(out)")
        #expect(out.contains("goal 12: moved from 8: Vi ska bli en effektivare kommun"), "\(out)")
        #expect(out.contains("3 differences."), "\(out)")
        #expect(!out.contains("removed") && !out.contains(": added"), "\(out)")
    }

    /// The Swedish screens of a plan: the built-in scales by their Swedish names, the manual
    /// source as `manuell`, the report's CSV style and the help's placeholders in Swedish, and
    /// every number grouped as the rest of the Swedish screen groups it (41 000, 31,74).
    @Test func swedishScreensHaveNoEnglishLeftAndOneNumberRule() throws {
        let result = try run([
            "skalor",
            "mål 6",
            "mät webb delår1 41000 --rätta \"Fel i underlaget\"",
            "logg mål 6",
            "avstämning delår2",
            "prognos",
            "indikator lägg till egen \"Egen\" --enhet st",
            "indikator visa egen",
            "hjälp indikator",
            "hjälp skala",
            "hjälp ny",
            "hjälp rapport",
            "rapport --csv-stil enkel --format csv --ut r.csv",
            "skala använd fem", "logg", "skillnad",
        ], ["--demo", "--lang", "sv"])
        let out = result.output
        #expect(out.contains("tre: tre nivåer"), "\(out)")
        #expect(!out.contains("three:") && !out.contains("five:") && !out.contains("four:"), "\(out)")
        #expect(out.contains("  före:   tre\n  efter:  fem"), "\(out)")
        #expect(out.contains("arbetsytan: betygsskalan har ändrats: tre → fem"), "\(out)")
        #expect(out.contains("efter:  2019-04-30: 41\u{A0}000"), "\(out)")
        #expect(!out.contains("41000"), "\(out)")
        #expect(out.contains("Källa:        manuell"), "\(out)")
        #expect(out.contains("(manuell, högre är bättre)"), "\(out)")
        for english in ["YEAR|DATE", "OTHER", "PERCENT", "FIRST-LAST", "excel|plain", "WORDS", "MEANING", "(standard higher)"] {
            #expect(!out.contains(english), "\(english): \(out)")
        }
        #expect(out.contains("[--csv-stil excel|enkel]"), "\(out)")
        #expect(out.contains("  skala betyg smileys 😐 delvis \"delvis uppfyllt\" --tröskel 80"), "\(out)")
        #expect(!out.contains("är ingen CSV-stil"), "\(out)")
        // The forecast's reasoning writes its numbers as the card does.
        let forecast = (out.components(separatedBy: "Mål 6, prognos vid delår2").dropFirst().first ?? "")
            .components(separatedBy: "Beslutad:").first ?? ""
        #expect(forecast.contains("senaste värdet 40\u{A0}100"), "\(out)")
        #expect(forecast.range(of: "[0-9]{5}", options: .regularExpression) == nil, "\(forecast)")
        #expect(forecast.range(of: "[0-9]\\.[0-9]", options: .regularExpression) == nil, "\(forecast)")
    }

    /// A mistyped command that is the start of one: that one is suggested first.
    @Test func aTypedPrefixOfACommandRanksFirst() throws {
        let english = try run(["prog"], ["--demo"]).output
        #expect(english.contains("unknown command \"prog\" (did you mean \"forecast\""), "\(english)")
        let swedish = try run(["prog"], ["--demo", "--lang", "sv"]).output
        #expect(swedish.contains("okänt kommando \"prog\" (menade du \"prognos\""), "\(swedish)")
    }

    /// A bad period for a target lists the plan period among what it takes, in a plan of one
    /// year too.
    @Test func aBadTargetPeriodListsThePlanPeriod() throws {
        let out = try run(["target webb nästa 5"], ["--demo"]).output
        #expect(out.contains("\"nästa\" is not a period: give a year (2019), a checkpoint (delår1, delår2, helår) or the plan period (plan, 2019)"), "\(out)")
    }

    /// `forecast set partly` on an English screen: the grade of the scale that means it.
    @Test func forecastSetTakesTheGradesMeaningInEnglish() throws {
        let out = try run(["goal 6", "forecast set partly \"Webben ligger efter\"", "forecast set met \"Nu i takt\"",
                           "scale use five", "forecast set met \"Två betyder uppfyllt\""], ["--demo"]).output
        #expect(out.contains("Goal 6, forecast at delår1: ◐ uppfylls delvis"), "\(out)")
        #expect(out.contains("Goal 6, forecast at delår1: ● uppfylls"), "\(out)")
        // Where two grades mean the same, the word is refused and the grades are listed.
        #expect(out.contains("s.mal:5: \"met\" is not a forecast grade"), "\(out)")
    }
}
