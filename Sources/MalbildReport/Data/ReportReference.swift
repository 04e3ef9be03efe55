import MalbildCore

/// A baseline or a target: a value for a period.
public struct ReportReference: Codable, Equatable, Sendable {
    /// The period as typed: a year such as `2018`, or a checkpoint such as `delår1`.
    public var period: String
    /// The value.
    public var value: Double
    /// Whether it is an example value, not data from a real source.
    public var example: Bool

    /// Creates a reference of a report.
    public init(period: String, value: Double, example: Bool = false) {
        self.period = period
        self.value = value
        self.example = example
    }

    /// Takes a baseline or target of an indicator.
    public init(_ reference: Reference) {
        self.init(period: reference.period.description, value: reference.value, example: reference.example)
    }
}
