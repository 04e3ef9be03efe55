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
