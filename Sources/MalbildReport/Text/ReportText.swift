import MalbildCore

/// Sentences of a report that every format writes the same way, built from
/// its data; texts from the workspace come through unescaped, for each
/// format to escape.
enum ReportText {
    /// What the goals are: the decision's title, or the body and the year.
    static func subject(_ data: ReportData) -> String {
        if !data.decision.isEmpty { return data.decision }
        return data.body.isEmpty ? "Mål \(data.planYear)" : "\(data.body), mål \(data.planYear)"
    }

    /// Who and which case: "Kommunstyrelsen, Vaggeryd, KS 2018/109 §55".
    static func origin(_ data: ReportData) -> String {
        let caseText = [data.caseReference, data.paragraph].filter { !$0.isEmpty }.joined(separator: " ")
        return [data.body, data.municipality, caseText].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// What the report follows up at its checkpoint.
    static func scope(_ data: ReportData) -> String {
        data.checkpoint.forecasts
            ? "Uppföljning per \(data.checkpoint.day) med prognos för måluppfyllelse vid årets slut."
            : "Uppföljning av helåret \(data.planYear) med resultat per \(data.checkpoint.day)."
    }

    /// The warning at the top of a report with example values.
    static let exampleNote = "Rapporten innehåller exempelvärden, markerade ”ex.”: de är inte uppmätta data."

    /// The legend under a table with example values.
    static let exampleLegend = "ex. = exempelvärde, inte uppmätt data."

    /// How many goals of each kind.
    static func goalCounts(_ summary: ReportSummary) -> String {
        if summary.steeringGoals + summary.supportingGoals == 0 { return "Arbetsytan har inga mål ännu." }
        return "Styrande mål: \(summary.steeringGoals). Stödjande mål (inriktningsmål): \(summary.supportingGoals)."
    }

    /// The caption of the table of grades.
    static func gradesCaption(_ data: ReportData) -> String {
        data.checkpoint.forecasts
            ? "Prognos för måluppfyllelse per \(data.checkpoint.day)"
            : "Resultat per \(data.checkpoint.day)"
    }

    /// The heading of the list of goals without an assessment.
    static func unassessedHeading(_ data: ReportData) -> String {
        "Mål utan bedömning per \(data.checkpoint.day)"
    }

    /// What is said when every goal has its assessment.
    static func allAssessed(_ data: ReportData) -> String {
        "Alla mål har en bedömning per \(data.checkpoint.day)."
    }

    /// A goal's heading: "Mål 6. Ökat medborgarinflytande".
    static func goalHeading(_ goal: ReportGoal) -> String {
        "Mål \(goal.number). \(goal.title)"
    }

    /// An area's heading.
    static func areaHeading(_ area: ReportArea) -> String {
        area.number == nil ? area.name : "Målområde: \(area.name)"
    }

    /// An indicator's name with its unit: "Nöjd Inflytande-Index (NII), index 0–100".
    static func indicatorName(_ indicator: ReportIndicator) -> String {
        indicator.unit.isEmpty ? indicator.name : "\(indicator.name), \(indicator.unit)"
    }

    /// Where the values come from and which way is better.
    static func indicatorSource(_ indicator: ReportIndicator) -> String {
        "\(indicator.sourceName); \(Swedish.direction(indicator.direction))."
            + (indicator.owner.map { " Ansvarig: \($0)." } ?? "")
    }

    /// How the series ended, when it has.
    static func discontinued(_ indicator: ReportIndicator) -> String? {
        guard let ended = indicator.discontinued else { return nil }
        let next = ended.replacedBy.map { " Ersätts av \($0)." } ?? ""
        let reason = ended.reason.isEmpty ? "" : ": \(ended.reason)"
        return "Serien har upphört\(reason).\(next)"
    }

    /// A baseline or target: "50 (2018)", "–" when not set.
    /// The target of the report's period, with the targets of the other periods after its own.
    static func target(_ indicator: ReportIndicator) -> ValueCell {
        var cell = reference(indicator.target)
        if let others = indicator.otherTargets, !others.isEmpty {
            let list = others.map { "\(Swedish.number($0.value)) (\($0.period == "plan" ? "planperioden" : $0.period))" }
            cell.detail = [cell.detail, "övriga målvärden " + list.joined(separator: ", ")].compactMap { $0 }.joined(separator: "; ")
        }
        return cell
    }

    static func reference(_ reference: ReportReference?) -> ValueCell {
        guard let reference else { return ValueCell(value: "–") }
        return ValueCell(value: Swedish.number(reference.value), detail: reference.period == "plan" ? "planperioden" : reference.period,
                         example: reference.example)
    }

    /// The latest value: "52,5 (2019-04-30)", "saknas" when there is none.
    static func latest(_ value: ReportValue?) -> ValueCell {
        guard let value, let total = value.total else { return ValueCell(value: "saknas") }
        return ValueCell(value: Swedish.number(total), detail: value.day.description, example: value.example)
    }

    /// Women's or men's value of the latest measurement, "–" when not split.
    static func part(_ number: Double?, of value: ReportValue?) -> ValueCell {
        guard let number else { return ValueCell(value: "–") }
        return ValueCell(value: Swedish.number(number), example: value?.example == true)
    }

    /// What the report says after an activity's text: its status, owner and due day.
    static func activityDetails(_ activity: Activity) -> String {
        var details: [String] = []
        if let owner = activity.owner, !owner.isEmpty { details.append("ansvarig: \(owner)") }
        if let due = activity.due { details.append("senast \(due)") }
        let status = activity.status.rawValue
        return details.isEmpty ? status : "\(status) (\(details.joined(separator: "; ")))"
    }

    /// The six cells of an indicator's row after its name, each with whether it holds an example value.
    static func indicatorCells(_ indicator: ReportIndicator) -> [ValueCell] {
        [
            reference(indicator.baseline),
            latest(indicator.latest),
            target(indicator),
            ValueCell(value: indicator.checkpoints.last?.trendWords ?? Swedish.trend(indicator.trend)),
            part(indicator.latest?.women, of: indicator.latest),
            part(indicator.latest?.men, of: indicator.latest),
        ]
    }

    /// The column headings of the indicator table.
    static let indicatorColumns = ["Indikator", "Utgångsvärde", "Senaste värde", "Målvärde", "Trend", "Kvinnor", "Män"]
}
