import MalbildCore

/// A checkpoint of the calendar as a report names it.
public struct ReportCheckpoint: Codable, Equatable, Sendable {
    /// The identifier, e.g. `delår1`.
    public var id: String
    /// The report it belongs to, without the parenthesis, e.g. "Delårsrapport 1".
    public var name: String
    /// The day the report covers.
    public var day: Day
    /// Whether a forecast is reported here (delår) rather than the year's result (helår).
    public var forecasts: Bool

    /// Creates a checkpoint of a report.
    public init(id: String, name: String, day: Day, forecasts: Bool) {
        self.id = id
        self.name = name
        self.day = day
        self.forecasts = forecasts
    }

    /// Takes a calendar's checkpoint, dropping a trailing parenthesis from its
    /// name: "Delårsrapport 1 (delår 1)" becomes "Delårsrapport 1".
    public init(_ checkpoint: Checkpoint) {
        var name = checkpoint.name.trimmingSpaces
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open != name.startIndex {
            name = String(name[..<open]).trimmingSpaces
        }
        self.init(
            id: checkpoint.id,
            name: name.isEmpty ? checkpoint.id : name,
            day: checkpoint.day,
            forecasts: checkpoint.forecasts
        )
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
