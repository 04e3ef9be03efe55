import MalbildCore

/// Decides, value by value, what an import does to the workspace's indicators: a first value
/// for a day is inserted, a value equal to the one in force is left out, and a different one
/// is inserted as a correction (the earlier value stays in the history). The edits insert at
/// the end of each indicator's history, in the order offered, so applying them in order
/// gives exactly the planned state; planning the same values again gives no edits.
struct MeasurementMerger {
    /// What happened to an offered value.
    enum Outcome: Equatable {
        /// The day had no value; the value is inserted.
        case added
        /// The day had another value; the value is inserted as a correction of it.
        case corrected(from: Measurement)
        /// The day has this value already.
        case unchanged
    }

    private struct Key: Hashable {
        let goal: GoalNumber
        let indicator: String
    }

    private let correction: String
    private var inForce: [Key: [Day: Measurement]] = [:]
    private var inserted: [Key: Int] = [:]
    private var summaries: [Key: IndicatorImport] = [:]
    private var order: [Key] = []

    /// The edits planned, in the order to apply them.
    private(set) var edits: [Edit] = []

    /// A merger whose corrections give `correction` as their reason.
    init(correction: String) {
        self.correction = correction
    }

    /// The summaries of the indicators offered values, in the order first offered.
    var imports: [IndicatorImport] {
        order.compactMap { summaries[$0] }
    }

    /// Offers a value for an indicator of a goal; returns what is done with it.
    @discardableResult
    mutating func offer(_ measurement: Measurement, goal: GoalNumber, indicator: Indicator) -> Outcome {
        let key = Key(goal: goal, indicator: indicator.id)
        if inForce[key] == nil {
            var days: [Day: Measurement] = [:]
            for m in indicator.measurements { days[m.day] = m }
            inForce[key] = days
            order.append(key)
            summaries[key] = IndicatorImport(goal: goal, indicator: indicator.id)
        }
        let earlier = inForce[key]?[measurement.day]
        if let earlier, Self.same(measurement, earlier) {
            summaries[key]?.unchanged += 1
            return .unchanged
        }
        var m = measurement
        m.correction = earlier == nil ? nil : correction
        let index = indicator.measurements.count + inserted[key, default: 0]
        edits.append(.insertMeasurement(goal: goal, indicator: indicator.id, index: index, measurement: m))
        inserted[key, default: 0] += 1
        inForce[key]?[m.day] = m
        if let earlier {
            summaries[key]?.corrected.append(m.day)
            return .corrected(from: earlier)
        }
        summaries[key]?.added.append(m.day)
        return .added
    }

    /// Whether an imported value says the same as the one in force: the same numbers and
    /// status. An example value in force is never the same as an imported one, so real
    /// data replaces it.
    static func same(_ new: Measurement, _ old: Measurement) -> Bool {
        !old.example && new.total == old.total && new.women == old.women && new.men == old.men && new.status == old.status
    }
}
