/// Where an indicator stands at a day: its latest value against baseline
/// and target, the trend, and the gap between women and men.
public struct IndicatorSummary: Equatable, Sendable {
    /// The indicator.
    public var indicator: Indicator
    /// The latest value in force on or before the day, if any.
    public var latest: Measurement?
    /// Better, unchanged or worse than the baseline, by the indicator's
    /// direction; without a baseline, than the previous value.
    public var trend: Trend
    /// Whether ``trend`` is against the previous value, as there is no baseline.
    public var trendAgainstPrevious: Bool
    /// The share of the way from baseline to target covered, 1.0 = reached;
    /// nil without a value, a baseline or a target.
    public var progress: Double?
    /// Whether the latest value meets the target.
    public var targetMet: Bool?
    /// Women's value minus men's in the latest measurement, when split.
    public var genderGap: Double?

    /// Summarises an indicator as of a day (inclusive).
    public init(_ indicator: Indicator, asOf day: Day? = nil) {
        self.init(indicator, asOf: day, target: indicator.target)
    }

    /// Summarises an indicator as of a day (inclusive) against the target of a period
    /// (see ``Indicator/target(at:year:)``).
    public init(_ indicator: Indicator, asOf day: Day?, target reference: Reference?) {
        self.indicator = indicator
        // Only the last two values with a total are needed: a series may hold
        // a million values.
        let counted: (Measurement) -> Bool = { m in m.total != nil && (day.map { m.day <= $0 } ?? true) }
        let lastTwo = indicator.latestValuesInForce(2, where: counted)
        let latest = lastTwo.last
        self.latest = latest
        if let value = latest?.total, let baseline = indicator.baseline?.value {
            trend = indicator.direction.trend(from: baseline, to: value)
            trendAgainstPrevious = false
        } else if lastTwo.count >= 2, let value = latest?.total, let previous = lastTwo.first?.total {
            // Most real indicators have a target and values but no baseline.
            trend = indicator.direction.trend(from: previous, to: value)
            trendAgainstPrevious = true
        } else {
            trend = .noData
            trendAgainstPrevious = false
        }
        if let value = latest?.total, let target = reference?.value {
            targetMet = indicator.direction.meets(value, target: target)
            if let baseline = indicator.baseline?.value, abs(target - baseline) > 1e-9 {
                progress = (value - baseline) / (target - baseline)
            } else {
                progress = indicator.direction.meets(value, target: target) ? 1 : 0
            }
        } else {
            targetMet = nil
            progress = nil
        }
        if let women = latest?.women, let men = latest?.men {
            genderGap = women - men
        } else {
            genderGap = nil
        }
    }
}
