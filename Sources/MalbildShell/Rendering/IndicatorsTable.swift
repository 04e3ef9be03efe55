import MalbildCore

/// Indicators of some goals: baseline, latest value, target, trend.
struct IndicatorsTable {
    let goals: [Goal]
    let width: Int

    func render() -> String {
        var rows: [[String]] = []
        for goal in goals {
            for i in goal.indicators {
                let s = IndicatorSummary(i)
                let latest = s.latest.map { Number.format($0.total ?? 0) + ($0.example ? "*" : "") } ?? "-"
                let base = i.baseline.map { Number.format($0.value) + ($0.example ? "*" : "") } ?? "-"
                let target = i.target.map { Number.format($0.value) + ($0.example ? "*" : "") } ?? "-"
                let ended = i.discontinued != nil ? " (ended)" : ""
                rows.append([String(goal.number), i.id, base, latest, target, s.trend.rawValue, i.name + ended])
            }
        }
        if rows.isEmpty {
            return goals.count == 1
                ? "Goal \(goals[0].number) has no indicators yet: indicator add ID \"NAME\" --source …"
                : "No indicators yet: choose a goal and use indicator add."
        }
        var text = TextLayout.table(["Mål", "ID", "Baseline", "Latest", "Target", "Trend", "Name"], rows, width: width)
        if goals.contains(where: { $0.indicators.contains { $0.hasExampleValues || $0.baseline?.example == true || $0.target?.example == true } }) {
            text += "\n* example value, not data from a real source"
        }
        return text
    }
}
