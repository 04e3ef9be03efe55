/// The values of indicators handed between a workspace file's own reader or writer of value
/// columns and the Codable form of the rest of the document, through a coder's `userInfo`
/// under ``key``.
///
/// Reading: the file's reader takes each indicator's `values` object out of the bytes, reads
/// it itself and leaves in its place the number of its entry here; `Indicator.init(from:)`
/// takes the entry back. Writing: `Indicator.encode(to:)` files its values here and writes the
/// entry's number in their place, and the writer puts the columns in where the numbers stand.
/// One table serves one reading or one writing, on one thread.
public final class IndicatorValuesTable: @unchecked Sendable {
    /// The `userInfo` key a coder carries the table under.
    public static let key = CodingUserInfoKey(rawValue: "malbild.indicatorValues")

    /// The series, by entry number.
    public private(set) var series: [MeasurementSeries]

    /// A table holding series read ahead (for reading), or an empty one (for writing).
    public init(series: [MeasurementSeries] = []) {
        self.series = series
    }

    /// Files a series and returns its entry number.
    public func add(_ values: MeasurementSeries) -> Int {
        series.append(values)
        return series.count - 1
    }

    /// The series filed under an entry number, handed over once: the table lets go of it so
    /// that only the indicator holds it. Nil for a number that is not an entry.
    public func take(_ entry: Int) -> MeasurementSeries? {
        guard series.indices.contains(entry) else { return nil }
        let values = series[entry]
        series[entry] = []
        return values
    }

    /// The table a coder carries, if any.
    static func carried(in userInfo: [CodingUserInfoKey: Any]) -> IndicatorValuesTable? {
        guard let key else { return nil }
        return userInfo[key] as? IndicatorValuesTable
    }
}
