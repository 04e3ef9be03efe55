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
/// The goal: met when every forecast indicator is met, not met when every one
/// is not met, otherwise partly; cannot be forecast when no indicator can.
public enum ForecastEngine {
    /// Suggests a forecast for a goal at a checkpoint of the workspace's calendar.
    public static func suggest(for goal: Goal, at checkpoint: Checkpoint, year: Int) -> ForecastSuggestion {
        let lines = goal.indicators.map { forecast($0, at: checkpoint.day, year: year) }
        let graded = lines.compactMap(\.fulfilment)
        let fulfilment: Fulfilment?
        let reason: ForecastReason
        if goal.indicators.isEmpty {
            fulfilment = nil
            reason = .noIndicators(goal: goal.number)
        } else if graded.isEmpty {
            fulfilment = nil
            reason = .noValuesAndTarget(until: checkpoint.day)
        } else if graded.allSatisfy({ $0 == .met }) {
            fulfilment = .met
            reason = .allMet
        } else if graded.allSatisfy({ $0 == .notMet }) {
            fulfilment = .notMet
            reason = .noneMet
        } else {
            fulfilment = .partly
            reason = .someMet
        }
        return ForecastSuggestion(fulfilment: fulfilment, reason: reason, indicators: lines)
    }

    /// The forecast of one indicator.
    static func forecast(_ indicator: Indicator, at day: Day, year: Int) -> IndicatorForecast {
        func line(_ f: Fulfilment?, _ reasoning: IndicatorReasoning) -> IndicatorForecast {
            IndicatorForecast(id: indicator.id, name: indicator.name, fulfilment: f, reasoning: reasoning)
        }
        if let ended = indicator.discontinued {
            return line(nil, .discontinued(replacedBy: ended.replacedBy))
        }
        guard let target = indicator.target?.value else {
            return line(nil, .noTarget)
        }
        let d = indicator.direction
        let values = indicator.currentValues.filter { $0.day.year == year && $0.day <= day && $0.total != nil }
        guard let last = values.last, let value = last.total else {
            return line(nil, .noValues(until: day))
        }
        let latest = IndicatorReasoning.Latest(value: value, day: last.day)
        if d.meets(value, target: target) {
            return line(.met, .meets(latest: latest, target: target))
        }
        let baseline = indicator.baseline?.value
        if let baseline, abs(target - baseline) < 1e-9 {
            return line(.notMet, .equalsBaseline(latest: latest, target: target))
        }
        if values.count >= 2 {
            let points = values.compactMap { m in m.total.map { (Double(m.day.dayOfYear), $0) } }
            let end = Double(Day.length(ofYear: year))
            let projected = Self.project(points, to: end)
            let from = baseline ?? points[0].1
            let share = abs(target - from) < 1e-9 ? 0 : (projected - from) / (target - from)
            func projection(_ share: Double?) -> IndicatorReasoning {
                .line(count: values.count, latest: latest, projected: projected, target: target, share: share)
            }
            if d.meets(projected, target: target) { return line(.met, projection(nil)) }
            if share >= 0.5 { return line(.partly, projection(share)) }
            return line(.notMet, projection(max(0, share)))
        }
        guard let baseline else {
            return line(.partly, .noBaseline(latest: latest, target: target))
        }
        let progress = (value - baseline) / (target - baseline)
        let gone = Double(day.dayOfYear) / Double(Day.length(ofYear: year))
        func pace(_ outcome: IndicatorReasoning.Pace) -> IndicatorReasoning {
            .pace(latest: latest, baseline: baseline, target: target, progress: progress, gone: gone, outcome: outcome)
        }
        if progress >= gone { return line(.met, pace(.onTrack)) }
        if progress > 0 { return line(.partly, pace(.behind)) }
        return line(.notMet, pace(.noProgress))
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
