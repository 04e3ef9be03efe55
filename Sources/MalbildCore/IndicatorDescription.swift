/// What an indicator is, apart from its id and values: the part that can be
/// corrected when a source redefines or renames it.
public struct IndicatorDescription: Codable, Equatable, Sendable {
    /// The name.
    public var name: String
    /// The unit.
    public var unit: String
    /// Where the values come from.
    public var source: IndicatorSource
    /// Whether higher or lower is better.
    public var direction: Direction

    /// Creates a description.
    public init(name: String, unit: String, source: IndicatorSource, direction: Direction) {
        self.name = name
        self.unit = unit
        self.source = source
        self.direction = direction
    }

    /// The description of an indicator.
    public init(_ indicator: Indicator) {
        self.init(name: indicator.name, unit: indicator.unit, source: indicator.source, direction: indicator.direction)
    }
}
