/// A baseline or a target: a value for a period.
public struct Reference: Codable, Equatable, Sendable {
    /// The period it is for.
    public var period: Period
    /// The value.
    public var value: Double
    /// Whether this is an example value, not data from a real source.
    public var example: Bool

    /// Creates a reference value.
    public init(period: Period, value: Double, example: Bool = false) {
        self.period = period
        self.value = value
        self.example = example
    }
}
