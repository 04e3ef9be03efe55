import Foundation
import Testing
@testable import MalbildCore

/// A goal's owner: set and cleared through the edit path, never empty, and
/// kept through the file's coding.
@Suite struct GoalOwnerTests {
    @Test func anOwnerIsSetUndoneAndNeverEmpty() throws {
        var w = Workspace.demo
        let undo = try w.apply(.setOwner(goal: 6, owner: "Kommunstyrelsen"))
        #expect(w.goal(6)?.owner == "Kommunstyrelsen")
        _ = try w.apply(undo)
        #expect(w == Workspace.demo)
        #expect(throws: EditError.emptyText(.owner)) { _ = try w.apply(.setOwner(goal: 6, owner: " ")) }
        #expect(throws: EditError.emptyText(.owner)) {
            _ = try w.apply(.insertGoal(goal: Goal(number: 9, title: "Nytt", owner: "")))
        }
        #expect(w == Workspace.demo)
    }

    @Test func theOwnerIsCodedAndAGoalWithoutOneHasNoKey() throws {
        var goal = Goal(number: 1, title: "Fler behöriga", owner: "Barn- och utbildningsnämnden")
        let data = try JSONEncoder().encode(goal)
        #expect(try JSONDecoder().decode(Goal.self, from: data) == goal)
        goal.owner = nil
        let plain = String(decoding: try JSONEncoder().encode(goal), as: UTF8.self)
        #expect(!plain.contains("owner"))
    }
}
