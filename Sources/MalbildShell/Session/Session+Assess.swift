import MalbildCore

extension Session {
    /// `assess qualitative "text" [--grade G] [--added-value "…"]…` at the current checkpoint.
    func assessQualitative(_ goal: Goal, text: String, _ inv: Invocation) throws {
        // A supporting goal has no forecast: its grade is an outcome at every checkpoint.
        let outcome = currentCheckpoint?.forecasts == false || goal.kind == .supporting
        let grade = try inv.option("grade").map { try self.grade($0, result: outcome) }
        let added = inv.options["added-value"] ?? []
        if added.contains(where: \.isEmpty) { throw failure(.addedValueNeedsText) }
        let assessment = Assessment(checkpoint: checkpoint, text: text, grade: grade?.words, addedValues: added)
        let replaced = goal.assessment(at: checkpoint) != nil
        try perform(.setAssessment(goal: goal.number, checkpoint: checkpoint, assessment: assessment))
        var line = t(replaced ? .assessmentReplaced : .assessmentRecorded, goal.number, checkpoint)
        if let grade { line += ", " + GradeMark(grade: grade, color: console.useColor).render() }
        if !added.isEmpty { line += t(.addedValuesCount, added.count) }
        say(line + ".")
    }

    /// The checkpoint a forecast is for, or the reason there can be none.
    func forecastCheckpoint() throws -> Checkpoint {
        guard let c = currentCheckpoint else { throw failure(.noCheckpointChosen) }
        guard c.forecasts else {
            throw failure(.checkpointReportsResult, c.id)
        }
        return c
    }

    /// `forecast`: the suggestion with its reasoning, and what was set.
    func showForecast(_ goal: Goal) throws {
        guard goal.kind == .steering else { throw ShellError.failed(t.describe(EditError.noForecastForSupportingGoal(goal.number))) }
        let c = try forecastCheckpoint()
        let suggestion = ForecastEngine.suggest(for: goal, at: c, in: workspace)
        say(ForecastView(goal: goal, checkpoint: c, suggestion: suggestion, scale: workspace.scale,
                         width: console.width, color: console.useColor, t: t).render())
        // A goal with goals under it shows how they stand, and what the rule suggests from them.
        if let rollUp = RollUp(of: goal.number, at: c.id, in: workspace) {
            let view = RollUpView(goal: goal, workspace: workspace, width: console.width, t: t)
            say(TextLayout.field(t(.rollUpLabel), view.line(rollUp, at: c), labelWidth: 13, width: console.width))
            say(TextLayout.wrap(view.rule(at: c), width: console.width, indent: "             "))
        }
    }

    /// `forecast set GRADE "rationale"`.
    /// `suggested` records what the method suggested when a script rebuilds a
    /// workspace; otherwise the suggestion is computed now.
    func setForecast(_ goal: Goal, grade text: String, rationale: String, suggested given: String? = nil) throws {
        guard goal.kind == .steering else { throw ShellError.failed(t.describe(EditError.noForecastForSupportingGoal(goal.number))) }
        let c = try forecastCheckpoint()
        let (grade, rationale) = try grade(text, then: rationale, result: false)
        guard !rationale.isEmpty else { throw failure(.rationaleMissing) }
        let suggested: String?
        if let given {
            suggested = given == "none" ? nil : given.replacingOccurrences(of: "-", with: " ")
        } else {
            let own = ForecastEngine.suggest(for: goal, at: c, in: workspace).fulfilment
            // Without indicators of its own, a goal's suggestion is the roll-up of the goals under it.
            let rolled = goal.indicators.isEmpty ? RollUp(of: goal.number, at: c.id, in: workspace)?.suggested : nil
            suggested = (own ?? rolled).map { workspace.scale.forecastGrade(for: $0).words }
        }
        let forecast = Forecast(checkpoint: c.id, grade: grade.words, rationale: rationale, suggested: suggested)
        try perform(.setForecast(goal: goal.number, checkpoint: c.id, forecast: forecast))
        var line = t(.forecastSet, goal.number, c.id) + GradeMark(grade: grade, color: console.useColor).render()
        if let suggested, suggested != grade.words {
            line += t(.overridesSuggested, suggested)
        } else if suggested != nil {
            line += t(.asSuggested)
        }
        say(line)
    }

    /// `forecast all`: every steering goal at the checkpoint.
    func forecastAll() throws {
        let c = try forecastCheckpoint()
        say(ForecastTable(workspace: workspace, checkpoint: c, width: console.width, color: console.useColor, t: t).render())
    }
}
