import MalbildCore

extension ReportData {
    /// Builds the data of a workspace's report at a checkpoint of its calendar.
    ///
    /// `checkpoint` is an id of the calendar, such as `delår1`, `delar1` or
    /// `helår`. A pure function of its arguments: the same workspace gives the
    /// same data.
    public init(_ workspace: Workspace, checkpoint id: String) throws(ReportError) {
        let calendar = workspace.calendar.checkpoints
        guard let checkpoint = workspace.calendar.checkpoint(id),
              let position = calendar.firstIndex(of: checkpoint)
        else {
            throw .unknownCheckpoint(id, known: calendar.map(\.id))
        }
        let history = Array(calendar[...position])
        let scale = workspace.scale
        let goals = workspace.goals.map { goal in
            var report = ReportGoal(goal, at: checkpoint, history: history, scale: scale)
            report.rollUp = ReportRollUp(goal, at: checkpoint, in: workspace)
            return report
        }

        var areas = workspace.areas.map { area in
            ReportArea(number: area.number, name: area.name, goals: [])
        }
        var homeless: [ReportGoal] = []
        // A goal under another without an area of its own is reported in the area of the goal above it.
        func area(of goal: Goal) -> Int? {
            if let area = goal.area { return area }
            return goal.number.parent.flatMap { workspace.goal($0) }.flatMap(area(of:))
        }
        for (goal, source) in zip(goals, workspace.goals) {
            if let a = areas.firstIndex(where: { $0.number != nil && $0.number == area(of: source) }) {
                areas[a].goals.append(goal)
            } else {
                homeless.append(goal)
            }
        }
        if !homeless.isEmpty {
            areas.append(ReportArea(number: nil, name: Swedish.noArea, goals: homeless))
        }

        let current = ReportCheckpoint(checkpoint)
        self.init(
            title: "\(current.name) per \(current.day)",
            workspace: workspace.name,
            body: workspace.body,
            municipality: workspace.municipality.name,
            // The year of the checkpoint: in a plan period of several years, the one followed up.
            planYear: workspace.planYears.contains(current.day.year) ? current.day.year : workspace.planYear,
            decision: workspace.decision.title,
            caseReference: workspace.decision.caseReference,
            paragraph: workspace.decision.paragraph,
            checkpoint: current,
            checkpoints: history.map(ReportCheckpoint.init),
            scale: scale.name,
            summary: ReportSummary(goals, scale: checkpoint.forecasts ? scale.forecastGrades : scale.resultGrades),
            areas: areas,
            hasExampleValues: goals.contains { $0.indicators.contains(where: \.example) }
        )
        let comparisons = ReportComparison.all(in: workspace)
        self.comparisons = comparisons.isEmpty ? nil : comparisons
    }
}

extension ReportSummary {
    /// Counts the steering goals by the grade of their forecast or result, in
    /// the order of `grades`, one without either as not assessed, and lists the
    /// goals without an assessment.
    init(_ goals: [ReportGoal], scale grades: [Grade]) {
        var counts = grades.map { GradeCount(grade: ReportGrade($0), count: 0) }
        // A steering goal without a forecast or result counts as not assessed, so
        // that the counts add up to the steering goals.
        let notAssessed = grades.first { $0.fulfilment == .notAssessed } ?? GradeScale.notAssessed
        let appraised = goals.filter { $0.kind == .steering }.map { $0.appraisal?.grade ?? ReportGrade(notAssessed) }
        for grade in appraised {
            if let i = counts.firstIndex(where: { $0.grade == grade }) {
                counts[i].count += 1
            } else {
                counts.append(GradeCount(grade: grade, count: 1))
            }
        }
        self.init(
            steeringGoals: goals.filter { $0.kind == .steering }.count,
            supportingGoals: goals.filter { $0.kind == .supporting }.count,
            grades: counts,
            unassessed: goals.filter { !$0.assessed }.map(\.reference)
        )
    }
}

extension ReportGoal {
    /// A goal at a checkpoint; `history` is the calendar up to and including it.
    init(_ goal: Goal, at checkpoint: Checkpoint, history: [Checkpoint], scale: GradeScale) {
        let forecast = checkpoint.forecasts && goal.kind == .steering
            ? goal.forecast(at: checkpoint.id).map { f in
                ReportAppraisal(grade: ReportGrade(words: f.grade, found: scale.forecastGrade(f.grade)), text: f.rationale)
            }
            : nil
        let result = checkpoint.forecasts
            ? nil
            : goal.result(at: checkpoint.id).map { r in
                ReportAppraisal(grade: ReportGrade(words: r.grade, found: scale.resultGrade(r.grade)), text: r.text)
            }
        // An assessment's grade is in the words of the checkpoint's list, or failing that the other's.
        func assessmentGrade(_ words: String) -> ReportGrade {
            let found = checkpoint.forecasts
                ? scale.forecastGrade(words) ?? scale.resultGrade(words)
                : scale.resultGrade(words) ?? scale.forecastGrade(words)
            return ReportGrade(words: words, found: found)
        }
        let assessment = goal.assessment(at: checkpoint.id).map { a in
            ReportAssessment(
                text: a.text,
                grade: a.grade.map(assessmentGrade),
                addedValues: a.addedValues
            )
        }
        let assessed: Bool
        switch goal.kind {
        case .steering: assessed = (checkpoint.forecasts ? forecast : result) != nil
        case .supporting: assessed = assessment != nil
        }
        self.init(
            number: goal.number,
            title: goal.title,
            kind: goal.kind,
            ambition: goal.ambition,
            status: goal.status,
            owner: goal.owner,
            forecast: forecast,
            result: result,
            assessment: assessment,
            activities: goal.activities,
            indicators: goal.indicators.map { ReportIndicator($0, checkpoints: history) },
            assessed: assessed,
            origin: goal.origin
        )
    }
}
