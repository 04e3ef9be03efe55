/// A measure a steering goal is followed by, with its baseline, target and
/// the values recorded over time.
public struct Indicator: Codable, Equatable, Sendable {
    /// A short id used in commands, e.g. `nii`.
    public var id: String
    /// The name, e.g. "Nöjd Inflytande-Index (NII)".
    public var name: String
    /// Where the values come from.
    public var source: IndicatorSource
    /// The unit, e.g. "index 0–100" or "%".
    public var unit: String
    /// Whether higher or lower is better.
    public var direction: Direction
    /// The value to measure progress from.
    public var baseline: Reference?
    /// The value to reach.
    public var target: Reference?
    /// Targets for other periods than ``target``'s, one per period, in the order set
    /// (a year's target beside the plan period's, an interim target at a checkpoint).
    public var periodTargets: [Reference] = []
    /// Every value recorded, in the order entered; corrections are later
    /// entries for the same day, and the earlier ones are kept.
    public var measurements: MeasurementSeries
    /// Set when the series has ended.
    public var discontinued: Discontinuation?
    /// The body or person responsible for the indicator; nil when not given.
    public var owner: String?

    /// Creates an indicator.
    public init(
        id: String,
        name: String,
        source: IndicatorSource = .manual,
        unit: String = "",
        direction: Direction = .higher,
        baseline: Reference? = nil,
        target: Reference? = nil,
        measurements: MeasurementSeries = [],
        discontinued: Discontinuation? = nil,
        owner: String? = nil
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.measurements = measurements
        self.discontinued = discontinued
        self.owner = owner
    }

    /// The values in force: for each day the last value entered, by day.
    public var currentValues: [Measurement] {
        // Values are nearly always entered day after day: then one pass, keeping the last
        // of each run of equal days, gives the answer without a table or a sort.
        var inOrder: [Measurement] = []
        inOrder.reserveCapacity(measurements.count)
        var sorted = true
        for m in measurements {
            if let last = inOrder.last {
                if m.day == last.day {
                    inOrder[inOrder.count - 1] = m
                    continue
                }
                if m.day < last.day {
                    sorted = false
                    break
                }
            }
            inOrder.append(m)
        }
        if sorted { return inOrder }
        var latest: [Day: Measurement] = [:]
        for m in measurements { latest[m.day] = m }
        return latest.values.sorted { $0.day < $1.day }
    }

    /// The last `count` values in force that satisfy `include`, by day: the same as the
    /// suffix of `currentValues.filter(include)`, but when the values were entered in day
    /// order only their days are compared and the values themselves are touched from the
    /// end, as few as are needed.
    public func latestValuesInForce(_ count: Int, where include: (Measurement) -> Bool) -> [Measurement] {
        guard count > 0 else { return [] }
        let values = measurements
        guard isInDayOrder else { return Array(currentValues.filter(include).suffix(count)) }
        // From the end, the first value met for a day is the one in force on it.
        var found: [Measurement] = []
        var shownDay: Day?
        for m in values.reversed() {
            if m.day == shownDay { continue }
            shownDay = m.day
            if include(m) {
                found.append(m)
                if found.count == count { break }
            }
        }
        return found.reversed()
    }

    /// Whether no value was entered for an earlier day than the one before it.
    private var isInDayOrder: Bool { measurements.isInDayOrder }

    /// Every target, ``target`` first.
    public var targets: [Reference] { (target.map { [$0] } ?? []) + periodTargets }

    /// The target for a period: set for that period, or nil.
    public func target(for period: Period) -> Reference? {
        targets.first { $0.period == period }
    }

    /// The target in force at a checkpoint of a year: the checkpoint's own, else the
    /// year's, else the plan period's, else ``target`` whatever its period.
    public func target(at checkpoint: String, year: Int) -> Reference? {
        target(for: .checkpoint(checkpoint)) ?? target(for: .year(year)) ?? target(for: .plan) ?? target
    }

    /// Whether any recorded value is an example value.
    public var hasExampleValues: Bool {
        measurements.hasExample
    }
}
