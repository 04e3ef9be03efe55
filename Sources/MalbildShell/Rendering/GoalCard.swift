import Foundation
import MalbildCore

/// A goal's card: everything about one goal, as `goal N` and `show` print it.
struct GoalCard {
    let goal: Goal
    let workspace: Workspace
    let width: Int
    let t: Catalogue
    /// The characters the series are drawn with.
    var symbols: Sparkline.Symbols = .unicode
    /// The titles of goals in other workspaces that the store could read, for a linked parent.
    var linkedTitles: [GoalLink: String] = [:]
    /// The checkpoint whose period's targets are shown; the indicators' first targets when nil.
    var checkpoint: Checkpoint?

    func render() -> String {
        var out: [String] = []
        out.append(TextLayout.wrap("Mål \(goal.number). \(goal.title)", width: width))
        if let number = goal.area, let area = workspace.area(number) {
            out.append(TextLayout.field(t(.areaLabel), "\(number) \(area.name)", labelWidth: labelWidth, width: width))
        } else {
            out.append(TextLayout.field(t(.areaLabel), t(.noneWord), labelWidth: labelWidth, width: width))
        }
        out.append(TextLayout.field(t(.kindLabel), GoalCard.kindLine(goal.kind, t: t), labelWidth: labelWidth, width: width))
        out.append(TextLayout.field(t(.statusLabel), t.statusWord(goal.status), labelWidth: labelWidth, width: width))
        if let owner = goal.owner {
            out.append(TextLayout.field(t(.ownerLabel), owner, labelWidth: labelWidth, width: width))
        }
        if let parent = goal.number.parent, let above = workspace.goal(parent) {
            out.append(TextLayout.field(t(.parentGoalLabel), "\(parent) \(above.title)", labelWidth: labelWidth, width: width))
        }
        if let link = goal.linkedParent {
            let text = linkedTitles[link].map { "\(link) \($0)" } ?? t(.linkedParentUnresolved, link, link.workspace)
            out.append(TextLayout.field(t(.parentGoalLabel), text, labelWidth: labelWidth, width: width))
        }
        out.append("")
        out.append("Ambitionsnivå:")
        out.append(goal.ambition.isEmpty
            ? t(.ambitionNotWritten)
            : TextLayout.wrap(goal.ambition, width: width, indent: "  "))
        out.append("")
        out.append(t(.criteriaLabel))
        out.append(CriteriaView(goal: goal, width: width, t: t).render(indent: "  "))
        out.append("")
        out.append(GoalCard.list(t(.documentsHeading), goal.documents, width: width, t: t))
        out.append(GoalCard.list(t(.strategiesHeading), goal.strategies, width: width, t: t))
        out.append(GoalCard.notes(goal.notes, width: width, t: t))
        out.append(indicators())
        out.append(followUp())
        let rollUp = RollUpView(goal: goal, workspace: workspace, width: width, t: t, upTo: checkpoint).render()
        if !rollUp.isEmpty { out.append(rollUp) }
        if !goal.activities.isEmpty {
            out.append(t(.activitiesLabel) + ActivitiesView.shares(goal.activities, t: t).drop { $0 != ":" }.dropFirst(2) + t(.seeActivities))
        }
        return out.joined(separator: "\n")
    }

    /// One line per indicator: latest value against baseline and target.
    private func indicators() -> String {
        if goal.indicators.isEmpty {
            let children = workspace.children(of: goal.number).map(\.number.description)
            if goal.kind == .steering, !children.isEmpty { return TextLayout.wrap(t(.resIndicatorsThrough, children.joined(separator: ", ")), width: width) }
            return goal.kind == .steering ? t(.indicatorsNoneSteering) : t(.indicatorsNone)
        }
        var lines = [t(.indicatorsHeading)]
        var examples = false
        func value(_ v: Double?, _ example: Bool) -> String {
            examples = examples || example
            return v.map { t.number($0) + (example ? "*" : "") } ?? "-"
        }
        for i in goal.indicators {
            let target = checkpoint.map { i.target(at: $0.id, year: $0.day.year) } ?? i.target
            let s = IndicatorSummary(i, asOf: nil, target: target)
            var text = "\(i.id): \(i.name)" + (i.unit.isEmpty ? "" : " (\(i.unit))") + (i.discontinued != nil ? t(.endedComma) : "")
            if let owner = i.owner { text += t(.cardIndicatorOwner, owner) }
            text += t(.cardLatest) + (s.latest.map { t(.valueOnDay, value($0.total, $0.example), $0.day) } ?? t(.noneWord))
            text += t(.cardBaseline) + value(i.baseline?.value, i.baseline?.example ?? false)
            text += t(.cardTarget) + value(target?.value, target?.example ?? false)
            if i.targets.count > 1 { text += " (\(target?.period.description ?? "-")); " + MeasurementText.otherTargets(i, besides: target, t: t) }
            text += t(.cardTrend) + t.trendText(s)
            let wrapped = TextLayout.wrap(text, width: width, indent: "    ")
            lines.append("  " + wrapped.dropFirst(4))
            if let series = Sparkline(indicator: i, symbols: symbols).line(t: t) {
                lines.append(TextLayout.wrap(series, width: width, indent: "    "))
            }
        }
        if examples { lines.append("  " + t(.exampleFootnote)) }
        return lines.joined(separator: "\n")
    }

    /// The forecasts, assessments and result recorded, by checkpoint.
    private func followUp() -> String {
        var lines: [String] = []
        let scale = workspace.scale
        for c in workspace.calendar.checkpoints {
            var parts: [String] = []
            if let f = goal.forecast(at: c.id) { parts.append(t(.cardForecast) + GradeMark(words: f.grade, scale: scale, color: false).render()) }
            if let a = goal.assessment(at: c.id) {
                parts.append(t(.cardAssessed) + (a.grade.map { " " + GradeMark(words: $0, scale: scale, color: false).render() } ?? ""))
            }
            if let r = goal.result(at: c.id) { parts.append(t(.cardResult) + GradeMark(words: r.grade, scale: scale, color: false).render()) }
            let idWidth = max(7, workspace.calendar.checkpoints.map(\.id.count).max() ?? 7)
            if !parts.isEmpty { lines.append("  \(TextLayout.pad(c.id, idWidth)) " + parts.joined(separator: "; ")) }
        }
        if lines.isEmpty {
            return goal.kind == .steering
                ? t(.followUpNothingSteering)
                : t(.followUpNothingSupporting)
        }
        return ([t(.followUpHeading)] + lines).joined(separator: "\n")
    }

    /// The kind with what it means for follow-up.
    static func kindLine(_ kind: GoalKind, t: Catalogue) -> String {
        switch kind {
        case .steering: return t(.kindLineSteering)
        case .supporting: return t(.kindLineSupporting)
        }
    }

    /// The width of the card's labels: "Status:" and its Swedish kin.
    private var labelWidth: Int {
        t.language == .sv ? 10 : 9
    }

    /// A numbered list under a heading, or "none".
    static func list(_ heading: String, _ items: [String], width: Int, t: Catalogue) -> String {
        if items.isEmpty { return "\(heading): " + t(.noneWord) }
        var lines = ["\(heading):"]
        for (i, item) in items.enumerated() {
            let text = TextLayout.wrap(item, width: width, indent: "     ")
            lines.append("  \(i + 1). " + text.dropFirst(5))
        }
        return lines.joined(separator: "\n")
    }

    /// Notes with their times.
    static func notes(_ notes: [Note], width: Int, t: Catalogue) -> String {
        if notes.isEmpty { return t(.notesLabel) + " " + t(.noneWord) }
        var lines = [t(.notesLabel)]
        for note in notes {
            lines.append("  " + NoteTime.format(note.time))
            lines.append(TextLayout.wrap(note.text, width: width, indent: "    "))
        }
        return lines.joined(separator: "\n")
    }
}
