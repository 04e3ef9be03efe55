/// How one indicator's forecast was reached, as a value: which values, which
/// projection. The shell's catalogue words it.
public indirect enum IndicatorReasoning: Equatable, Sendable {
    /// The series has ended (replaced by another, when given): not forecast.
    case discontinued(replacedBy: String?)
    /// The indicator has no target: not forecast.
    case noTarget
    /// No values this year up to the day.
    case noValues(until: Day)
    /// The latest value already meets the target.
    case meets(latest: Latest, target: Double)
    /// The latest value does not meet a target that equals the baseline.
    case equalsBaseline(latest: Latest, target: Double)
    /// A straight line through this year's values (`count` of them) gives
    /// `projected` on 31 December; reached, or the share of the way.
    case line(count: Int, latest: Latest, projected: Double, target: Double, share: Double?)
    /// One value and no baseline: the pace cannot be judged.
    case noBaseline(latest: Latest, target: Double)
    /// One value against the baseline: the share of the way against the share
    /// of the year gone.
    case pace(latest: Latest, baseline: Double, target: Double, progress: Double, gone: Double, outcome: Pace)

    // Yearly series and the thresholds of a scale.

    /// A yearly series with no value of the year yet, judged from earlier years.
    case yearly(IndicatorReasoning)
    /// A straight line through the yearly values, read at the checkpoint's year; the share
    /// of the way covered, or nil when the target is reached.
    case yearLine(count: Int, latest: Latest, projected: Double, year: Int, target: Double, share: Double?)
    /// One yearly value short of the target: the pace cannot be judged.
    case yearOne(latest: Latest, target: Double)
    /// An expected value judged by the scale's threshold for partly met.
    case judged(basis: Basis, outcome: Threshold)

    /// What an expected value judged by a threshold rests on.
    public enum Basis: Equatable, Sendable {
        /// A straight line through this year's values, read at 31 December.
        case line(count: Int, latest: Latest, projected: Double, target: Double)
        /// A straight line through the yearly values, read at the year.
        case yearLine(count: Int, latest: Latest, projected: Double, year: Int, target: Double)
        /// The latest value alone.
        case latest(latest: Latest, target: Double)
    }

    /// How an expected value stands against a scale's threshold.
    public enum Threshold: Equatable, Sendable {
        /// It reaches the target.
        case reached
        /// It reaches at least the threshold's share of the target.
        case partly(reached: Double, share: Double)
        /// It stays below the threshold's share.
        case notMet(reached: Double, share: Double)
    }

    /// The latest value and its day.
    public struct Latest: Equatable, Sendable {
        /// The value.
        public var value: Double
        /// Its day.
        public var day: Day
    }

    /// How one value's progress compares with the share of the year gone.
    public enum Pace: Equatable, Sendable {
        /// At least as far as the year.
        case onTrack
        /// Some progress, less than the year.
        case behind
        /// None, or backwards.
        case noProgress
    }
}
