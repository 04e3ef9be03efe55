import Foundation
import Testing
@testable import MalbildCore

/// A goal's results kept per checkpoint that reports results: one per year of a plan
/// period, each read where it belongs, and an older file's single result placed.
@Suite struct ResultsPerCheckpointTests {
    private func number(_ text: String) throws -> GoalNumber {
        try #require(GoalNumber(text))
    }

    private func result(_ checkpoint: String, _ grade: String) -> Edit {
        .setResult(goal: 1, checkpoint: checkpoint, result: YearResult(checkpoint: checkpoint, grade: grade, text: "Så blev det"))
    }

    /// A council's two years, KF goal 1 with committee goal 1.1 under it.
    private func council() throws -> Workspace {
        var w = Workspace.empty(name: "kf", years: 2024...2025)
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "KF", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: try number("1.1"), title: "Nämnd", kind: .steering)))
        return w
    }

    @Test func eachYearKeepsItsOwnResult() throws {
        var w = try council()
        _ = try w.apply(result("helår-2024", "uppfyllt"))
        let undo = try w.apply(result("helår-2025", "ej uppfyllt"))
        #expect(w.goal(1)?.result(at: "helår-2024")?.grade == "uppfyllt")
        #expect(w.goal(1)?.result(at: "helår-2025")?.grade == "ej uppfyllt")
        #expect(w.goal(1)?.results?.map(\.checkpoint) == ["helår-2024", "helår-2025"])
        _ = try w.apply(undo)
        #expect(w.goal(1)?.result(at: "helår-2025") == nil)
        #expect(w.goal(1)?.result(at: "helår-2024")?.grade == "uppfyllt")
        _ = try w.apply(.setResult(goal: 1, checkpoint: "helår-2024", result: nil))
        #expect(w.goal(1)?.results == nil)
        #expect(w == (try council()))
    }

    @Test func aResultIsRefusedAtAForecastCheckpointAndAnUnknownOne() throws {
        var w = try council()
        #expect(throws: EditError.noResultAtCheckpoint("delår1-2024")) { _ = try w.apply(result("delår1-2024", "uppfyllt")) }
        #expect(throws: EditError.noSuchCheckpoint("helår-2026", known: w.calendar.checkpoints.map(\.id))) {
            _ = try w.apply(result("helår-2026", "uppfyllt"))
        }
    }

    @Test func theRollUpAtEachYearEndReadsThatYearsResults() throws {
        var w = try council()
        let child = try number("1.1")
        _ = try w.apply(.setResult(goal: child, checkpoint: "helår-2024", result: YearResult(checkpoint: "helår-2024", grade: "uppfyllt", text: "Ja")))
        #expect(RollUp(of: 1, at: "helår-2024", in: w)?.suggested == .met)
        #expect(RollUp(of: 1, at: "helår-2025", in: w)?.suggested == nil)
        _ = try w.apply(.setResult(goal: child, checkpoint: "helår-2025", result: YearResult(checkpoint: "helår-2025", grade: "ej uppfyllt", text: "Nej")))
        #expect(RollUp(of: 1, at: "helår-2024", in: w)?.suggested == .met)
        #expect(RollUp(of: 1, at: "helår-2025", in: w)?.suggested == .notMet)
    }

    @Test func aCheckpointHoldingAResultIsNeitherRemovedNorMadeAForecast() throws {
        var w = try council()
        _ = try w.apply(result("helår-2025", "uppfyllt"))
        #expect(throws: EditError.checkpointInUse("helår-2025", uses: [.result(goal: 1)])) {
            _ = try w.apply(.setCheckpoint(id: "helår-2025", checkpoint: nil))
        }
        let point = try #require(w.calendar.checkpoint("helår-2025"))
        let asForecast = Checkpoint(id: point.id, name: point.name, day: point.day, forecasts: true)
        #expect(throws: EditError.checkpointInUse("helår-2025", uses: [.result(goal: 1)])) {
            _ = try w.apply(.setCheckpoint(id: "helår-2025", checkpoint: asForecast))
        }
    }

    @Test func aResultTypedAtAnInterimCheckpointBelongsToItsYearsEnd() throws {
        let w = try council()
        #expect(w.resultCheckpoint(for: "delår2-2025")?.id == "helår-2025")
        #expect(w.resultCheckpoint(for: "helår-2024")?.id == "helår-2024")
        #expect(w.resultCheckpoint(for: "okänd") == nil)
    }

    @Test func anOlderFilesSingleResultIsPlacedAtThePlanYearsEnd() throws {
        // A goal as such a file holds it: a single `result` without a checkpoint.
        var plain = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Goal(number: 1, title: "KF", kind: .steering))) as? [String: Any] ?? [:]
        plain["result"] = ["grade": "uppfyllt", "text": "Gammalt"]
        let goal = try JSONDecoder().decode(Goal.self, from: JSONSerialization.data(withJSONObject: plain))
        #expect(goal.result == YearResult(checkpoint: "", grade: "uppfyllt", text: "Gammalt"))
        var w = Workspace.empty(name: "kf", years: 2024...2025)
        _ = try w.apply(.insertGoal(goal: goal))
        let placed = w.placingSingleResults()
        #expect(placed.goal(1)?.result == nil)
        #expect(placed.goal(1)?.results == [YearResult(checkpoint: "helår-2024", grade: "uppfyllt", text: "Gammalt")])
        #expect(placed.placingSingleResults() == placed)
        // An old journal line's result names no checkpoint: it goes to the same place.
        var replayed = try council()
        _ = try replayed.apply(.setResult(goal: 1, checkpoint: "", result: YearResult(checkpoint: "", grade: "uppfyllt", text: "Gammalt")))
        #expect(replayed.goal(1)?.result(at: "helår-2024")?.text == "Gammalt")
    }
}
