import Foundation
import Testing
@testable import MalbildCore

/// The roll-up's suggestion by the scale's thresholds on the share of the goals under a
/// goal that are met; the built-in scales keep the rule of all, half or fewer.
@Suite struct RollUpThresholdTests {
    /// KF goal 1 with `children` steering goals under it, on a scale of smileys.
    private func council(children: Int, metThreshold: Double? = 1) throws -> Workspace {
        var w = Workspace.empty(name: "kf", years: 2024...2025)
        let smileys = GradeScale.own(name: "smileys", grades: [
            Grade(words: "uppfyllt", fulfilment: .met, symbol: "😊", threshold: metThreshold),
            Grade(words: "delvis uppfyllt", fulfilment: .partly, symbol: "😐", threshold: 0.8),
            Grade(words: "ej uppfyllt", fulfilment: .notMet, symbol: "😒"),
        ])
        _ = try w.apply(.setOwnScale(name: "smileys", scale: smileys))
        _ = try w.apply(.setScale(name: "smileys"))
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "KF", kind: .steering)))
        for n in 1...children {
            _ = try w.apply(.insertGoal(goal: Goal(number: try #require(GoalNumber("1.\(n)")), title: "Nämnd \(n)", kind: .steering)))
        }
        return w
    }

    private func grade(_ w: inout Workspace, _ child: Int, _ words: String) throws {
        let number = try #require(GoalNumber("1.\(child)"))
        _ = try w.apply(.setResult(goal: number, checkpoint: "helår-2024", result: YearResult(checkpoint: "helår-2024", grade: words, text: "Så")))
    }

    @Test func theShareMetIsHeldAgainstTheThresholds() throws {
        var w = try council(children: 5)
        for n in 1...4 { try grade(&w, n, "uppfyllt") }
        try grade(&w, 5, "delvis uppfyllt")
        let rollUp = try #require(RollUp(of: 1, at: "helår-2024", in: w))
        #expect(rollUp.thresholds.map(\.words) == ["uppfyllt", "delvis uppfyllt"])
        // 4 of 5 met is 80 %: partly, by the threshold.
        #expect(rollUp.suggested == .partly)
        try grade(&w, 5, "uppfyllt")
        #expect(RollUp(of: 1, at: "helår-2024", in: w)?.suggested == .met)
        // 3 of 5 met is 60 %, under 80 %: not met, where the built-in rule says partly.
        try grade(&w, 4, "delvis uppfyllt")
        try grade(&w, 5, "delvis uppfyllt")
        #expect(RollUp(of: 1, at: "helår-2024", in: w)?.suggested == .notMet)
    }

    @Test func aMetGradeWithoutAThresholdCountsFromAll() throws {
        var w = try council(children: 2, metThreshold: nil)
        try grade(&w, 1, "uppfyllt")
        try grade(&w, 2, "uppfyllt")
        let rollUp = try #require(RollUp(of: 1, at: "helår-2024", in: w))
        #expect(rollUp.thresholds.map(\.threshold) == [1, 0.8])
        #expect(rollUp.suggested == .met)
    }

    @Test func theBuiltInScalesKeepTheirRule() throws {
        var w = Workspace.empty(name: "kf", years: 2024...2025)
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "KF", kind: .steering)))
        for n in 1...2 {
            _ = try w.apply(.insertGoal(goal: Goal(number: try #require(GoalNumber("1.\(n)")), title: "Nämnd \(n)", kind: .steering)))
        }
        try grade(&w, 1, "uppfyllt")
        try grade(&w, 2, "ej uppfyllt")
        let rollUp = try #require(RollUp(of: 1, at: "helår-2024", in: w))
        #expect(rollUp.thresholds.isEmpty)
        #expect(rollUp.suggested == .partly)
    }
}

/// A KF goal without indicators of its own is measured through its committee goals.
@Suite struct MeasuredThroughGoalsUnderTests {
    @Test func aGoalWithGoalsUnderItAndNoIndicatorsPassesMeasurable() throws {
        var w = Workspace.empty(name: "kf", years: 2024...2025)
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "KF", kind: .steering)))
        let kf = try #require(w.goal(1))
        let alone = try #require(CriteriaCheck.check(kf, under: []).first { $0.criterion == .measurable })
        #expect(alone.outcome == .failed)
        let child = try #require(GoalNumber("1.1"))
        _ = try w.apply(.insertGoal(goal: Goal(number: child, title: "Nämnd", kind: .steering)))
        let goal = try #require(w.goal(1))
        let line = try #require(CriteriaCheck.check(goal, under: w.children(of: 1).map(\.number)).first { $0.criterion == .measurable })
        #expect(line.outcome == .passed)
        #expect(line.reason == .measuredThrough(goals: [child], justification: ""))
        let at = try #require(w.calendar.checkpoint("delår1-2024"))
        #expect(ForecastEngine.suggest(for: goal, at: at, in: w).reason == .throughGoalsUnder(goal: 1, goals: [child]))
    }
}
