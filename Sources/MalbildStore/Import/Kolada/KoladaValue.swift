/// One value from a Kolada data file: a key figure (KPI) for a municipality, a year and a
/// gender, or missing with a status that says why.
public struct KoladaValue: Codable, Hashable, Sendable {
    /// The KPI id, e.g. `N00945`.
    public var kpi: String
    /// The municipality id, four digits, e.g. `0665` (Vaggeryd) or `0000` (the whole country).
    public var municipality: String
    /// The year the value is for.
    public var period: Int
    /// Total, women or men.
    public var gender: KoladaGender
    /// The value; nil when Kolada has none.
    public var value: Double?
    /// Kolada's status for the value, such as why it is missing; empty when there is none.
    public var status: String

    /// Creates a value.
    public init(kpi: String, municipality: String, period: Int, gender: KoladaGender, value: Double?, status: String = "") {
        self.kpi = kpi
        self.municipality = municipality
        self.period = period
        self.gender = gender
        self.value = value
        self.status = status
    }
}
