/// One line of a spreadsheet of values, read: the indicator and day as written (they are
/// looked up in a workspace when planned), the numbers read.
public struct MeasurementCSVRow: Equatable, Sendable {
    /// The line the row starts on, from 1 (the header is a line too).
    public var line: Int
    /// The indicator's id as written.
    public var indicator: String
    /// The day (YYYY-MM-DD, or a day and month such as `30 april`) or checkpoint id as written.
    public var when: String
    /// The value in total; nil when the cell is empty or `-`.
    public var total: Double?
    /// The value for women; nil when the cell is empty or `-`.
    public var women: Double?
    /// The value for men; nil when the cell is empty or `-`.
    public var men: Double?
    /// The status or remark; empty when there is none.
    public var status: String

    /// Creates a row.
    public init(line: Int, indicator: String, when: String, total: Double?, women: Double? = nil, men: Double? = nil, status: String = "") {
        self.line = line
        self.indicator = indicator
        self.when = when
        self.total = total
        self.women = women
        self.men = men
        self.status = status
    }
}
