/// Suggests a forecast of goal fulfilment for a steering goal at an interim
/// checkpoint, from its indicators' values, with its reasoning.
///
/// The method, per indicator that has a target:
/// 1. Only values of the plan year up to the checkpoint's day count. With
///    none, the indicator cannot be forecast ("no values this year"): many
///    indices, NII among them, are measured once a year.
/// 2. A latest value that already meets the target: met.
/// 3. Two or more values this year: a straight line through them (least
///    squares over the day of the year) is projected to 31 December. Met if
///    the projection meets the target; partly if it covers at least half the
///    way from the baseline (or from the year's first value); otherwise not met.
/// 4. One value this year: its progress from baseline to target is compared
///    with the share of the year gone. At least that share: met (on track);
///    some progress: partly; none or backwards: not met. Without a baseline
///    there is no pace to judge: partly.
/// 5. A baseline equal to the target: met only when the value meets it.
///
/// 6. A yearly series (every value dated 31 December, as Kolada's are) has no
///    value of the year at an interim checkpoint: its values of earlier years
///    count instead. Last year's outcome already meeting the target: met; two or
///    more yearly values: a straight line through them is read at 31 December of
///    the checkpoint's year, as in 3; one: partly, the pace cannot be judged.
/// 7. When the scale in use gives a partly met grade a threshold (a share of the
///    target reached), the year's expected value is judged by it instead of by the
///    way covered: met when it meets the target, partly when it reaches the
///    threshold's share of it, otherwise not met.
///
/// The target is the one for the period in question: the checkpoint's own, else
/// its year's, else the plan period's, else the indicator's one target.
///
/// The goal: met when every forecast indicator is met, not met when every one
/// is not met, otherwise partly; cannot be forecast when no indicator can.
public enum ForecastEngine {
    /// Suggests a forecast for a goal at a checkpoint of a workspace's calendar, with the
    /// targets of the checkpoint's period and the thresholds of the scale in use.
    public static func suggest(for goal: Goal, at checkpoint: Checkpoint, in workspace: Workspace) -> ForecastSuggestion {
        suggest(for: goal, at: checkpoint, year: checkpoint.day.year, partlyShare: workspace.scale.partlyThreshold)
    }

    /// Suggests a forecast for a goal at a checkpoint of the workspace's calendar.
    public static func suggest(for goal: Goal, at checkpoint: Checkpoint, year: Int, partlyShare: Double? = nil) -> ForecastSuggestion {
        let lines = goal.indicators.map {
            forecast($0, at: checkpoint.day, year: year, target: $0.target(at: checkpoint.id, year: year), partlyShare: partlyShare)
        }
        let graded = lines.compactMap(\.fulfilment)
        let fulfilment: Fulfilment?
        let reason: String
        if goal.indicators.isEmpty {
            fulfilment = nil
            reason = "cannot be forecast: goal \(goal.number) has no indicators (add one with indicator add)"
        } else if graded.isEmpty {
            fulfilment = nil
            reason = "cannot be forecast: no indicator has values this year up to \(checkpoint.day) and a target"
        } else if graded.allSatisfy({ $0 == .met }) {
            fulfilment = .met
            reason = "every indicator that can be forecast is expected to reach its target"
        } else if graded.allSatisfy({ $0 == .notMet }) {
            fulfilment = .notMet
            reason = "no indicator that can be forecast is expected to reach its target"
        } else {
            fulfilment = .partly
            reason = "some indicators are expected to reach their targets, some not"
        }
        return ForecastSuggestion(fulfilment: fulfilment, reason: reason, indicators: lines)
    }

    /// The forecast of one indicator.
    static func forecast(_ indicator: Indicator, at day: Day, year: Int) -> IndicatorForecast {
        forecast(indicator, at: day, year: year, target: indicator.target, partlyShare: nil)
    }

    /// The words that begin the reasoning for a yearly series.
    public static let yearlyPrefix = "yearly series (every value dated 31 December), none yet this year: "

    /// Whether an indicator's values are yearly: at least one, and every value in force
    /// dated 31 December.
    public static func isYearly(_ indicator: Indicator) -> Bool {
        let values = indicator.currentValues
        return !values.isEmpty && values.allSatisfy { $0.day.month == 12 && $0.day.day == 31 }
    }

    /// The forecast of one indicator against a target, with a scale's threshold for partly.
    static func forecast(
        _ indicator: Indicator, at day: Day, year: Int, target reference: Reference?, partlyShare: Double?
    ) -> IndicatorForecast {
        func line(_ f: Fulfilment?, _ text: String) -> IndicatorForecast {
            IndicatorForecast(id: indicator.id, name: indicator.name, fulfilment: f, reasoning: text)
        }
        if let ended = indicator.discontinued {
            return line(nil, "discontinued" + (ended.replacedBy.map { ", replaced by \($0)" } ?? "") + ": not forecast")
        }
        guard let target = reference?.value else {
            return line(nil, "no target: not forecast")
        }
        let d = indicator.direction
        let values = indicator.currentValues.filter { $0.day.year == year && $0.day <= day && $0.total != nil }
        let targetText = "target \(Number.format(target))"
        guard let last = values.last, let latest = last.total else {
            if isYearly(indicator), let yearly = yearlyForecast(indicator, at: day, year: year, target: target, partlyShare: partlyShare) {
                return line(yearly.0, yearlyPrefix + yearly.1)
            }
            return line(nil, "cannot be forecast: no values this year up to \(day)")
        }
        let latestText = "latest \(Number.format(latest)) (\(last.day))"
        if d.meets(latest, target: target) {
            return line(.met, "\(latestText) already meets the \(targetText)")
        }
        if let partlyShare {
            let expected: (Double, String)
            if values.count >= 2 {
                let points = values.compactMap { m in m.total.map { (Double(m.day.dayOfYear), $0) } }
                let projected = Self.project(points, to: Double(Day.length(ofYear: year)))
                expected = (projected, "\(values.count) values this year, \(latestText); a straight line through them gives "
                    + "\(Number.format(projected)) on 31 December against the \(targetText)")
            } else {
                expected = (latest, "\(latestText) against the \(targetText)")
            }
            let judged = judge(expected.0, target: target, direction: d, partlyShare: partlyShare)
            return line(judged.0, expected.1 + judged.1)
        }
        let baseline = indicator.baseline?.value
        if let baseline, abs(target - baseline) < 1e-9 {
            return line(.notMet, "\(latestText) does not meet the \(targetText), which equals the baseline")
        }
        if values.count >= 2 {
            let points = values.compactMap { m in m.total.map { (Double(m.day.dayOfYear), $0) } }
            let end = Double(Day.length(ofYear: year))
            let projected = Self.project(points, to: end)
            let from = baseline ?? points[0].1
            let share = abs(target - from) < 1e-9 ? 0 : (projected - from) / (target - from)
            let text = "\(values.count) values this year, \(latestText); a straight line through them gives "
                + "\(Number.format(projected)) on 31 December against the \(targetText)"
            if d.meets(projected, target: target) { return line(.met, text + ": reached") }
            if share >= 0.5 { return line(.partly, text + ": \(Number.percent(share)) of the way") }
            return line(.notMet, text + ": \(Number.percent(max(0, share))) of the way")
        }
        guard let baseline else {
            return line(.partly, "\(latestText), \(targetText), no baseline: the pace cannot be judged from one value")
        }
        let progress = (latest - baseline) / (target - baseline)
        let gone = Double(day.dayOfYear) / Double(Day.length(ofYear: year))
        let text = "\(latestText), baseline \(Number.format(baseline)), \(targetText): "
            + "\(Number.percent(progress)) of the way with \(Number.percent(gone)) of the year gone"
        if progress >= gone { return line(.met, text + ": on track") }
        if progress > 0 { return line(.partly, text + ": behind the pace") }
        return line(.notMet, text + ": no progress")
    }

    /// A yearly series at a checkpoint before the year's value is out: judged from the
    /// values of earlier years; nil when there are none.
    static func yearlyForecast(
        _ indicator: Indicator, at day: Day, year: Int, target: Double, partlyShare: Double?
    ) -> (Fulfilment, String)? {
        let d = indicator.direction
        let earlier = indicator.currentValues.filter { $0.day < day && $0.total != nil }
        guard let last = earlier.last, let latest = last.total else { return nil }
        let targetText = "target \(Number.format(target))"
        let latestText = "latest \(Number.format(latest)) (\(last.day))"
        if d.meets(latest, target: target) {
            return (.met, "\(latestText) already meets the \(targetText)")
        }
        guard earlier.count >= 2 else {
            if let partlyShare {
                let judged = judge(latest, target: target, direction: d, partlyShare: partlyShare)
                return (judged.0, "\(latestText) against the \(targetText)" + judged.1)
            }
            return (.partly, "\(latestText) against the \(targetText): one yearly value, the pace cannot be judged")
        }
        let points = earlier.compactMap { m in m.total.map { (Double(m.day.year), $0) } }
        let projected = Self.project(points, to: Double(year))
        let head = "\(earlier.count) yearly values, \(latestText); a straight line through them gives "
            + "\(Number.format(projected)) for \(year) against the \(targetText)"
        if let partlyShare {
            let judged = judge(projected, target: target, direction: d, partlyShare: partlyShare)
            return (judged.0, head + judged.1)
        }
        if d.meets(projected, target: target) { return (.met, head + ": reached") }
        let from = indicator.baseline?.value ?? points[0].1
        let share = abs(target - from) < 1e-9 ? 0 : (projected - from) / (target - from)
        if share >= 0.5 { return (.partly, head + ": \(Number.percent(share)) of the way") }
        return (.notMet, head + ": \(Number.percent(max(0, share))) of the way")
    }

    /// An expected value judged by a scale's threshold: the share of the target it
    /// reaches, and the words that end the reasoning.
    static func judge(_ value: Double, target: Double, direction: Direction, partlyShare: Double) -> (Fulfilment, String) {
        if direction.meets(value, target: target) { return (.met, ": reached") }
        let reached: Double
        switch direction {
        case .higher: reached = abs(target) < 1e-9 ? 0 : value / target
        case .lower: reached = abs(value) < 1e-9 ? 0 : target / value
        }
        let text = ": \(Number.percent(max(0, reached))) of the target"
        if reached >= partlyShare { return (.partly, text + ", at least \(Number.percent(partlyShare)) is partly") }
        return (.notMet, text + ", below \(Number.percent(partlyShare))")
    }

    /// The least-squares line through points, read at x.
    static func project(_ points: [(Double, Double)], to x: Double) -> Double {
        let n = Double(points.count)
        let mx = points.map(\.0).reduce(0, +) / n
        let my = points.map(\.1).reduce(0, +) / n
        let sxx = points.map { ($0.0 - mx) * ($0.0 - mx) }.reduce(0, +)
        guard sxx > 0 else { return my }
        let sxy = points.map { ($0.0 - mx) * ($0.1 - my) }.reduce(0, +)
        return my + sxy / sxx * (x - mx)
    }
}
