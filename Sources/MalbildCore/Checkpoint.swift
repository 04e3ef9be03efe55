/// A point in the year at which goals are followed up.
public struct Checkpoint: Codable, Equatable, Sendable {
    /// A short identifier used in commands: `delår1`, `delår2`, `helår`.
    public var id: String
    /// The report it belongs to, e.g. "Delårsrapport 1".
    public var name: String
    /// The day the report covers, e.g. 2019-04-30.
    public var day: Day
    /// Whether a forecast (prognos) is reported here; false for the year's result.
    public var forecasts: Bool

    /// Creates a checkpoint.
    public init(id: String, name: String, day: Day, forecasts: Bool) {
        self.id = id
        self.name = name
        self.day = day
        self.forecasts = forecasts
    }
}
