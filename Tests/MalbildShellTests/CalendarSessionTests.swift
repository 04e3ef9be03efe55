import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// The workspace's own calendar, scales and targets per period through the shell.
@Suite struct CalendarSessionTests {
    func session(_ workspace: Workspace) -> Session {
        Session(workspace: workspace, console: RecordingConsole(), environment: [:],
                clock: { Date(timeIntervalSince1970: 1_556_000_000.123) })
    }

    func run(_ s: Session, _ lines: [String]) throws {
        for line in lines { try s.execute(line) }
    }

    @Test func aPlanPeriodWithItsOwnCalendarScaleAndTargetsRebuildsExactlyFromItsExport() throws {
        let s = session(.empty(year: 2000))
        try run(s, [
            "new kf --years 2024-2027",
            "checkpoint add mars-2024 2024-03-31 \"Delårsrapport mars 2024\" --forecast",
            "checkpoint remove delår1-2024", "checkpoint set delår2-2025 2025-08-29",
            "scale add smileys \"Smileys\"", "scale grade smileys 😊 met \"uppfyllt\" --threshold 100",
            "scale grade smileys 😐 partly \"delvis uppfyllt\" --threshold 80", "scale grade smileys 😒 not-met \"ej uppfyllt\"",
            "scale use smileys",
            "goal add \"Nöjda invånare\"", "set kind steering",
            "indicator add nmi \"NMI\" --source kolada:U00415", "target nmi 2024 60", "target nmi 2025 62", "target nmi plan 65",
            "measure nmi 2023-12-31 55", "checkpoint mars-2024", "forecast set 😐 \"Nära\"",
        ])
        let script = ScriptExport.script(for: s.workspace)
        let rebuilt = session(.empty(year: 2000))
        for step in ScriptFile(text: script).steps { try rebuilt.execute(step.command) }
        #expect(rebuilt.workspace.content == s.workspace.content, "script:\n\(script)")
        #expect(s.workspace.goal(1)?.forecast(at: "mars-2024")?.grade == "delvis uppfyllt")
    }

    @Test func undoTakesBackACheckpointAndAScaleOneStepEach() throws {
        let s = session(.empty(year: 2019))
        try run(s, ["checkpoint add mars 2019-03-31 \"Mars\" --forecast", "scale add egen"])
        #expect(s.workspace.calendar.checkpoint("mars") != nil)
        try run(s, ["undo"])
        #expect(s.workspace.ownScales == nil)
        try run(s, ["undo"])
        #expect(s.workspace.calendar == .standard(year: 2019))
    }

    @Test func emojiTakeTwoColumnsInTables() {
        let table = TextLayout.table(["Symbol", "Words"], [["😊", "uppfyllt"], ["●", "uppfylls"], ["–", "ej bedömd"]], width: 80)
        let lines = table.split(separator: "\n").map(String.init)
        // Every row's words start in the same terminal column.
        let columns = lines.dropFirst(2).map { line in
            line.prefix { $0 != "u" && $0 != "e" }.reduce(0) { $0 + $1.displayWidth }
        }
        #expect(Set(columns) == [8], "\(table)")
        #expect("😊".displayWidth == 2)
        #expect("●".displayWidth == 1)
        #expect("åäö".displayWidth == 3)
    }

    @Test func emojiTakeTwoColumnsWhenTextIsWrapped() {
        let text = "Förslag: 😐 delvis uppfyllt: 😊 😊 😊 😊 några indikatorer väntas nå sina målvärden, andra inte"
        for width in [20, 30, 41, 60] {
            let lines = TextLayout.wrap(text, width: width).split(separator: "\n")
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(width): \(lines)")
            #expect(lines.joined(separator: " ") == text[...], "no word is broken")
            let long = TextLayout.wrapLongLines("  " + text, width: width).split(separator: "\n")
            #expect(long.allSatisfy { $0.displayWidth <= width }, "\(width): \(long)")
        }
    }
}
