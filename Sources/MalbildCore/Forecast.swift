/// The forecast of goal fulfilment (prognos för måluppfyllelse) a working
/// group reports for a steering goal at an interim report.
public struct Forecast: Codable, Equatable, Sendable {
    /// The checkpoint, `delår1` or `delår2`.
    public var checkpoint: String
    /// The grade, in the words of the scale in use.
    public var grade: String
    /// Why: required.
    public var rationale: String
    /// The grade the forecast method suggested when this was set, if any.
    public var suggested: String?

    /// Creates a forecast.
    public init(checkpoint: String, grade: String, rationale: String, suggested: String? = nil) {
        self.checkpoint = checkpoint
        self.grade = grade
        self.rationale = rationale
        self.suggested = suggested
    }
}
