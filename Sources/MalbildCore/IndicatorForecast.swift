/// One indicator's forecast and how it was reached.
public struct IndicatorForecast: Equatable, Sendable {
    /// The indicator's id.
    public var id: String
    /// Its name.
    public var name: String
    /// The forecast; nil when it cannot be forecast.
    public var fulfilment: Fulfilment?
    /// Which values, which projection.
    public var reasoning: IndicatorReasoning
}
