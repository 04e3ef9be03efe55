import Foundation
import Testing

/// Texts of many lines through the real binary: a quoted text of thousands of
/// lines is read whole, in time in proportion to its length, and a command
/// over the size limit is refused with a message while no line of it runs.
@Suite struct LongTextTests {
    /// `count` lines of Swedish text, the last one numbered so it can be found.
    static func lines(_ count: Int) -> String {
        (1...count).map { "Rad \($0): att öka kvinnors och mäns upplevelse av inflytande." }.joined(separator: "\n")
    }

    @Test func aQuotedTextOfEightThousandLinesIsStoredWhole() throws {
        let work = try TemporaryFolder()
        let script = "goal 6\nset ambition \"" + Self.lines(8_000) + "\"\nsave long.json\n"
        try script.write(to: work.url.appendingPathComponent("long.mal"), atomically: true, encoding: .utf8)
        let started = Date()
        let result = try Malbild.run(["run", "long.mal", "--demo"], in: work.url)
        // A bound no slow machine comes near: the reading is linear (see scripts/bench).
        #expect(Date().timeIntervalSince(started) < 120)
        #expect(result.status == 0, "\(result.output.suffix(500))")
        let saved = try String(contentsOf: work.url.appendingPathComponent("long.json"), encoding: .utf8)
        #expect(saved.contains("Rad 1: att öka"))
        #expect(saved.contains("Rad 8000: att öka kvinnors och mäns upplevelse av inflytande.\""))
    }

    @Test func aCommandOverTheLimitIsRefusedAndNoLineOfItRuns() throws {
        let work = try TemporaryFolder()
        // 17,000 lines of 60-odd characters: over the limit of 1,000,000 characters.
        // A line inside it that reads as a command must not run.
        let text = Self.lines(8_000) + "\nsave tid.\n" + Self.lines(9_000)
        let script = "goal 6\nnote \"" + text + "\"\nnote efter\n"
        try script.write(to: work.url.appendingPathComponent("huge.mal"), atomically: true, encoding: .utf8)
        let result = try Malbild.run(["run", "huge.mal", "--demo"], in: work.url)
        #expect(result.status == 1)
        #expect(result.output.contains("huge.mal:2: the command is longer than 1 000 000 characters and was not run"))
        #expect(result.output.contains("Note added to goal 6: efter"))
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("tid.").path))
        #expect(!result.output.contains("Note added to goal 6: Rad"))
    }

    @Test func aReplayRefusesTheCommandOverTheLimitToo() throws {
        let work = try TemporaryFolder()
        let script = "# start: demo\ngoal 6\nnote \"" + Self.lines(17_000) + "\"\nnote efter\n"
        try script.write(to: work.url.appendingPathComponent("huge.mal"), atomically: true, encoding: .utf8)
        let result = try Malbild.run(["replay", "huge.mal"], in: work.url)
        #expect(result.output.contains("huge.mal:3: the command is longer than 1 000 000 characters and was not run"))
        #expect(result.output.contains("Note added to goal 6: efter"))
        #expect(!result.output.contains("Note added to goal 6: Rad"))
    }
}
