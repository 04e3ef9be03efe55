import MalbildCore

/// Every steering goal's forecast at a checkpoint: suggested and set.
struct ForecastTable {
    let workspace: Workspace
    let checkpoint: Checkpoint
    let width: Int
    let color: Bool
    let t: Catalogue

    func render() -> String {
        let scale = workspace.scale
        let steering = workspace.goals.filter { $0.kind == .steering }
        if steering.isEmpty { return t(.noSteeringGoals) }
        var lines = [scale.isBuiltIn ? t(.forecastsAt, checkpoint.id, checkpoint.day, t.scaleName(scale.name))
            : t(.calForecastsAtOwnScale, checkpoint.id, checkpoint.day, scale.name)]
        var rows: [[String]] = []
        var rolledUp: [String] = []
        for goal in steering {
            let s = ForecastEngine.suggest(for: goal, at: checkpoint, in: workspace)
            var suggested = s.fulfilment.map { GradeMark(grade: scale.forecastGrade(for: $0), color: false).render() } ?? t(.cannotBeForecast)
            // A goal measured only through the goals under it: their roll-up is its suggestion.
            if s.fulfilment == nil, goal.indicators.isEmpty,
               let rolled = RollUp(of: goal.number, at: checkpoint.id, in: workspace)?.suggested {
                suggested = GradeMark(grade: scale.forecastGrade(for: rolled), color: false).render()
                rolledUp.append(goal.number.description)
            }
            let set = goal.forecast(at: checkpoint.id).map { GradeMark(words: $0.grade, scale: scale, color: false).render() } ?? t(.notSet)
            rows.append([goal.number.description, suggested, set, goal.title])
        }
        var table = TextLayout.table([t(.headGoal), t(.headSuggested), t(.headSet), t(.headTitle)], rows, width: width)
        if color {
            for grade in scale.forecastGrades {
                let plain = GradeMark(grade: grade, color: false).render()
                table = table.replacingOccurrences(of: plain, with: GradeMark(grade: grade, color: true).render())
            }
        }
        lines.append(table)
        if !rolledUp.isEmpty {
            lines.append(t(.suggestedFromGoalsUnder, rolledUp.joined(separator: ", ")))
        }
        let supporting = workspace.goals.filter { $0.kind == .supporting }.map { $0.number.description }
        if !supporting.isEmpty {
            lines.append(t(.supportingNoForecast, supporting.joined(separator: ", ")))
        }
        if workspace.goals.contains(where: { $0.indicators.contains { $0.hasExampleValues } }) {
            lines.append(t(.suggestionsFromExamples))
        }
        return lines.joined(separator: "\n")
    }
}
