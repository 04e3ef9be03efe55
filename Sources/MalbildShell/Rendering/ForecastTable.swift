import MalbildCore

/// Every steering goal's forecast at a checkpoint: suggested and set.
struct ForecastTable {
    let workspace: Workspace
    let checkpoint: Checkpoint
    let width: Int
    let color: Bool

    func render() -> String {
        let scale = workspace.scale
        let steering = workspace.goals.filter { $0.kind == .steering }
        if steering.isEmpty { return "No steering goals: forecasts are reported only for steering goals." }
        var lines = ["Forecasts at \(checkpoint.id) (\(checkpoint.day)), \(scale.name)-level scale:"]
        var rows: [[String]] = []
        for goal in steering {
            let s = ForecastEngine.suggest(for: goal, at: checkpoint, year: workspace.planYear)
            let suggested = s.fulfilment.map { GradeMark(grade: scale.forecastGrade(for: $0), color: false).render() } ?? "cannot be forecast"
            let set = goal.forecast(at: checkpoint.id).map { GradeMark(words: $0.grade, scale: scale, color: false).render() } ?? "not set"
            rows.append([String(goal.number), suggested, set, goal.title])
        }
        var table = TextLayout.table(["Mål", "Suggested", "Set", "Title"], rows, width: width)
        if color {
            for grade in scale.forecastGrades {
                let plain = GradeMark(grade: grade, color: false).render()
                table = table.replacingOccurrences(of: plain, with: GradeMark(grade: grade, color: true).render())
            }
        }
        lines.append(table)
        let supporting = workspace.goals.filter { $0.kind == .supporting }.map { String($0.number) }
        if !supporting.isEmpty {
            lines.append("Supporting goals (inriktningsmål) \(supporting.joined(separator: ", ")): no forecast is reported; see assess.")
        }
        if workspace.goals.contains(where: { $0.indicators.contains { $0.hasExampleValues } }) {
            lines.append("Suggestions are computed from example values, not data.")
        }
        return lines.joined(separator: "\n")
    }
}
