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
        let children = workspace.children(of: goal.number)
        if goal.indicators.isEmpty, !children.isEmpty {
            return ForecastSuggestion(fulfilment: nil, reason: .throughGoalsUnder(goal: goal.number, goals: children.map(\.number)), indicators: [])
        }
        return suggest(for: goal, at: checkpoint, year: checkpoint.day.year, partlyShare: workspace.scale.partlyThreshold)
    }

    /// Suggests a forecast for a goal at a checkpoint of the workspace's calendar.
    public static func suggest(for goal: Goal, at checkpoint: Checkpoint, year: Int, partlyShare: Double? = nil) -> ForecastSuggestion {
        let lines = goal.indicators.map {
            forecast($0, at: checkpoint.day, year: year, target: $0.target(at: checkpoint.id, year: year), partlyShare: partlyShare)
        }
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
            reason = graded.contains(.met) ? .someMet : .partlyOnly
        }
        return ForecastSuggestion(fulfilment: fulfilment, reason: reason, indicators: lines)
    }

    /// The forecast of one indicator.
    static func forecast(_ indicator: Indicator, at day: Day, year: Int) -> IndicatorForecast {
        forecast(indicator, at: day, year: year, target: indicator.target, partlyShare: nil)
    }

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
        func line(_ f: Fulfilment?, _ reasoning: IndicatorReasoning) -> IndicatorForecast {
            IndicatorForecast(id: indicator.id, name: indicator.name, fulfilment: f, reasoning: reasoning)
        }
        if let ended = indicator.discontinued {
            return line(nil, .discontinued(replacedBy: ended.replacedBy))
        }
        guard let target = reference?.value else {
            return line(nil, .noTarget)
        }
        let d = indicator.direction
        let values = indicator.currentValues.filter { $0.day.year == year && $0.day <= day && $0.total != nil }
        guard let last = values.last, let value = last.total else {
            if isYearly(indicator), let yearly = yearlyForecast(indicator, at: day, year: year, target: target, partlyShare: partlyShare) {
                return line(yearly.0, .yearly(yearly.1))
            }
            return line(nil, .noValues(until: day))
        }
        let latest = IndicatorReasoning.Latest(value: value, day: last.day)
        if d.meets(value, target: target) {
            return line(.met, .meets(latest: latest, target: target))
        }
        if let partlyShare {
            let basis: IndicatorReasoning.Basis
            let expected: Double
            if values.count >= 2 {
                let points = values.compactMap { m in m.total.map { (Double(m.day.dayOfYear), $0) } }
                expected = Self.project(points, to: Double(Day.length(ofYear: year)))
                basis = .line(count: values.count, latest: latest, projected: expected, target: target)
            } else {
                expected = value
                basis = .latest(latest: latest, target: target)
            }
            let judged = judge(expected, target: target, direction: d, partlyShare: partlyShare)
            return line(judged.0, .judged(basis: basis, outcome: judged.1))
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

    /// A yearly series at a checkpoint before the year's value is out: judged from the
    /// values of earlier years; nil when there are none.
    static func yearlyForecast(
        _ indicator: Indicator, at day: Day, year: Int, target: Double, partlyShare: Double?
    ) -> (Fulfilment, IndicatorReasoning)? {
        let d = indicator.direction
        let earlier = indicator.currentValues.filter { $0.day < day && $0.total != nil }
        guard let last = earlier.last, let value = last.total else { return nil }
        let latest = IndicatorReasoning.Latest(value: value, day: last.day)
        if d.meets(value, target: target) {
            return (.met, .meets(latest: latest, target: target))
        }
        guard earlier.count >= 2 else {
            if let partlyShare {
                let judged = judge(value, target: target, direction: d, partlyShare: partlyShare)
                return (judged.0, .judged(basis: .latest(latest: latest, target: target), outcome: judged.1))
            }
            return (.partly, .yearOne(latest: latest, target: target))
        }
        let points = earlier.compactMap { m in m.total.map { (Double(m.day.year), $0) } }
        let projected = Self.project(points, to: Double(year))
        if let partlyShare {
            let judged = judge(projected, target: target, direction: d, partlyShare: partlyShare)
            let basis = IndicatorReasoning.Basis.yearLine(count: earlier.count, latest: latest, projected: projected, year: year, target: target)
            return (judged.0, .judged(basis: basis, outcome: judged.1))
        }
        func yearLine(_ share: Double?) -> IndicatorReasoning {
            .yearLine(count: earlier.count, latest: latest, projected: projected, year: year, target: target, share: share)
        }
        if d.meets(projected, target: target) { return (.met, yearLine(nil)) }
        let from = indicator.baseline?.value ?? points[0].1
        let share = abs(target - from) < 1e-9 ? 0 : (projected - from) / (target - from)
        if share >= 0.5 { return (.partly, yearLine(share)) }
        return (.notMet, yearLine(max(0, share)))
    }

    /// An expected value judged by a scale's threshold: the grade and how it was reached.
    static func judge(_ value: Double, target: Double, direction: Direction, partlyShare: Double) -> (Fulfilment, IndicatorReasoning.Threshold) {
        if direction.meets(value, target: target) { return (.met, .reached) }
        let reached: Double
        switch direction {
        case .higher: reached = abs(target) < 1e-9 ? 0 : value / target
        case .lower: reached = abs(value) < 1e-9 ? 0 : target / value
        }
        if reached >= partlyShare { return (.partly, .partly(reached: max(0, reached), share: partlyShare)) }
        return (.notMet, .notMet(reached: max(0, reached), share: partlyShare))
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
