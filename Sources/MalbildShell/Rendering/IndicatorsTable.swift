import MalbildCore

/// Indicators of some goals: baseline, latest value, target, trend.
struct IndicatorsTable {
    let goals: [Goal]
    let width: Int
    let t: Catalogue
    /// The characters the series are drawn with.
    var symbols: Sparkline.Symbols = .unicode
    /// The checkpoint chosen: each indicator's target is that of its period (the
    /// checkpoint's, else its year's, else the plan period's); nil for the one target.
    var checkpoint: Checkpoint? = nil

    func render() -> String {
        var rows: [[String]] = []
        for goal in goals {
            for i in goal.indicators {
                let s = IndicatorSummary(i)
                let latest = s.latest.map { t.number($0.total ?? 0) + ($0.example ? "*" : "") } ?? "-"
                let base = i.baseline.map { t.number($0.value) + ($0.example ? "*" : "") } ?? "-"
                let chosen = checkpoint.map { i.target(at: $0.id, year: $0.day.year) } ?? i.target
                // With targets for several periods, the period of the one shown.
                let period = i.targets.count > 1 ? chosen.map { " (\($0.period.description))" } ?? "" : ""
                let target = chosen.map { t.number($0.value) + ($0.example ? "*" : "") + period } ?? "-"
                let ended = i.discontinued != nil ? t(.endedParen) : ""
                // The total's series; women's and men's are on the goal card and in assess.
                let series = Sparkline(indicator: i, symbols: symbols)
                rows.append([goal.number.description, i.id, base, latest, target, t.trendText(s), series.isEmpty ? "-" : series.total, i.name + ended])
            }
        }
        if rows.isEmpty {
            return goals.count == 1
                ? t(.goalHasNoIndicators, goals[0].number)
                : t(.noIndicatorsYetChoose)
        }
        var text = TextLayout.table([t(.headGoal), "ID", t(.headBaseline), t(.headLatest), t(.headTarget), t(.headTrend), t(.headSeries), t(.headName)], rows, width: width, whole: [0, 1, 2, 3, 4, 6])
        if goals.contains(where: { $0.indicators.contains { $0.hasExampleValues || $0.baseline?.example == true || $0.target?.example == true } }) {
            text += "\n" + t(.exampleFootnote)
        }
        return text
    }
}
