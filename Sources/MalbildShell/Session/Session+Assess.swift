import MalbildCore

extension Session {
    /// `assess qualitative "text" [--grade G] [--added-value "…"]…` at the current checkpoint.
    func assessQualitative(_ goal: Goal, text: String, _ inv: Invocation) throws {
        let grade = try inv.option("grade").map { try self.grade($0, result: checkpoint == "helår") }
        let added = inv.options["added-value"] ?? []
        if added.contains(where: \.isEmpty) { throw ShellError.failed("--added-value needs a text") }
        let assessment = Assessment(checkpoint: checkpoint, text: text, grade: grade?.words, addedValues: added)
        let replaced = goal.assessment(at: checkpoint) != nil
        try perform(.setAssessment(goal: goal.number, checkpoint: checkpoint, assessment: assessment))
        var line = "Goal \(goal.number), \(checkpoint): qualitative assessment \(replaced ? "replaced" : "recorded")"
        if let grade { line += ", " + GradeMark(grade: grade, color: console.useColor).render() }
        if !added.isEmpty { line += ", \(added.count) added value\(added.count == 1 ? "" : "s")" }
        say(line + ".")
    }

    /// The checkpoint a forecast is for, or the reason there can be none.
    func forecastCheckpoint() throws -> Checkpoint {
        guard let c = currentCheckpoint else { throw ShellError.failed("no checkpoint is chosen: use checkpoint delår1") }
        guard c.forecasts else {
            throw ShellError.failed("\(c.id) reports the year's result, not a forecast: use result GRADE \"…\", or checkpoint delår1|delår2")
        }
        return c
    }

    /// `forecast`: the suggestion with its reasoning, and what was set.
    func showForecast(_ goal: Goal) throws {
        guard goal.kind == .steering else { throw ShellError.failed(EditError.noForecastForSupportingGoal(goal.number).description) }
        let c = try forecastCheckpoint()
        let suggestion = ForecastEngine.suggest(for: goal, at: c, year: workspace.planYear)
        say(ForecastView(goal: goal, checkpoint: c, suggestion: suggestion, scale: workspace.scale,
                         width: console.width, color: console.useColor).render())
    }

    /// `forecast set GRADE "rationale"`.
    /// `suggested` records what the method suggested when a script rebuilds a
    /// workspace; otherwise the suggestion is computed now.
    func setForecast(_ goal: Goal, grade text: String, rationale: String, suggested given: String? = nil) throws {
        guard goal.kind == .steering else { throw ShellError.failed(EditError.noForecastForSupportingGoal(goal.number).description) }
        let c = try forecastCheckpoint()
        let grade = try grade(text, result: false)
        let suggested: String?
        if let given {
            suggested = given == "none" ? nil : given.replacingOccurrences(of: "-", with: " ")
        } else {
            suggested = ForecastEngine.suggest(for: goal, at: c, year: workspace.planYear).fulfilment
                .map { workspace.scale.forecastGrade(for: $0).words }
        }
        let forecast = Forecast(checkpoint: c.id, grade: grade.words, rationale: rationale, suggested: suggested)
        try perform(.setForecast(goal: goal.number, checkpoint: c.id, forecast: forecast))
        var line = "Goal \(goal.number), forecast at \(c.id): " + GradeMark(grade: grade, color: console.useColor).render()
        if let suggested, suggested != grade.words {
            line += " (overrides the suggested \(suggested))"
        } else if suggested != nil {
            line += " (as suggested)"
        }
        say(line)
    }

    /// `forecast all`: every steering goal at the checkpoint.
    func forecastAll() throws {
        let c = try forecastCheckpoint()
        say(ForecastTable(workspace: workspace, checkpoint: c, width: console.width, color: console.useColor).render())
    }
}
