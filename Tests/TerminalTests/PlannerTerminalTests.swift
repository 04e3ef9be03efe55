import Foundation
import Testing

/// What a planner meets at a real terminal (tmux): the calendar at a narrow screen, Tab after
/// a scale's command, and a paste of several commands at a terminal that does not bracket it.
@Suite(.serialized, .enabled(if: TmuxScreen.isAvailable)) struct PlannerTerminalTests {
    /// At 60 columns each checkpoint's name and what is reported there wrap under the name's
    /// start, not under the id or at the left edge.
    @Test func theCalendarWrapsUnderTheNamesAt60Columns() throws {
        let screen = try TmuxScreen(columns: 60)
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.press("C-l")
        try screen.waitUntil { $0 == ["ks2019>"] }
        try screen.type("checkpoints")
        try screen.press("Enter")
        try screen.waitUntil { $0.count > 2 && $0.last == "ks2019>" }
        let lines = try screen.screen()
        let rows = lines.drop { !$0.hasPrefix("Plan period") }.dropFirst().dropLast()
        // "→ delår1  2019-04-30  " is 22 columns: the name starts there.
        let nameColumn = 22
        #expect(rows.count > 3, "the names wrap: \(lines)")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        for row in rows {
            let starts = row.hasPrefix("→ ") || row.dropFirst(2).first.map { $0 != " " } == true
            #expect(starts || row.prefix(nameColumn).allSatisfy { $0 == " " } && row.count > nameColumn, "\(row)")
        }
        #expect(rows.contains { $0.hasPrefix(String(repeating: " ", count: nameColumn) + "goal fulfilment") }, "\(lines)")
    }

    /// At 60 columns a command's help is laid out for the screen: no row of its text is cut
    /// short in the middle of a sentence because the text was written for a wider one.
    @Test func helpTextIsLaidOutForA60ColumnScreen() throws {
        let screen = try TmuxScreen(columns: 60, rows: 50)
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.press("C-l")
        try screen.waitUntil { $0 == ["ks2019>"] }
        try screen.type("help checkpoint")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains { $0.hasPrefix("Examples:") } }
        let lines = try screen.screen()
        let text = Array(lines.drop { !$0.hasPrefix("The calendar has") }.prefix { !$0.isEmpty })
        #expect(text.count > 5, "\(lines)")
        for (row, next) in zip(text, text.dropFirst()) where next.first?.isLowercase == true {
            #expect(row.count >= 40, "a row cut short mid-sentence: \"\(row)\" before \"\(next)\"")
        }
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
    }

    /// Tab after `scale show `, `scale use ` and `scale remove ` offers the scales: the built-in
    /// ones and the workspace's own, in Swedish by their Swedish names.
    @Test func tabCompletesTheScalesNamesInBothLanguages() throws {
        let screen = try TmuxScreen(columns: 100)
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.type("scale add smileys")
        try screen.press("Enter")
        try screen.waitForLastLine("ks2019*>")
        try screen.type("scale remove sm")
        try screen.press("Tab")
        try screen.waitUntil { $0.last == "ks2019*> scale remove smileys" }
        try screen.press("C-c")
        try screen.waitForLastLine("ks2019*>")
        try screen.type("scale show ")
        try screen.press("Tab", "Tab")
        try screen.waitUntil { $0.contains { $0.contains("five") && $0.contains("smileys") && $0.contains("three") } }
        try screen.press("C-c")
        try screen.waitForLastLine("ks2019*>")
        try screen.type("language sv")
        try screen.press("Enter")
        try screen.waitUntil { $0.contains { $0.hasPrefix("Skalet talar svenska") } }
        try screen.waitForLastLine("ks2019*>")
        try screen.type("skala använd ")
        try screen.press("Tab", "Tab")
        try screen.waitUntil { $0.contains { $0.contains("fem") && $0.contains("fyra") && $0.contains("tre") && $0.contains("smileys") } }
        try screen.type("tr")
        try screen.press("Tab")
        try screen.waitUntil { $0.last == "ks2019*> skala använd tre" }
        try screen.press("Enter")
        try screen.waitForLastLine("ks2019*>")
    }

    /// Two commands pasted at once where the terminal does not bracket a paste become one line
    /// (a paste is text); when that line is refused, the message says the lines were joined.
    @Test func aRefusedLineOfJoinedPastedLinesSaysSo() throws {
        let screen = try TmuxScreen(columns: 100)
        try #require(try screen.waitForLastLine("ks2019>"))
        try screen.paste("goal 7\ngoal 6\n", bracketed: false)
        try screen.waitUntil { $0.contains { $0.contains("The line was pasted") } }
        try screen.waitForLastLine("ks2019>")
        let lines = try screen.screen()
        #expect(lines.contains { $0.contains("\"goal\" is one word too many") }, "\(lines)")
        #expect(lines.joined(separator: " ").contains("its line break was taken as a blank"), "\(lines)")
        // A command typed by hand and refused has no such note.
        try screen.type("goal 7 goal 6")
        try screen.press("Enter")
        try screen.waitUntil { $0.filter { $0.contains("one word too many") }.count == 2 }
        try screen.waitForLastLine("ks2019>")
        #expect(try screen.screen().joined(separator: " ").components(separatedBy: "The line was pasted").count == 2)
    }
}
