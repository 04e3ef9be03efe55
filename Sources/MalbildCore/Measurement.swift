import Foundation

/// One recorded value of an indicator: in total and for women and men, or
/// missing with a status that says why.
public struct Measurement: Codable, Equatable, Sendable {
    /// The day the value is for.
    public var day: Day
    /// The checkpoint it was entered for, if it was entered as one.
    public var checkpoint: String?
    /// The value in total; nil when missing.
    public var total: Double?
    /// The value for women, when split by gender.
    public var women: Double?
    /// The value for men, when split by gender.
    public var men: Double?
    /// Why the value is missing, or any remark on it.
    public var status: String
    /// Why this value corrects an earlier one for the same day; nil for a first value.
    public var correction: String?
    /// Whether this is an example value, not data from a real source.
    public var example: Bool

    /// Creates a measurement.
    public init(
        day: Day,
        checkpoint: String? = nil,
        total: Double?,
        women: Double? = nil,
        men: Double? = nil,
        status: String = "",
        correction: String? = nil,
        example: Bool = false
    ) {
        self.day = day
        self.checkpoint = checkpoint
        self.total = total
        self.women = women
        self.men = men
        self.status = status
        self.correction = correction
        self.example = example
    }
}
