import Foundation
import Testing
@testable import MalbildCore

/// Every kind of edit, applied to the demo and undone by the edit `apply`
/// returned: the workspace must come back exactly, and redo must give the
/// same result again.
@Suite struct EditTests {
    static let note = Note(time: Date(timeIntervalSince1970: 1_550_000_000), text: "Dialog i KSAU")

    static let edits: [Edit] = [
        .setTitle(goal: 6, title: "Ökat medborgarinflytande för alla"),
        .setAmbition(goal: 6, text: "Att öka kvinnors och mäns upplevelse av inflytande."),
        .setKind(goal: 4, kind: .steering),
        .setArea(goal: 8, area: 1),
        .setArea(goal: 8, area: nil),
        .setStatus(goal: 2, status: .draft),
        .setCriterion(goal: 6, criterion: .measurable, assessment: CriterionAssessment(verdict: .yes, justification: "NII")),
        .insertStrategy(goal: 6, index: 0, text: "Digitala kanaler"),
        .insertDocument(goal: 1, index: 4, text: "Trafikstrategi"),
        .removeDocument(goal: 1, index: 0),
        .insertNote(goal: 6, index: 0, note: note),
        .insertNote(goal: nil, index: 0, note: note),
        .insertGoal(goal: Goal(number: 9, title: "Nytt mål", area: 2)),
        .removeGoal(number: 4),
        .insertArea(index: 6, area: GoalArea(number: 7, name: "Kultur")),
        .renameArea(number: 2, name: "Arbete, fritid och kultur"),
    ]

    @Test(arguments: edits)
    func undoRestoresAndRedoRepeats(edit: Edit) throws {
        var workspace = Workspace.demo
        let original = workspace
        let inverse = try workspace.apply(edit)
        #expect(workspace != original, "the edit changed nothing: \(edit)")
        let changed = workspace
        let redo = try workspace.apply(inverse)
        #expect(workspace == original)
        _ = try workspace.apply(redo)
        #expect(workspace == changed)
    }

    @Test func removalsUndoToTheSamePlace() throws {
        var workspace = Workspace.demo
        _ = try workspace.apply(.insertStrategy(goal: 3, index: 0, text: "A"))
        _ = try workspace.apply(.insertStrategy(goal: 3, index: 1, text: "B"))
        _ = try workspace.apply(.insertStrategy(goal: 3, index: 2, text: "C"))
        let before = workspace
        let inverse = try workspace.apply(.removeStrategy(goal: 3, index: 1))
        #expect(workspace.goal(3)?.strategies == ["A", "C"])
        _ = try workspace.apply(inverse)
        #expect(workspace == before)

        let noteBack = try workspace.apply(.insertNote(goal: nil, index: 0, note: Self.note))
        _ = try workspace.apply(noteBack)
        #expect(workspace == before)
    }

    @Test func removedGoalComesBackInOrder() throws {
        var workspace = Workspace.demo
        let inverse = try workspace.apply(.removeGoal(number: 4))
        #expect(workspace.goals.map(\.number) == [1, 2, 3, 5, 6, 7, 8])
        _ = try workspace.apply(inverse)
        #expect(workspace.goals.map(\.number) == (1...8).map { GoalNumber($0) })
        #expect(workspace == Workspace.demo)
    }

    @Test func failingEditsLeaveTheWorkspaceAlone() {
        var workspace = Workspace.demo
        let cases: [(Edit, EditError)] = [
            (.setTitle(goal: 9, title: "x"), .noSuchGoal(9)),
            (.setTitle(goal: 1, title: ""), .emptyText(.title)),
            (.setArea(goal: 1, area: 42), .noSuchArea(42)),
            (.removeStrategy(goal: 1, index: 0), .noSuchItem(what: .strategy, number: 1, count: 0)),
            (.removeDocument(goal: 1, index: 4), .noSuchItem(what: .document, number: 5, count: 4)),
            (.insertGoal(goal: Goal(number: 6, title: "Dubblett")), .goalExists(6)),
            (.removeArea(number: 2), .areaInUse(2, goals: [2, 3, 4])),
            (.renameArea(number: 9, name: "x"), .noSuchArea(9)),
            (.insertNote(goal: nil, index: 0, note: Note(time: Date(), text: "")), .emptyText(.note)),
        ]
        for (edit, expected) in cases {
            #expect(throws: expected, "\(edit)") { _ = try workspace.apply(edit) }
            #expect(workspace == Workspace.demo)
        }
    }

    @Test func editsRoundTripThroughJSON() throws {
        for edit in Self.edits {
            let data = try JSONEncoder().encode(edit)
            #expect(try JSONDecoder().decode(Edit.self, from: data) == edit)
        }
    }

    @Test func summariesSayWhatChanged() {
        #expect(Edit.setAmbition(goal: 6, text: "x").summary == .setAmbition(goal: 6))
        #expect(Edit.removeGoal(number: 4).summary == .removedGoal(goal: 4))
        #expect(Edit.setKind(goal: 4, kind: .steering).summary == .setKind(goal: 4, kind: .steering))
        #expect(Edit.removeStrategy(goal: 4, index: 0).summary == .removedStrategy(goal: 4, number: 1))
    }
}
