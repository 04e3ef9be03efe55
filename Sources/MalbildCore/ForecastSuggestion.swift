/// A suggested forecast for a goal, with the reasoning per indicator.
public struct ForecastSuggestion: Equatable, Sendable {
    /// The suggested fulfilment; nil when the goal cannot be forecast.
    public var fulfilment: Fulfilment?
    /// Why, for the goal as a whole.
    public var reason: ForecastReason
    /// Each indicator's forecast.
    public var indicators: [IndicatorForecast]
}
