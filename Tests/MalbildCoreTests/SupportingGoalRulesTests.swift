import Testing
@testable import MalbildCore

/// The rules on supporting goals (inriktningsmål) hold in the domain, whatever
/// command or file leads to the edit: such a goal never holds a forecast, and
/// its assessment is graded as an outcome.
@Suite struct SupportingGoalRulesTests {
    /// The demo with a forecast on steering goal 6 at delår1 and delår2.
    static func withForecasts() throws -> Workspace {
        var w = Workspace.demo
        _ = try w.apply(.setForecast(goal: 6, checkpoint: "delår1",
                                     forecast: Forecast(checkpoint: "delår1", grade: "uppfylls", rationale: "Takten räcker")))
        _ = try w.apply(.setForecast(goal: 6, checkpoint: "delår2",
                                     forecast: Forecast(checkpoint: "delår2", grade: "uppfylls delvis", rationale: "Webben ligger efter")))
        return w
    }

    @Test func aGoalWithForecastsDoesNotBecomeSupporting() throws {
        var w = try Self.withForecasts()
        let before = w
        do {
            _ = try w.apply(.setKind(goal: 6, kind: .supporting))
            Issue.record("goal 6 became supporting with its forecasts")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("delår1, delår2"), "the message names the forecasts: \(message)")
            #expect(message.contains("forecast clear"), "the message says how to clear them: \(message)")
        }
        #expect(w == before)
        #expect(w.goal(6)?.kind == .steering)
    }

    @Test func withItsForecastsClearedTheGoalBecomesSupporting() throws {
        var w = try Self.withForecasts()
        _ = try w.apply(.setForecast(goal: 6, checkpoint: "delår1", forecast: nil))
        _ = try w.apply(.setForecast(goal: 6, checkpoint: "delår2", forecast: nil))
        let undo = try w.apply(.setKind(goal: 6, kind: .supporting))
        #expect(w.goal(6)?.kind == .supporting)
        _ = try w.apply(undo)
        #expect(w.goal(6)?.kind == .steering)
    }

    @Test func aSupportingGoalsAssessmentTakesNoForecastPhrase() throws {
        var w = Workspace.demo
        _ = try w.apply(.setScale(name: "five"))
        let before = w
        // Goal 4 is supporting; "osäkert" is a forecast grade of the five-level scale only.
        let uncertain = Assessment(checkpoint: "delår1", text: "Fler föreningar syns", grade: "osäkert")
        #expect(throws: (any Error).self) { _ = try w.apply(.setAssessment(goal: 4, checkpoint: "delår1", assessment: uncertain)) }
        #expect(w == before)
        let reached = Assessment(checkpoint: "delår1", text: "Fler föreningar syns", grade: "uppnått")
        _ = try w.apply(.setAssessment(goal: 4, checkpoint: "delår1", assessment: reached))
        #expect(w.goal(4)?.assessment(at: "delår1")?.grade == "uppnått")
        // A steering goal's assessment at an interim report may still carry a forecast grade.
        let steering = Assessment(checkpoint: "delår1", text: "Takten är osäker", grade: "osäkert")
        _ = try w.apply(.setAssessment(goal: 6, checkpoint: "delår1", assessment: steering))
        #expect(w.goal(6)?.assessment(at: "delår1")?.grade == "osäkert")
    }
}
