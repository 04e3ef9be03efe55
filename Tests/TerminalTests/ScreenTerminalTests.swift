import Foundation
import Testing

/// What the room sees on a projected terminal: the screen as tmux shows it, after every
/// escape sequence `malbild` wrote.
@Suite(.serialized, .enabled(if: TmuxScreen.isAvailable, "needs tmux (scripts/setup installs it)"))
struct ScreenTerminalTests {
    /// Forty words: a note that wraps over several rows at 100 columns.
    let longNote = "note " + (0..<40).map { "ordet\($0)" }.joined(separator: " ")

    @Test func ctrlCOnAWrappedLineLeavesACleanScreenAndUpBringsItBack() throws {
        let screen = try TmuxScreen()
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.type(longNote)
        try screen.waitUntil { $0.last?.hasSuffix("ordet39") == true }
        try screen.press("C-a")
        usleep(200_000)
        try screen.press("C-c")
        // The whole dropped line stays above, ^C after its end, the next prompt below it.
        try screen.waitForLastLine("ks2019>")
        let lines = try screen.screen()
        #expect(lines.dropLast().last?.hasSuffix("ordet39^C") == true, "\(lines)")
        #expect(lines.filter { $0.hasPrefix("ks2019>") }.count == 2, "\(lines)")
        let dropped = lines.drop { !$0.hasPrefix("ks2019> note") }.dropLast().joined()
        #expect(dropped == "ks2019> " + longNote + "^C", "\(lines)")

        try screen.press("Up")
        try screen.waitUntil { $0.last?.hasSuffix("ordet39") == true }
        try screen.press("Enter")
        try screen.waitUntil { $0.contains { $0.hasPrefix("Note added to the workspace: ordet0 ordet1") } }
        try screen.waitForLastLine("ks2019*>")
    }

    /// A pager (or an editor) reads the keys from the terminal: it runs in the terminal's
    /// foreground, not in a process group of its own, where its reads would fail.
    @Test func aPagerReadsTheKeysAtTheTerminal() throws {
        let pager = "cat >/dev/null; printf 'pager waits: '; read answer </dev/tty && echo \"pager read $answer\""
        let screen = try TmuxScreen(rows: 20, environment: ["PAGER": pager])
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.type("help")
        try screen.press("Enter")
        try screen.waitUntil { $0.last?.hasPrefix("pager waits:") == true }
        try screen.type("q")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains("pager read q") }
        try screen.waitForLastLine("ks2019>")
    }

    /// Without a UTF-8 locale in the environment the pager still gets UTF-8 text to show as
    /// UTF-8: its character type is set to C.UTF-8.
    @Test func aPagerShowsUTF8WithoutALocale() throws {
        let pager = "cat >/dev/null; printf 'pager charmap: %s\\n' \"$(locale charmap)\"; read answer </dev/tty"
        let screen = try TmuxScreen(rows: 20, environment: ["PAGER": pager, "LANG": "", "LC_ALL": "", "LC_CTYPE": ""])
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.type("help")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains("pager charmap: UTF-8") }
        try screen.press("Enter")
        try screen.waitForLastLine("ks2019>")
    }

    @Test func ctrlCInAMultiLineNoteDropsItAndUpBringsItBackWhole() throws {
        let screen = try TmuxScreen()
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.type("note \"Första raden")
        try screen.press("Enter")
        try screen.waitForLastLine("...>")
        let hint = try screen.screen().dropLast().last ?? ""
        #expect(hint == "(the text goes on until its closing \"; Ctrl-C drops the command)")
        try screen.type("andra raden")
        // Ctrl-C reaches the program as a signal, ahead of keys it has not read yet: as a
        // person does, press it once the text is on the screen.
        try screen.waitForLastLine("...> andra raden")
        try screen.press("C-c")
        try screen.waitForLastLine("ks2019>")
        #expect(try screen.screen().contains("(the unfinished command was dropped) Up brings it back."))
        try screen.press("Up")
        try screen.waitUntil { $0.suffix(2) == ["ks2019> note \"Första raden", "andra raden"] }
        try screen.type("\"")
        try screen.press("Enter")
        try screen.waitUntil { $0.suffix(3) == ["Note added to the workspace: Första raden", "andra raden", "ks2019*>"] }
    }

    @Test func ctrlDInAnUnfinishedCommandDropsItWithOrWithoutUnsavedChanges() throws {
        let screen = try TmuxScreen()
        try #require(try screen.waitForLastLine("ks2019>"))
        for prompt in ["ks2019>", "ks2019*>"] {
            try screen.type("note \"Ofärdig")
            try screen.press("Enter")
            try screen.waitForLastLine("...>")
            try screen.press("C-d")
            try screen.waitUntil { $0.suffix(2) == ["(the unfinished command was dropped) Up brings it back.", prompt] }
            try screen.type("note \"Klar\"")
            try screen.waitForLastLine(prompt + " note \"Klar\"")
            try screen.press("Enter")
            try screen.waitForLastLine("ks2019*>")
        }
    }

    /// Whether no word of `words` is broken over two screen lines, and no line is wider than
    /// `columns`.
    private func wordsIntact(_ lines: [String], _ words: [String], columns: Int) -> Bool {
        let shown = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
        return lines.allSatisfy { $0.count <= columns } && words.allSatisfy { shown.contains($0) }
    }

    @Test func theBannerAndHelpWrapAtWordsAndFollowAResize() throws {
        let screen = try TmuxScreen(columns: 60)
        try #require(try screen.waitForLastLine("ks2019>"))
        let banner = "Type \"help\" for commands, \"goals\" for the goals; Tab completes; Ctrl-D leaves."
        let bannerWords = banner.split(separator: " ").map(String.init)
        var lines = try screen.screen()
        #expect(wordsIntact(lines, bannerWords, columns: 60), "\(lines)")

        try screen.resize(columns: 100, rows: 35)
        try screen.press("C-l")
        try screen.waitUntil { $0 == ["ks2019>"] }
        try screen.type("help baseline")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains { $0.contains("--example marks it") } || $0.contains { $0.hasPrefix("--example") } }
        try screen.waitForLastLine("ks2019>")
        let helpWords = ["--example", "checkpoint", "(delår1,", "helår)."]
        lines = try screen.screen()
        #expect(wordsIntact(lines, helpWords, columns: 100), "\(lines)")

        try screen.resize(columns: 60, rows: 35)
        try screen.press("C-l")
        try screen.waitUntil { $0 == ["ks2019>"] }
        try screen.type("help baseline")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains { $0.hasPrefix("Examples:") || $0.hasPrefix("Exempel:") } }
        try screen.waitForLastLine("ks2019>")
        lines = try screen.screen()
        #expect(wordsIntact(lines, helpWords, columns: 60), "\(lines)")
    }

    /// Editing a text over several rows: after each change the screen shows the line whole,
    /// row by row, as the terminal wraps it (no row cut short or left with old text).
    @Test func editingALongTextInPlaceLeavesNoRowBroken() throws {
        let screen = try TmuxScreen()
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.type("goal 6")
        try screen.press("Enter")
        try screen.waitForLastLine("ks2019 mål 6>")
        try screen.press("C-l")
        try screen.waitUntil { $0 == ["ks2019 mål 6>"] }
        try screen.type("edit ambition")
        try screen.press("Enter")
        try screen.waitUntil { $0.last?.hasSuffix("demokratin.") == true }
        let original = Self.letters(try screen.screen())
        try screen.press("Home")
        try screen.press("M-f", "M-f")
        try screen.type(" verkligen")
        let edited = original.replacingOccurrences(of: "Attökakvinnors", with: "Attökaverkligenkvinnors")
        try screen.waitUntil { Self.letters($0) == edited }
        try screen.press("End")
        try screen.type(" Slut.")
        try screen.waitUntil { Self.letters($0) == edited + "Slut." }
        // Two words back and the word before them deleted: "kommunala" goes.
        try screen.press("M-b", "M-b", "C-w")
        try screen.waitUntil { Self.letters($0) == edited.replacingOccurrences(of: "kommunalademokratin.", with: "demokratin.") + "Slut." }
        let lines = try screen.screen()
        #expect(lines.drop { !$0.hasPrefix("ambition:") }.dropLast().allSatisfy { $0.count >= 99 }, "every row of the text but its last is full: \(lines)")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains { $0.hasPrefix("Goal 6: ambition level set") } }
    }

    /// A question wider than the terminal breaks between words, in Swedish at 60 columns too.
    @Test func theLeaveQuestionBreaksBetweenWordsAt60Columns() throws {
        let screen = try TmuxScreen(columns: 60)
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.type("language sv")
        try screen.press("Enter")
        // As a person types: the next command after the answer (keys within 25 ms of an
        // Enter would be taken for a paste).
        try screen.waitUntil { $0.filter { $0.hasPrefix("ks2019>") }.count == 2 }
        try screen.type("note Sagt på mötet")
        try screen.press("Enter")
        try screen.waitForLastLine("ks2019*>")
        try screen.press("C-d")
        try screen.waitUntil { $0.last?.hasSuffix("[a]vbryt:") == true }
        let lines = try screen.screen()
        let question = ["Det", "finns", "1", "osparad", "ändring.", "[s]para,", "[l]ämna", "utan", "att", "spara,", "[a]vbryt:"]
        #expect(wordsIntact(lines, question, columns: 60), "\(lines)")
        try screen.type("a")
        try screen.press("Enter")
        try screen.waitForLastLine("ks2019*>")
    }

    /// The screen's rows joined without blanks (a row's trailing blank is not kept on screen).
    static func letters(_ lines: [String]) -> String {
        lines.joined().filter { $0 != " " }
    }
}
