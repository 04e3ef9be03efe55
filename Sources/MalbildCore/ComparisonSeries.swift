/// One place's values of one KPI, year by year (totals, not split by gender), kept to compare
/// the workspace's municipality with. For a group, `counts` holds how many members
/// contributed to each year's mean.
///
/// In the workspace file a series is one line of text, `"2018=6.2 2019=6/7"` (year, value,
/// and after a slash the count when known): a file that keeps thousands of places' series
/// stays short, diffs by place, and reads and writes quickly.
public struct ComparisonSeries: Equatable, Sendable {
    /// The years, ascending.
    public private(set) var years: [Int]
    /// The value of each year.
    public private(set) var values: [Double]
    /// For each year, how many members contributed (Kolada's `count`); empty when not given.
    public private(set) var counts: [Int]

    /// An empty series.
    public init() {
        years = []
        values = []
        counts = []
    }

    /// Whether the series holds no year.
    public var isEmpty: Bool { years.isEmpty }

    /// The value for a year, and the number of members behind it when known.
    public func value(in year: Int) -> (value: Double, count: Int?)? {
        guard let i = years.firstIndex(of: year), i < values.count else { return nil }
        return (values[i], i < counts.count && counts[i] > 0 ? counts[i] : nil)
    }

    /// The latest year with a value.
    public var latestYear: Int? { years.last }

    /// Sets the value of a year (count 0 when not known).
    public mutating func set(_ value: Double, count: Int?, in year: Int) {
        // A year after the last, the common case of values read in order: added at the end.
        if years.last.map({ $0 < year }) ?? true, counts.isEmpty || counts.count == years.count {
            let units = count ?? 0
            if !counts.isEmpty {
                counts.append(units)
            } else if units != 0 {
                counts = Array(repeating: 0, count: years.count)
                counts.append(units)
            }
            years.append(year)
            values.append(value)
            return
        }
        if counts.count != years.count { counts = Array(repeating: 0, count: years.count) }
        if let i = years.firstIndex(of: year) {
            values[i] = value
            counts[i] = count ?? 0
        } else {
            let at = years.firstIndex { $0 > year } ?? years.count
            years.insert(year, at: at)
            values.insert(value, at: at)
            counts.insert(count ?? 0, at: at)
        }
        // Counts are written only when one is known.
        if counts.allSatisfy({ $0 == 0 }) { counts = [] }
    }

    /// Removes the value of a year; returns whether there was one.
    @discardableResult
    public mutating func remove(_ year: Int) -> Bool {
        guard let i = years.firstIndex(of: year) else { return false }
        years.remove(at: i)
        values.remove(at: i)
        if i < counts.count { counts.remove(at: i) }
        if counts.allSatisfy({ $0 == 0 }) { counts = [] }
        return true
    }
}
