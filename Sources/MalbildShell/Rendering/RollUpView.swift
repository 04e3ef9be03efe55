import MalbildCore

/// The roll-up of a goal's sub-goals ("träffbild"), checkpoint by checkpoint: the count
/// per grade of the goals right under it, the grade the rule suggests, and the grade the
/// working group set (its forecast, or its result at the year's end).
struct RollUpView {
    let goal: Goal
    let workspace: Workspace
    let width: Int
    let t: Catalogue
    /// The checkpoint chosen: the card lists the checkpoints up to it, not those to come;
    /// nil for all.
    var upTo: Checkpoint? = nil

    /// The section for the goal's card; empty when the goal has no sub-goals.
    func render() -> String {
        let children = workspace.children(of: goal.number)
        guard !children.isEmpty else { return "" }
        var lines = [t(.rollUpHeading, children.map(\.number.description).joined(separator: ", "))]
        lines.append(TextLayout.wrap(rule(at: nil), width: width, indent: "  "))
        // The ids in one column as wide as the longest (a calendar's own ids, e.g. augusti-2024),
        // the text wrapped beside it.
        let idWidth = workspace.calendar.checkpoints.map(\.id.displayWidth).reduce(7, max)
        let indent = String(repeating: " ", count: idWidth + 3)
        let points = workspace.calendar.checkpoints
        let last = upTo.flatMap { chosen in points.firstIndex { $0.id == chosen.id } } ?? points.count - 1
        for checkpoint in points.prefix(last + 1) {
            guard let rollUp = RollUp(of: goal.number, at: checkpoint.id, in: workspace) else { continue }
            let text = TextLayout.wrap(line(rollUp, at: checkpoint), width: width, indent: indent)
            lines.append("  " + TextLayout.pad(checkpoint.id, idWidth) + " " + text.dropFirst(indent.count))
        }
        lines += linkedGoals(children.filter { $0.origin != nil })
        return lines.joined(separator: "\n")
    }

    /// The goals of other workspaces under the goal (a consolidated view): each with where it
    /// comes from, its owner, and its grade at each checkpoint.
    func linkedGoals(_ goals: [Goal]) -> [String] {
        guard !goals.isEmpty else { return [] }
        var lines = [t(.rollUpLinkedHeading)]
        for goal in goals {
            guard let origin = goal.origin else { continue }
            let owner = goal.owner.map { " (\($0))" } ?? ""
            lines.append(TextLayout.wrap("\(goal.number) \(origin) \(goal.title)\(owner)", width: width, indent: "    "))
            let grades = workspace.calendar.checkpoints.map { checkpoint in
                let grade = RollUp.grade(of: goal, at: checkpoint, scale: workspace.scale)
                return "\(checkpoint.id) " + (grade.map { GradeMark(grade: $0, color: false).render() } ?? "–")
            }
            lines.append(TextLayout.wrap(grades.joined(separator: "; "), width: width, indent: "      "))
        }
        return lines
    }

    /// The rule the suggestion comes by: at a checkpoint, in the words of its list of
    /// grades; for the card (no checkpoint), for every checkpoint. With a scale whose grades
    /// carry thresholds, those thresholds.
    func rule(at checkpoint: Checkpoint?) -> String {
        let scale = workspace.scale
        let point = checkpoint ?? workspace.calendar.checkpoints.first
        let thresholds = point.map { RollUp.thresholds(of: scale, at: $0) } ?? []
        let forecasts = checkpoint?.forecasts ?? true
        func grade(_ fulfilment: Fulfilment) -> Grade {
            forecasts ? scale.forecastGrade(for: fulfilment)
                : scale.resultGrades.first { $0.fulfilment == fulfilment } ?? GradeScale.notAssessed
        }
        // On the card, which counts at every checkpoint, what counts where; at one, only that
        // goals not assessed count apart.
        let counted = " " + t(checkpoint == nil ? .resRollUpCounted : .resRollUpApart)
        if !thresholds.isEmpty {
            let steps = thresholds.map { t(.resRollUpFrom, GradeMark(grade: $0, color: false).render(), Number.percent($0.threshold ?? 1)) }
            return t(.resRollUpThresholdRule, steps.joined(separator: ", "), GradeMark(grade: grade(.notMet), color: false).render()) + counted
        }
        guard checkpoint != nil else { return t(.rollUpRule) }
        return t(.resRollUpRuleAt, grade(.met).words, grade(.partly).words, grade(.notMet).words) + counted
    }

    /// One checkpoint: counts, the suggestion and what was set.
    func line(_ rollUp: RollUp, at checkpoint: Checkpoint) -> String {
        let scale = workspace.scale
        let grades = checkpoint.forecasts ? scale.forecastGrades : scale.resultGrades
        var parts = rollUp.counts(in: grades).map { "\(GradeMark(grade: $0.grade, color: false).render()) \($0.count)" }
        let open = rollUp.notAssessed
        if !open.isEmpty { parts.append(t(.rollUpNotAssessed, open.count, open.map(\.description).joined(separator: ", "))) }
        var text = parts.joined(separator: ", ")
        if let suggested = rollUp.suggested {
            let grade = checkpoint.forecasts ? scale.forecastGrade(for: suggested)
                : (scale.resultGrades.first { $0.fulfilment == suggested } ?? GradeScale.notAssessed)
            text += "; " + t(.rollUpSuggests, GradeMark(grade: grade, color: false).render())
        } else {
            text += "; " + t(.rollUpNoSuggestion)
        }
        // The group's own grade, read as a child's would be: its forecast or result, or the
        // grade of its qualitative assessment (a supporting goal's).
        let set = RollUp.grade(of: goal, at: checkpoint, scale: scale)
        text += "; " + (set.map { t(.rollUpSet, GradeMark(grade: $0, color: false).render()) } ?? t(.rollUpNotSet))
        return text
    }
}
