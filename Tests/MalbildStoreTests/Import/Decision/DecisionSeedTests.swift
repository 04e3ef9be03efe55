import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// The seed decision reads into the built-in demo, field by field.
@Suite struct DecisionSeedTests {
    typealias F = DecisionFixtures

    @Test func theSeedReadsIntoTheDemo() throws {
        let reading = try F.read(try F.seed(), name: "ks2019")
        let w = reading.workspace
        let demo = Workspace.demo
        #expect(reading.unplaced == [])
        #expect(reading.ambiguities == [])
        #expect(w.planYear == demo.planYear)
        #expect(w.body == demo.body)
        #expect(w.decision.title == demo.decision.title)
        #expect(w.decision.caseReference == demo.decision.caseReference)
        #expect(w.decision.paragraph == demo.decision.paragraph)
        #expect(w.decision.proposal == demo.decision.proposal)
        #expect(w.decision.text == demo.decision.text)
        #expect(w.decision.summary == demo.decision.summary)
        #expect(w.decision.documents == demo.decision.documents)
        #expect(w.decision.dispatchedTo == demo.decision.dispatchedTo)
        #expect(w.criteriaText == demo.criteriaText)
        #expect(w.supportingGoalRule == demo.supportingGoalRule)
        #expect(w.followUp == demo.followUp)
        #expect(w.areas == demo.areas)
        #expect(w.goals.count == demo.goals.count)
        for (read, known) in zip(w.goals, demo.goals) {
            #expect(read.number == known.number)
            #expect(read.title == known.title, "goal \(known.number)")
            #expect(read.area == known.area, "goal \(known.number)")
            #expect(read.kind == known.kind, "goal \(known.number)")
            #expect(read.ambition == known.ambition, "goal \(known.number)")
            #expect(read.status == known.status, "goal \(known.number)")
            #expect(read.documents == known.documents, "goal \(known.number)")
        }
        #expect(w.notes.isEmpty)
    }
}
