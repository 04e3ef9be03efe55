import Foundation
import Testing

/// What the domain hands the shell as values (a forecast's reasoning, a
/// criterion's reason, a difference, a log entry, an undo) reads in Swedish on
/// a Swedish screen, through the real binary.
@Suite struct SwedishValueScreensTests {
    /// Words of the sentences the domain used to write, which a Swedish screen must not show.
    static let englishWords = [
        "made goal", "added indicator", "undid", "cannot be forecast", "latest", "of the way", "on track",
        "measured by", "steering goal needs", "has no target", "changed", "added", "supporting", "steering",
        "before:", "after:",
    ]

    @Test func forecastCheckDiffUndoAndLogReadInSwedish() throws {
        let work = try TemporaryFolder()
        let script = "language sv\ngoal 6\ncheckpoint delår1\nforecast\ngoal 5\nset kind steering\n"
            + "indicator add x \"X\" --source manual\ncheck\ndiff\nundo\nlog\n"
        let result = try Malbild.run(["--demo"], in: work.url, input: script)
        #expect(result.status == 0, "\(result.output)")
        for line in ["årlig serie (alla värden daterade 31 december), inget än i år",
                     "senaste värdet 190 (2019-04-30), utgångsvärde 150, målvärdet",
                     "x saknar målvärde", "mål 5: typen har ändrats: stödjande → styrande",
                     "mål 5: indikatorn x har lagts till: X", "Ångrade: lade till indikatorn x i mål 5.",
                     "tester gjorde mål 5 styrande", "före:   stödjande", "efter:  styrande",
                     "tester ångrade: lade till indikatorn x i mål 5"] {
            #expect(result.output.contains(line), "\(line)\n\(result.output)")
        }
        for word in Self.englishWords {
            #expect(!result.output.contains(word), "\"\(word)\" on the Swedish screen:\n\(result.output)")
        }
    }
}
