import Foundation
import Testing
@testable import MalbildCore

/// A goal whose parent is a goal of another workspace: named as `workspace:number`,
/// only on a top-level goal, never its own workspace, undone as one edit and kept in the file.
@Suite struct GoalLinkTests {
    @Test func aLinkIsReadOnlyInItsShape() {
        #expect(GoalLink("ks2024:2") == GoalLink(workspace: "ks2024", goal: 2))
        #expect(GoalLink("bun-2024:1.2")?.goal == GoalNumber("1.2"))
        #expect(GoalLink("Ängelholm_KF.v2:3")?.workspace == "Ängelholm_KF.v2")
        for text in ["2", ":2", "ks2024:", "ks2024:x", "ks 2024:2", "ks2024:1.2.3.4", "a/b:1"] {
            #expect(GoalLink(text) == nil, "\(text)")
        }
        #expect(GoalLink("ks2024:2")?.description == "ks2024:2")
    }

    @Test func aTopLevelGoalIsLinkedAndUnlinkedInOneEditEach() throws {
        var w = Workspace.demo
        let undo = try w.apply(.setLinkedParent(goal: 6, link: GoalLink("ks2024:2")))
        #expect(w.goal(6)?.linkedParent == GoalLink("ks2024:2"))
        #expect(undo == .setLinkedParent(goal: 6, link: nil))
        _ = try w.apply(undo)
        #expect(w == Workspace.demo)
    }

    @Test func aSubGoalAndTheOwnWorkspaceAreRefused() throws {
        var w = Workspace.demo
        _ = try w.apply(.insertGoal(goal: Goal(number: GoalNumber("6.1")!, title: "Delmål")))
        let before = w
        #expect(throws: EditError.linkOnSubGoal(GoalNumber("6.1")!, parent: 6)) {
            _ = try w.apply(.setLinkedParent(goal: GoalNumber("6.1")!, link: GoalLink("ks2024:2")))
        }
        let own = GoalLink(workspace: w.name, goal: 2)
        #expect(throws: EditError.linkToOwnWorkspace(6, link: own)) {
            _ = try w.apply(.setLinkedParent(goal: 6, link: own))
        }
        #expect(w == before)
    }

    @Test func aLinkedGoalCannotMoveUnderAnother() throws {
        var w = Workspace.demo
        _ = try w.apply(.setLinkedParent(goal: 6, link: GoalLink("ks2024:2")))
        let before = w
        #expect(throws: EditError.linkUnderAGoal(6)) { _ = try w.apply(.moveGoal(from: 6, to: GoalNumber("2.1")!)) }
        #expect(w == before)
    }

    @Test func theLinkIsCodedAsItsTextAndAGoalWithoutOneHasNoKey() throws {
        var goal = Goal(number: 1, title: "Fler behöriga", linkedParent: GoalLink("ks2024:2"))
        let data = try JSONEncoder().encode(goal)
        #expect(String(decoding: data, as: UTF8.self).contains("\"linkedParent\":\"ks2024:2\""))
        #expect(try JSONDecoder().decode(Goal.self, from: data) == goal)
        goal.linkedParent = nil
        #expect(!String(decoding: try JSONEncoder().encode(goal), as: UTF8.self).contains("linkedParent"))
        let bad = Data(#"{"number":1,"title":"x","kind":"supporting","ambition":"","status":"draft","criteria":{},"strategies":[],"documents":[],"notes":[],"indicators":[],"assessments":[],"forecasts":[],"activities":[],"linkedParent":"ks 2024"}"#.utf8)
        #expect(throws: DecodingError.self) { _ = try JSONDecoder().decode(Goal.self, from: bad) }
    }
}

/// The council's view of its committees' goals: placed under the goals they break down,
/// marked with where they come from, and rolled up with the council's own sub-goals.
@Suite struct ConsolidationTests {
    func council() throws -> Workspace {
        var w = Workspace.empty(name: "ks2024", year: 2024)
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "Fler i arbete", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: 2, title: "God utbildning", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: GoalNumber("2.1")!, title: "Eget delmål", kind: .steering)))
        return w
    }

    func committee(_ name: String, link: String, owner: String) throws -> Workspace {
        var w = Workspace.empty(name: name, year: 2024)
        for n in 1...3 { _ = try w.apply(.insertArea(index: n - 1, area: GoalArea(number: n, name: "Område \(n)"))) }
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "Behöriga lärare", area: 3, kind: .steering, owner: owner)))
        _ = try w.apply(.insertGoal(goal: Goal(number: GoalNumber("1.1")!, title: "Fortbildning", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: GoalNumber("1.1.1")!, title: "För djupt", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: 2, title: "Ej kopplat", kind: .steering)))
        _ = try w.apply(.setLinkedParent(goal: 1, link: GoalLink(link)))
        return w
    }

    @Test func committeesGoalsGoUnderTheGoalTheyBreakDown() throws {
        let ks = try council()
        let bun = try committee("bun2024", link: "ks2024:2", owner: "Barn- och utbildningsnämnden")
        let son = try committee("son2024", link: "ks2024:2", owner: "Socialnämnden")
        let other = try committee("tn2024", link: "annan:2", owner: "Tekniska nämnden")
        let view = ks.consolidated(with: [son, other, bun, ks])
        #expect(view.children(of: 2).map(\.number.description) == ["2.1", "2.2", "2.3"])
        let placed = try #require(view.goal(GoalNumber("2.2")!))
        #expect(placed.origin == GoalLink("bun2024:1"))
        #expect(placed.owner == "Barn- och utbildningsnämnden")
        #expect(placed.area == nil && placed.linkedParent == nil)
        #expect(view.goal(GoalNumber("2.2.1")!)?.origin == GoalLink("bun2024:1.1"))
        // Three levels at most: the committee's third level has no place under a council goal.
        #expect(view.goals.filter { $0.title == "För djupt" }.isEmpty)
        #expect(view.goal(GoalNumber("2.3")!)?.origin == GoalLink("son2024:1"))
        #expect(view.goals.filter { $0.title == "Ej kopplat" }.isEmpty)
        #expect(view.goal(GoalNumber("2.1")!)?.origin == nil)
        #expect(ks.consolidated(with: []) == ks)
    }

    @Test func theRollUpCountsTheCommitteesGoals() throws {
        let ks = try council()
        var bun = try committee("bun2024", link: "ks2024:2", owner: "BUN")
        _ = try bun.apply(.setForecast(goal: 1, checkpoint: "delår1", forecast: Forecast(checkpoint: "delår1", grade: "uppfylls", rationale: "Fler behöriga i år")))
        let view = ks.consolidated(with: [bun])
        let rollUp = try #require(RollUp(of: 2, at: "delår1", in: view))
        #expect(rollUp.entries.map(\.goal.description) == ["2.1", "2.2"])
        #expect(rollUp.notAssessed.map(\.description) == ["2.1"])
        #expect(rollUp.goals(.met).map(\.description) == ["2.2"])
    }
}
