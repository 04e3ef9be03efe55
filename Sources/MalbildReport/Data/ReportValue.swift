import MalbildCore

/// One value of an indicator: in total and for women and men, or missing
/// with a status that says why.
public struct ReportValue: Codable, Equatable, Sendable {
    /// The day the value is for.
    public var day: Day
    /// The value in total; nil when missing.
    public var total: Double?
    /// The value for women, when split by gender.
    public var women: Double?
    /// The value for men, when split by gender.
    public var men: Double?
    /// Why the value is missing, or a remark; empty when none.
    public var status: String
    /// Whether it is an example value, not data from a real source.
    public var example: Bool

    /// Creates a value of a report.
    public init(day: Day, total: Double?, women: Double? = nil, men: Double? = nil, status: String = "", example: Bool = false) {
        self.day = day
        self.total = total
        self.women = women
        self.men = men
        self.status = status
        self.example = example
    }

    /// Takes a recorded value of an indicator.
    public init(_ measurement: Measurement) {
        self.init(
            day: measurement.day,
            total: measurement.total,
            women: measurement.women,
            men: measurement.men,
            status: measurement.status,
            example: measurement.example
        )
    }
}
