import Foundation
import Testing

/// News at the prompt: while a line is being typed, lines that arrive on a watched pipe are
/// shown above the prompt, and the prompt and the half-typed line are drawn again below them,
/// whole, with the cursor where it was; the prompt as it is after the news.
@Suite(.serialized) struct NewsTerminalTests {
    /// A FIFO in `folder` the reader watches, opened here for writing.
    private static func makePipe(in folder: URL) throws -> (path: String, writer: Int32) {
        let path = folder.appendingPathComponent("news").path
        guard mkfifo(path, 0o600) == 0 else { throw PseudoTerminal.StartError(description: "cannot make \(path)") }
        // Read and write: opening does not wait for the reader.
        let writer = open(path, O_RDWR)
        guard writer >= 0 else { throw PseudoTerminal.StartError(description: "cannot open \(path)") }
        return (path, writer)
    }

    private static func send(_ text: String, to writer: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
    }

    @Test func newsGoesAboveAHalfTypedLineThatStaysWholeAndIsEnteredWhole() throws {
        try #require(TmuxScreen.isAvailable, "tmux is not installed (scripts/setup installs it)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("news-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = try Self.makePipe(in: folder)
        defer { close(pipe.writer) }
        let screen = try TmuxScreen([pipe.path], columns: 60, rows: 12, program: "NewsReaderProbe")
        try screen.waitForLastLine("probe>")
        try screen.type("set ambition \"Fler går vidare")
        // The cursor back in the middle of the line: news must not move it.
        try screen.press("Left", "Left", "Left", "Left", "Left", "Left", "Left")
        try screen.waitForLastLine("probe> set ambition \"Fler går vidare")

        Self.send("mål 6: ambitionsnivån ändrad av anna, 10:42\n", to: pipe.writer)
        let shown = try screen.waitUntil { lines in
            lines.suffix(2) == ["news: mål 6: ambitionsnivån ändrad av anna, 10:42",
                                "probe 1> set ambition \"Fler går vidare"]
        }
        #expect(shown)
        // The line is on the screen once, not left half-drawn above the news.
        #expect(try screen.screen().filter { $0.contains("set ambition") }.count == 1)

        // Typing goes on where the cursor was, and Enter gives the whole line.
        try screen.type(" i skolan")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains("got [set ambition \"Fler går i skolan vidare]") }
    }

    @Test func newsAboveALineWiderThanTheWindowKeepsEveryRowOfIt() throws {
        try #require(TmuxScreen.isAvailable, "tmux is not installed (scripts/setup installs it)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("news-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = try Self.makePipe(in: folder)
        defer { close(pipe.writer) }
        // The last rows of the window, so that the news must scroll the screen.
        let screen = try TmuxScreen([pipe.path], columns: 40, rows: 6, program: "NewsReaderProbe")
        try screen.waitForLastLine("probe>")
        for _ in 0..<4 {
            try screen.press("Enter")
        }
        let long = "note \"Målet följs upp varje delår av nämnden och styrelsen\""
        try screen.type(long)
        // The cursor on the line's second row, where it wraps.
        for _ in 0..<5 { try screen.press("Left") }
        let text = "probe> " + long
        let rows = [String(text.prefix(40)), String(text.dropFirst(40))].map { $0.trimmingTrailingBlanks() }
        try #require(text.count > 40 && text.count < 80)
        try screen.waitUntil { $0.suffix(2).elementsEqual(rows) }

        Self.send("first\nsecond\n", to: pipe.writer)
        // Drawn again below the news with the prompt as it is now.
        let after = "probe 2> " + long
        let rowsAfter = [String(after.prefix(40)), String(after.dropFirst(40))].map { $0.trimmingTrailingBlanks() }
        let shown = try screen.waitUntil { lines in
            lines.suffix(4).elementsEqual(["news: first", "news: second"] + rowsAfter)
        }
        #expect(shown)
        try screen.type("X")
        try screen.press("Enter")
        var typed = long
        typed.insert("X", at: typed.index(typed.endIndex, offsetBy: -5))
        try screen.waitUntil { $0.joined().filter { $0 != " " }.contains("got [\(typed)]".filter { $0 != " " }) }
    }
}
