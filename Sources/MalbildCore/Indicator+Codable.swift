extension Indicator {
    private enum CodingKeys: String, CodingKey {
        case id, name, source, unit, direction, baseline, target, discontinued
        /// Format 5: targets for other periods.
        case periodTargets
        /// Format 5: the body or person responsible.
        case owner
        /// Format 1: one object per value.
        case measurements
        /// Format 2: the values by column, which reads many times faster.
        case values
    }

    /// The values of an indicator as columns: one array per field, the same
    /// length each; a field that is empty for every value is left out.
    private struct Columns: Codable {
        var day: [String]
        var total: [Double?]
        var women: [Double?]?
        var men: [Double?]?
        var status: [String]?
        var checkpoint: [String?]?
        var correction: [String?]?
        var example: [Bool]?
    }

    /// Reads an indicator, its values either as columns or as one object each.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        source = try c.decode(IndicatorSource.self, forKey: .source)
        unit = try c.decode(String.self, forKey: .unit)
        direction = try c.decode(Direction.self, forKey: .direction)
        baseline = try c.decodeIfPresent(Reference.self, forKey: .baseline)
        target = try c.decodeIfPresent(Reference.self, forKey: .target)
        discontinued = try c.decodeIfPresent(Discontinuation.self, forKey: .discontinued)
        periodTargets = try c.decodeIfPresent([Reference].self, forKey: .periodTargets) ?? []
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        if let table = IndicatorValuesTable.carried(in: decoder.userInfo),
           let entry = try? c.decodeIfPresent(Int.self, forKey: .values),
           let values = table.take(entry) {
            // Read ahead by the file's own reader of value columns.
            measurements = values
        } else if let columns = try c.decodeIfPresent(Columns.self, forKey: .values) {
            measurements = try Self.rows(columns, in: c)
        } else {
            measurements = MeasurementSeries(try c.decodeIfPresent([Measurement].self, forKey: .measurements) ?? [])
        }
    }

    /// Writes an indicator with its values as columns.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(source, forKey: .source)
        try c.encode(unit, forKey: .unit)
        try c.encode(direction, forKey: .direction)
        try c.encodeIfPresent(baseline, forKey: .baseline)
        try c.encodeIfPresent(target, forKey: .target)
        try c.encodeIfPresent(discontinued, forKey: .discontinued)
        if !periodTargets.isEmpty { try c.encode(periodTargets, forKey: .periodTargets) }
        try c.encodeIfPresent(owner, forKey: .owner)
        let m = measurements
        if !m.isEmpty, let table = IndicatorValuesTable.carried(in: encoder.userInfo) {
            // Written by the file's own writer of value columns where this number stands.
            try c.encode(table.add(m), forKey: .values)
            return
        }
        let columns = Columns(
            day: m.map(\.day.description),
            total: m.map(\.total),
            women: m.hasWomen ? m.map(\.women) : nil,
            men: m.hasMen ? m.map(\.men) : nil,
            status: m.hasStatus ? m.map(\.status) : nil,
            checkpoint: m.hasCheckpoint ? m.map(\.checkpoint) : nil,
            correction: m.hasCorrection ? m.map(\.correction) : nil,
            example: m.hasExample ? m.map(\.example) : nil
        )
        try c.encode(columns, forKey: .values)
    }

    private static func rows(_ k: Columns, in c: KeyedDecodingContainer<CodingKeys>) throws -> MeasurementSeries {
        let n = k.day.count
        func check<T>(_ column: [T]?, _ name: String) throws {
            if let column, column.count != n {
                throw DecodingError.dataCorruptedError(forKey: .values, in: c,
                    debugDescription: "the column \(name) has \(column.count) values, the column day \(n)")
            }
        }
        try check(k.total, "total")
        try check(k.women, "women")
        try check(k.men, "men")
        try check(k.status, "status")
        try check(k.checkpoint, "checkpoint")
        try check(k.correction, "correction")
        try check(k.example, "example")
        var days: [Day] = []
        days.reserveCapacity(n)
        for i in 0..<n {
            do { days.append(try Day(parsing: k.day[i])) } catch {
                throw DecodingError.dataCorruptedError(forKey: .values, in: c, debugDescription: "day \(i + 1): \(error.description)")
            }
        }
        guard let series = MeasurementSeries(
            days: days, total: k.total, women: k.women, men: k.men, status: k.status,
            checkpoint: k.checkpoint, correction: k.correction, example: k.example)
        else {
            throw DecodingError.dataCorruptedError(forKey: .values, in: c, debugDescription: "the columns differ in length")
        }
        return series
    }
}
