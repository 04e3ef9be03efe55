import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// Format 5: the plan period, the workspace's own calendar and scales, targets per period.
@Suite("Workspace file format 5")
struct CalendarFormatTests {
    @Test("a plan period, an own calendar, an own scale and targets per period are saved and read back")
    func format5RoundTrips() throws {
        var w = Workspace.empty(name: "kf", years: 2024...2027)
        let march = Checkpoint(id: "mars-2024", name: "Delårsrapport mars 2024", day: try Day(parsing: "2024-03-31"), forecasts: true)
        _ = try w.apply(.setCheckpoint(id: march.id, checkpoint: march))
        _ = try w.apply(.setCheckpoint(id: "delår1-2024", checkpoint: nil))
        let smileys = GradeScale.own(name: "smileys", summary: "Smileys", grades: [
            Grade(words: "uppfyllt", fulfilment: .met, symbol: "😊", threshold: 1),
            Grade(words: "delvis uppfyllt", fulfilment: .partly, symbol: "😐", threshold: 0.8),
        ])
        _ = try w.apply(.setOwnScale(name: "smileys", scale: smileys))
        _ = try w.apply(.setScale(name: "smileys"))
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "Nöjda invånare", kind: .steering)))
        _ = try w.apply(.insertIndicator(goal: 1, index: 0, indicator: Indicator(id: "nmi", name: "NMI")))
        for (period, value) in [(Period.year(2024), 60.0), (.plan, 65), (.checkpoint("mars-2024"), 58)] {
            _ = try w.apply(.setPeriodTarget(goal: 1, indicator: "nmi", period: period, reference: Reference(period: period, value: value)))
        }
        let folder = try TemporaryFolder()
        let url = folder.file("kf.json")
        try WorkspaceFile<Workspace>.save(w, to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"formatVersion\" : 5,"))
        #expect(text.contains("\"lastPlanYear\" : 2027"))
        #expect(text.contains("😊"))
        #expect(try WorkspaceFile<Workspace>.load(from: url) == w)
    }

    @Test("a one-year workspace without any of it writes none of the new keys")
    func nothingNewWhenUnused() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(Workspace.demo, to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        for key in ["lastPlanYear", "ownScales", "periodTargets", "threshold"] { #expect(!text.contains(key), "\(key)") }
    }
}
