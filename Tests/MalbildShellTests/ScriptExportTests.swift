import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// `export script`: the script rebuilds the workspace exactly.
@Suite struct ScriptExportTests {
    func session(_ workspace: Workspace) -> Session {
        Session(workspace: workspace, console: RecordingConsole(), environment: [:],
                clock: { Date(timeIntervalSince1970: 1_556_000_000.123) })
    }

    /// Runs a script's commands in a fresh session, as malbild run would.
    func rebuild(_ script: String) throws -> Workspace {
        let target = session(.empty(year: 2000))
        for step in ScriptFile(text: script).steps { try target.execute(step.command) }
        return target.workspace
    }

    @Test func theDemoRebuildsExactly() throws {
        let script = ScriptExport.script(for: .demo)
        #expect(try rebuild(script).content == Workspace.demo)
    }

    @Test func aWorkspaceWithEverythingRebuildsExactly() throws {
        let s = session(.demo)
        for line in [
            "scale use five", "workspace set date 2019-03-04", "workspace add summary \"Ett tillägg med \\\"citat\\\"\"",
            "area add \"--Kultur\" --number 12", "goal add \"# Nytt mål\" --number 20", "set area 12", "set kind steering",
            "set ambition \"Rad ett\nRad två med \\\\ snedstreck\"", "criteria resourced no \"Ingen budget\"",
            "strategy add \"Första\"", "document add \"ÖP\"", "note \"Sagt på mötet\"",
            "indicator add besok \"Besök\" --source kolada:N00945 --unit \"besök/mån\" --direction lower",
            "baseline besok 2018 1234.5678", "target besok delår2 1000 --example",
            "measure besok delår1 1200,25 --women 600 --men 600.25 --status \"preliminärt\"",
            "measure besok delår1 1190 --correct \"Fel i underlaget\"", "measure besok 2019-06-30 - --status \"Saknas\"",
            "activity add \"Göra något\" --owner \"Anna Å\" --due 2019-05-01", "activity status 1 försenad",
            "forecast set bedöms-kunna-uppnås \"Takten räcker\"", "checkpoint delår2", "forecast set osäkert \"Osäkert\"",
            "assess qualitative \"Analys\" --grade osäkert --added-value \"Ett\" --added-value \"Två\"",
            "result uppnått \"Klart\"",
            "goal 4", "assess qualitative \"Fler föreningar\" --grade uppnått", "set owner \"Kultur- och fritidsnämnden\"",
            "goal 6", "indicator discontinue nii \"Serien upphörde\" --replaced-by webb --from 2019-03-01", "top", "note \"Till sist\"",
        ] {
            try s.execute(line)
        }
        let script = ScriptExport.script(for: s.workspace)
        let rebuilt = try rebuild(script)
        #expect(rebuilt.content == s.workspace.content, "script:\n\(script)")
    }

    @Test func aGoalTreeWithOwnersRebuildsExactly() throws {
        let s = session(.demo)
        for line in [
            "goal add \"Fler följer fullmäktige\" --parent 6 --kind steering --owner \"Kommunstyrelsen\"",
            "indicator add sand \"Sändningar\" --owner \"Kommunledningskontoret\"",
            "activity add \"Textning\" --owner Kansliet", "activity owner 1 \"Kommunledningskontoret\"",
            "goal add \"Textade sändningar\" --parent 6.1", "goal add \"Under fyra\" --number 4.2",
            "set goal 4.2 parent 6.1", "indicator set nii owner \"SCB-gruppen\"",
            "set goal 2 parent ks2024:1.2",
        ] {
            try s.execute(line)
        }
        let script = ScriptExport.script(for: s.workspace)
        #expect(script.contains("goal add \"Fler följer fullmäktige\" --number 6.1"))
        #expect(script.contains("set parent ks2024:1.2"))
        let rebuilt = try rebuild(script)
        #expect(rebuilt.content == s.workspace.content, "script:\n\(script)")
    }

    @Test func eachYearsResultsRebuildAtTheirCheckpoints() throws {
        let s = session(.empty(name: "kf", years: 2024...2026))
        for line in [
            "goal add \"KF\" --kind steering", "goal add \"Nämnd\" --parent 1 --kind steering",
            "checkpoint delår1-2024", "forecast set uppfylls \"På väg\"",
            "checkpoint helår-2025", "result \"ej uppfyllt\" \"Sämre år\"",
            "checkpoint helår-2024", "result uppfyllt \"Bra år\"", "goal 1", "result \"delvis uppfyllt\" \"Blandat\"",
            "checkpoint delår2-2026", "result uppfyllt \"Sista året\"",
        ] {
            try s.execute(line)
        }
        #expect(s.workspace.goal(1)?.results?.map(\.checkpoint) == ["helår-2024", "helår-2026"])
        #expect(s.workspace.goal(GoalNumber("1.1")!)?.results?.map(\.checkpoint) == ["helår-2024", "helår-2025"])
        let script = ScriptExport.script(for: s.workspace)
        let rebuilt = try rebuild(script)
        #expect(rebuilt.content == s.workspace.content, "script:\n\(script)")
    }

    /// Values at the edges of the one rule for values, as an import may bring them, come
    /// back exactly: no exponent, no `.0`, nothing `measure` refuses.
    @Test func extremeValuesRebuildExactly() throws {
        var workspace = Workspace.demo
        let goal = try #require(workspace.goals.first { !$0.indicators.isEmpty })
        let id = try #require(goal.indicators.first?.id)
        let extremes: [Double] = [999_999_999_999_999, -999_999_999_999_999, 999_999_999_999_999.9, 123_456_789_012_345.6,
                                  1e-7, -1e-7, 1.234e-5, Double.leastNonzeroMagnitude, 0.1 + 0.2, 1.0 / 3, 1e14 + 0.5, 562_949_953_421_313]
        for (n, value) in extremes.enumerated() {
            let day = try Day(year: 2010 + n / 12, month: n % 12 + 1, day: 1)
            let count = workspace.goal(goal.number)?.indicator(id)?.measurements.count ?? 0
            _ = try workspace.apply(.insertMeasurement(
                goal: goal.number, indicator: id, index: count,
                measurement: Measurement(day: day, total: value, women: -value, men: value / 2)))
        }
        _ = try workspace.apply(.setBaseline(goal: goal.number, indicator: id, reference: Reference(period: .year(2018), value: 1e-7)))
        _ = try workspace.apply(.setTarget(goal: goal.number, indicator: id,
                                           reference: Reference(period: .year(2019), value: 999_999_999_999_999.9)))
        let script = ScriptExport.script(for: workspace)
        #expect(!script.contains("e-0") && !script.contains("e+") && !script.contains(".0 "), "script:\n\(script)")
        let rebuilt = try rebuild(script)
        #expect(rebuilt.content == workspace.content, "script:\n\(script)")
    }

    @Test func exportNeverWritesOverAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ws.mal").path
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        let s = session(.demo)
        #expect(throws: ShellError.self) { try s.execute("export script \(path)") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }
}
