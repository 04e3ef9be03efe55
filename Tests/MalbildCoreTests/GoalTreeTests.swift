import Foundation
import Testing
@testable import MalbildCore

/// Goals numbered as paths: parsing and order, the tree's rules in the domain,
/// moving a goal with its sub-goals, and the roll-up of sub-goals.
@Suite struct GoalTreeTests {
    private func number(_ text: String) throws -> GoalNumber {
        try #require(GoalNumber(text))
    }

    /// The demo with council goal 6 broken into 6.1 and 6.2, and 6.1.1 under 6.1.
    private func chain() throws -> Workspace {
        var w = Workspace.demo
        _ = try w.apply(.insertGoal(goal: Goal(number: try number("6.1"), title: "Fler följer fullmäktige", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: try number("6.2"), title: "Fler svarar på enkäter", kind: .steering)))
        _ = try w.apply(.insertGoal(goal: Goal(number: try number("6.1.1"), title: "Textade sändningar")))
        return w
    }

    @Test func numbersParsePrintAndSortInTreeOrder() throws {
        #expect(try number("1.2.1").parts == [1, 2, 1])
        #expect(try number("1.2").description == "1.2")
        #expect(GoalNumber(6).description == "6")
        for bad in ["", "1.", ".1", "1..2", "1.2.3.4", "1.x", "-1", "1.0", "1 2", "１"] {
            #expect(GoalNumber(bad) == nil, "\(bad)")
        }
        let sorted = try ["2", "1.2", "1", "1.10", "1.1.1", "1.1", "10"].map(number).sorted()
        #expect(sorted.map(\.description) == ["1", "1.1", "1.1.1", "1.2", "1.10", "2", "10"])
        #expect(try number("1.2").parent == 1)
        #expect(GoalNumber(1).parent == nil)
        #expect(try number("1.2.1").isWithin(1))
        #expect(try !number("11.2").isWithin(1))
        #expect(try number("1.2.1").moved(from: number("1.2"), to: number("3.1"))?.description == "3.1.1")
        #expect(try number("1.2.1").child(1) == nil)
    }

    @Test func aTopLevelNumberIsCodedAsAnIntegerADeeperOneAsAString() throws {
        let encoder = JSONEncoder()
        #expect(String(decoding: try encoder.encode([GoalNumber(6), try number("6.1")]), as: UTF8.self) == "[6,\"6.1\"]")
        let decoded = try JSONDecoder().decode([GoalNumber].self, from: Data("[6, \"6.1.2\"]".utf8))
        #expect(decoded == [GoalNumber(6), try number("6.1.2")])
        #expect(throws: DecodingError.self) { _ = try JSONDecoder().decode([GoalNumber].self, from: Data("[\"6.a\"]".utf8)) }
    }

    @Test func aGoalNeedsItsParentAndTheTreeIsThreeLevelsDeepAtMost() throws {
        var w = Workspace.demo
        #expect(throws: EditError.noParentGoal(try number("9.1"), parent: 9)) {
            _ = try w.apply(.insertGoal(goal: Goal(number: try number("9.1"), title: "Utan förälder")))
        }
        #expect(w == Workspace.demo)
        w = try chain()
        #expect(w.goals.map(\.number.description) == ["1", "2", "3", "4", "5", "6", "6.1", "6.1.1", "6.2", "7", "8"])
        #expect(w.children(of: 6).map(\.number.description) == ["6.1", "6.2"])
        #expect(w.nextChildNumber(of: 6)?.description == "6.3")
        #expect(w.nextChildNumber(of: try number("6.1.1")) == nil)
        #expect(w.nextGoalNumber == 9)
    }

    @Test func aGoalWithGoalsUnderItIsNotRemovedAlone() throws {
        var w = try chain()
        let before = w
        #expect(throws: EditError.goalHasChildren(6, children: [try number("6.1"), try number("6.2")])) {
            _ = try w.apply(.removeGoal(number: 6))
        }
        #expect(w == before)
    }

    @Test func movingAGoalTakesItsSubGoalsHistoryAndLogAndUndoesExactly() throws {
        var w = try chain()
        _ = try w.apply(.insertNote(goal: try number("6.1.1"), index: 0, note: Note(time: Date(timeIntervalSince1970: 0), text: "Anteckning åäö")))
        _ = try w.apply(.insertIndicator(goal: try number("6.1"), index: 0, indicator: Indicator(id: "sand", name: "Sändningar")))
        _ = try w.apply(.appendLog(entry: LogEntry(time: Date(timeIntervalSince1970: 0), user: "anna", goal: try number("6.1.1"), change: .writtenBefore("added"))))
        let before = w
        let undo = try w.apply(.moveGoal(from: try number("6.1"), to: try number("2.1")))
        #expect(w.goal(try number("6.1")) == nil)
        #expect(w.goal(try number("2.1"))?.indicator("sand") != nil)
        #expect(w.goal(try number("2.1.1"))?.notes.first?.text == "Anteckning åäö")
        #expect(w.log.last?.goal == (try number("2.1.1")))
        #expect(w.goals.map(\.number) == w.goals.map(\.number).sorted())
        #expect(undo == .moveGoal(from: try number("2.1"), to: try number("6.1")))
        _ = try w.apply(undo)
        #expect(w == before)
    }

    @Test func aMoveIsRefusedIntoItselfOntoAGoalWithoutAParentOrTooDeep() throws {
        var w = try chain()
        let before = w
        #expect(throws: EditError.moveIntoItself(6, to: try number("6.1.1"))) { _ = try w.apply(.moveGoal(from: 6, to: try number("6.1.1"))) }
        #expect(throws: EditError.goalExists(try number("6.2"))) { _ = try w.apply(.moveGoal(from: try number("6.1"), to: try number("6.2"))) }
        #expect(throws: EditError.noParentGoal(try number("9.1"), parent: 9)) { _ = try w.apply(.moveGoal(from: try number("6.1"), to: try number("9.1"))) }
        #expect(throws: EditError.goalTooDeep(try number("6.1.1"))) { _ = try w.apply(.moveGoal(from: try number("6.1"), to: try number("6.2.1"))) }
        #expect(w == before)
    }

    @Test func theRollUpCountsTheChildrenAndSuggestsByItsRule() throws {
        var w = try chain()
        #expect(RollUp(of: 1, at: "delår1", in: w) == nil)
        let none = try #require(RollUp(of: 6, at: "delår1", in: w))
        #expect(none.suggested == nil)
        #expect(none.notAssessed.map(\.description) == ["6.1", "6.2"])
        _ = try w.apply(.setForecast(goal: try number("6.1"), checkpoint: "delår1", forecast: Forecast(checkpoint: "delår1", grade: "uppfylls", rationale: "På väg")))
        let one = try #require(RollUp(of: 6, at: "delår1", in: w))
        #expect(one.suggested == .met)
        #expect(one.notAssessed == [try number("6.2")])
        _ = try w.apply(.setForecast(goal: try number("6.2"), checkpoint: "delår1", forecast: Forecast(checkpoint: "delår1", grade: "uppfylls ej", rationale: "Nej")))
        let half = try #require(RollUp(of: 6, at: "delår1", in: w))
        #expect(half.suggested == .partly)
        #expect(half.counts(in: w.scale.forecastGrades).map(\.count) == [1, 1])
        _ = try w.apply(.setForecast(goal: try number("6.1"), checkpoint: "delår1", forecast: nil))
        #expect(RollUp(of: 6, at: "delår1", in: w)?.suggested == .notMet)
        // At helår the children's results count, not their forecasts.
        #expect(RollUp(of: 6, at: "helår", in: w)?.suggested == nil)
        _ = try w.apply(.setResult(goal: try number("6.1"), checkpoint: "helår", result: YearResult(checkpoint: "helår", grade: "uppfyllt", text: "Ja")))
        _ = try w.apply(.setResult(goal: try number("6.2"), checkpoint: "helår", result: YearResult(checkpoint: "helår", grade: "delvis uppfyllt", text: "Delvis")))
        #expect(RollUp(of: 6, at: "helår", in: w)?.suggested == .partly)
    }

    @Test func anIndicatorsOwnerIsSetUndoneAndNeverBlank() throws {
        var w = Workspace.demo
        let undo = try w.apply(.setIndicatorOwner(goal: 6, indicator: "nii", owner: "Kommunledningskontoret"))
        #expect(w.goal(6)?.indicator("nii")?.owner == "Kommunledningskontoret")
        _ = try w.apply(undo)
        #expect(w == Workspace.demo)
        #expect(throws: EditError.emptyText(.owner)) { _ = try w.apply(.setIndicatorOwner(goal: 6, indicator: "nii", owner: " ")) }
        _ = try w.apply(.insertActivity(goal: 6, index: 0, activity: Activity(text: "Råd")))
        let activityUndo = try w.apply(.setActivityOwner(goal: 6, index: 0, owner: "Kansliet"))
        #expect(w.goal(6)?.activities.first?.owner == "Kansliet")
        _ = try w.apply(activityUndo)
        #expect(w.goal(6)?.activities.first?.owner == nil)
    }
}
