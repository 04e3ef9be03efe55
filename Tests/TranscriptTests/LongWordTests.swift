import Foundation
import Testing

/// A pasted word of 300,000 characters where a command or a choice is expected is
/// refused at once: the nearest-name suggestion does not compare it letter by letter
/// with every command (that took over a minute).
@Suite struct LongWordTests {
    @Test(arguments: ["", "criteria ", "set goal 6 ", "glossary "])
    func aLongWordIsRefusedQuickly(prefix: String) throws {
        let work = try TemporaryFolder()
        let word = String(repeating: "måx", count: 100_000)
        try (prefix + word + " yes\n").write(to: work.url.appendingPathComponent("long.mal"), atomically: true, encoding: .utf8)
        let result = try BoundedRun.run(["run", "long.mal", "--demo"], in: work.url, seconds: 20)
        #expect(result.outcome == .exited(1), "\(result.outcome) after \(result.seconds) s: \(result.output.suffix(300))")
    }
}
