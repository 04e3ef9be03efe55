import MalbildCore

/// Where an indicator stood at one checkpoint.
public struct IndicatorSnapshot: Codable, Equatable, Sendable {
    /// The checkpoint's identifier, e.g. `delår1`.
    public var checkpoint: String
    /// The checkpoint's day.
    public var day: Day
    /// The latest value in force on that day, if any.
    public var latest: ReportValue?
    /// The latest value against the baseline; without one, against the previous value.
    public var trend: Trend
    /// True when ``trend`` is against the previous value for want of a
    /// baseline; absent otherwise.
    public var trendAgainstPrevious: Bool?
    /// Whether the latest value meets the target; nil without a value or a target.
    public var targetMet: Bool?

    /// Creates a snapshot.
    public init(checkpoint: String, day: Day, latest: ReportValue?, trend: Trend, targetMet: Bool?,
                trendAgainstPrevious: Bool? = nil) {
        self.checkpoint = checkpoint
        self.day = day
        self.latest = latest
        self.trend = trend
        self.trendAgainstPrevious = trendAgainstPrevious
        self.targetMet = targetMet
    }

    /// The trend in words, saying when it is against the previous value.
    var trendWords: String {
        Swedish.trend(trend) + (trendAgainstPrevious == true ? " (mot föregående värde)" : "")
    }

    /// Summarises an indicator as of a checkpoint's day.
    public init(_ indicator: Indicator, at checkpoint: Checkpoint) {
        let summary = IndicatorSummary(indicator, asOf: checkpoint.day,
                                       target: indicator.target(at: checkpoint.id, year: checkpoint.day.year))
        self.init(
            checkpoint: checkpoint.id,
            day: checkpoint.day,
            latest: summary.latest.map(ReportValue.init),
            trend: summary.trend,
            targetMet: summary.targetMet,
            trendAgainstPrevious: summary.trendAgainstPrevious ? true : nil
        )
    }
}
