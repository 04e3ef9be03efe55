import Testing
@testable import MalbildCore

@Suite struct CriteriaCheckTests {
    func outcome(_ goal: Goal, _ c: Criterion) -> CriteriaCheck.Line {
        CriteriaCheck.check(goal)[Criterion.allCases.firstIndex(of: c) ?? 0]
    }

    @Test func steeringGoalFailsMeasurableWithoutBaselineAndTarget() {
        var goal = Goal(number: 6, title: "T", kind: .steering)
        goal.criteria.measurable = CriterionAssessment(verdict: .yes, justification: "NII")
        #expect(outcome(goal, .measurable).outcome == .failed)
        #expect(outcome(goal, .measurable).reason == .needsIndicator(lacks: []))
        goal.indicators = [Indicator(id: "nii", name: "NII", baseline: Reference(period: .year(2018), value: 40))]
        #expect(outcome(goal, .measurable).outcome == .failed)
        #expect(outcome(goal, .measurable).reason == .needsIndicator(lacks: [.noTarget(id: "nii")]))
        goal.indicators[0].target = Reference(period: .year(2019), value: 45)
        #expect(outcome(goal, .measurable).outcome == .passed)
        goal.indicators[0].discontinued = Discontinuation(replacedBy: nil, reason: "ended")
        #expect(outcome(goal, .measurable).outcome == .failed)
    }

    @Test func aVerdictOfNoFailsEvenWithIndicators() {
        var goal = Goal(number: 6, title: "T", kind: .steering)
        goal.indicators = [Indicator(id: "nii", name: "NII", baseline: Reference(period: .year(2018), value: 40),
                                     target: Reference(period: .year(2019), value: 45))]
        goal.criteria.measurable = CriterionAssessment(verdict: .no, justification: "Fel mått")
        #expect(outcome(goal, .measurable).outcome == .failed)
    }

    @Test func supportingGoalsFollowTheVerdicts() {
        var goal = Goal(number: 4, title: "T", kind: .supporting)
        #expect(CriteriaCheck.check(goal).map(\.outcome) == [.unknown, .unknown, .unknown])
        goal.criteria.influenceable = CriterionAssessment(verdict: .yes, justification: "Inom reglementet")
        goal.criteria.measurable = CriterionAssessment(verdict: .yes)
        goal.criteria.resourced = CriterionAssessment(verdict: .no, justification: "Ingen budget")
        let lines = CriteriaCheck.check(goal)
        #expect(lines.map(\.outcome) == [.passed, .passed, .failed])
        #expect(lines.map(\.missingJustification) == [false, true, false])
        #expect(lines[1].reason == .judged(.yes, justification: ""))
    }

    @Test func theDemoHasNoJudgedCriteriaButMeasuredSteeringGoals() {
        let lines = Workspace.demo.goals.flatMap { g in CriteriaCheck.check(g).map { (g.number, $0) } }
        #expect(lines.filter { $0.1.outcome == .passed }.map(\.0) == [1, 2, 3, 6])
        #expect(lines.filter { $0.1.outcome == .failed }.isEmpty)
    }
}
