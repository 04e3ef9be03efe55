/// One value from a Kolada data file: a key figure (KPI) for a municipality, a year and a
/// gender, or missing with a status that says why.
public struct KoladaValue: Codable, Hashable, Sendable {
    /// The KPI id, e.g. `N00945`.
    public var kpi: String
    /// The place's id: a municipality's four digits (`0665`, Vaggeryd), the whole country
    /// (`0000`), a region (`0001`–`0025`) or a group of municipalities (`G37572`).
    public var municipality: String
    /// The year the value is for.
    public var period: Int
    /// Total, women or men.
    public var gender: KoladaGender
    /// The value; nil when Kolada has none.
    public var value: Double?
    /// Kolada's status for the value, such as why it is missing; empty when there is none.
    public var status: String
    /// How many units the value is made of (Kolada's `count`): for a group, the members that
    /// contributed to its mean; nil when not given.
    public var count: Int?
    /// Whether Kolada marks the value as removed (`isdeleted`, in v2 `is_deleted`).
    public var deleted: Bool

    /// Creates a value.
    public init(kpi: String, municipality: String, period: Int, gender: KoladaGender, value: Double?, status: String = "",
                count: Int? = nil, deleted: Bool = false) {
        self.kpi = kpi
        self.municipality = municipality
        self.period = period
        self.gender = gender
        self.value = value
        self.status = status
        self.count = count
        self.deleted = deleted
    }
}
