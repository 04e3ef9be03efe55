import MalbildCore

/// Where an indicator stood at one checkpoint.
public struct IndicatorSnapshot: Codable, Equatable, Sendable {
    /// The checkpoint's identifier, e.g. `delår1`.
    public var checkpoint: String
    /// The checkpoint's day.
    public var day: Day
    /// The latest value in force on that day, if any.
    public var latest: ReportValue?
    /// The latest value against the baseline.
    public var trend: Trend
    /// Whether the latest value meets the target; nil without a value or a target.
    public var targetMet: Bool?

    /// Creates a snapshot.
    public init(checkpoint: String, day: Day, latest: ReportValue?, trend: Trend, targetMet: Bool?) {
        self.checkpoint = checkpoint
        self.day = day
        self.latest = latest
        self.trend = trend
        self.targetMet = targetMet
    }

    /// Summarises an indicator as of a checkpoint's day.
    public init(_ indicator: Indicator, at checkpoint: Checkpoint) {
        let summary = IndicatorSummary(indicator, asOf: checkpoint.day)
        self.init(
            checkpoint: checkpoint.id,
            day: checkpoint.day,
            latest: summary.latest.map(ReportValue.init),
            trend: summary.trend,
            targetMet: summary.targetMet
        )
    }
}
