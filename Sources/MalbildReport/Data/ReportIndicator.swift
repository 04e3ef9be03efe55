import MalbildCore

/// One indicator as a report shows it: baseline, latest value, target, trend,
/// women and men, and the values over time for its chart.
public struct ReportIndicator: Codable, Equatable, Sendable {
    /// The short id, e.g. `nii`.
    public var id: String
    /// The name, as entered.
    public var name: String
    /// The unit, e.g. "index 0–100"; empty when none.
    public var unit: String
    /// The source as typed, e.g. `scb:NII`.
    public var source: String
    /// The source in Swedish words, e.g. "SCB:s medborgarundersökning, NII".
    public var sourceName: String
    /// Whether higher or lower is better.
    public var direction: Direction
    /// The value progress is measured from.
    public var baseline: ReportReference?
    /// The value to reach.
    public var target: ReportReference?
    /// The indicator's targets for other periods than ``target``'s; nil when it has none.
    public var otherTargets: [ReportReference]?
    /// The latest value in force at the report's checkpoint.
    public var latest: ReportValue?
    /// The latest value against the baseline at the report's checkpoint.
    public var trend: Trend
    /// Whether the latest value meets the target; nil without a value or a target.
    public var targetMet: Bool?
    /// The state at each checkpoint of the calendar up to the report's.
    public var checkpoints: [IndicatorSnapshot]
    /// The values in force up to the report's day, by day; missing values included.
    public var values: [ReportValue]
    /// How the series ended, when it has.
    public var discontinued: Discontinuation?
    /// Whether any value shown is an example value.
    public var example: Bool
    /// The body or person responsible for the indicator; nil when not given.
    public var owner: String?

    /// Creates an indicator of a report.
    public init(
        id: String,
        name: String,
        unit: String = "",
        source: String = "manual",
        sourceName: String = "",
        direction: Direction = .higher,
        baseline: ReportReference? = nil,
        target: ReportReference? = nil,
        latest: ReportValue? = nil,
        trend: Trend = .noData,
        targetMet: Bool? = nil,
        checkpoints: [IndicatorSnapshot] = [],
        values: [ReportValue] = [],
        discontinued: Discontinuation? = nil,
        example: Bool = false,
        owner: String? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.source = source
        self.sourceName = sourceName
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.latest = latest
        self.trend = trend
        self.targetMet = targetMet
        self.checkpoints = checkpoints
        self.values = values
        self.discontinued = discontinued
        self.example = example
        self.owner = owner
    }

    /// Summarises an indicator at the last of `checkpoints`, keeping its
    /// state at each of them.
    public init(_ indicator: Indicator, checkpoints: [Checkpoint]) {
        let snapshots = checkpoints.map { IndicatorSnapshot(indicator, at: $0) }
        let current = snapshots.last
        let values = indicator.currentValues
            .filter { m in current.map { m.day <= $0.day } ?? true }
            .map(ReportValue.init)
        let baseline = indicator.baseline.map(ReportReference.init)
        let inForce = checkpoints.last.map { indicator.target(at: $0.id, year: $0.day.year) } ?? indicator.target
        let target = inForce.map(ReportReference.init)
        let others = indicator.targets.filter { $0.period != inForce?.period }.map(ReportReference.init)
        self.init(
            id: indicator.id,
            name: indicator.name,
            unit: indicator.unit,
            source: indicator.source.description,
            sourceName: Swedish.source(indicator.source),
            direction: indicator.direction,
            baseline: baseline,
            target: target,
            latest: current?.latest,
            trend: current?.trend ?? .noData,
            targetMet: current?.targetMet,
            checkpoints: snapshots,
            values: values,
            discontinued: indicator.discontinued,
            example: baseline?.example == true || target?.example == true || values.contains(where: \.example),
            owner: indicator.owner
        )
        otherTargets = others.isEmpty ? nil : others
    }
}
