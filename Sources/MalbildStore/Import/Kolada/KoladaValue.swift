/// One value from a Kolada data file: a key figure (KPI) for a municipality, a year and a
/// gender, or missing with a status that says why.
public struct KoladaValue: Codable, Hashable, Sendable {
    // Stored in an order that packs the value into 72 bytes: a file of a million values is
    // held in memory whole while it is read.

    /// The KPI id, e.g. `N00945`.
    public var kpi: String
    /// The place's id: a municipality's four digits (`0665`, Vaggeryd), the whole country
    /// (`0000`), a region (`0001`–`0025`) or a group of municipalities (`G37572`).
    public var municipality: String
    /// Kolada's status for the value, such as why it is missing; empty when there is none.
    public var status: String
    /// The year the value is for.
    public var period: Int
    /// The value; nil when Kolada has none.
    public var value: Double?
    /// Total, women or men.
    public var gender: KoladaGender
    /// Whether Kolada marks the value as removed (`isdeleted`, in v2 `is_deleted`).
    public var deleted: Bool
    /// Kolada's `count`, or -1 when not given (see ``count``).
    private var units: Int32

    /// How many units the value is made of (Kolada's `count`): for a group, the members that
    /// contributed to its mean; nil when not given.
    public var count: Int? {
        get { units < 0 ? nil : Int(units) }
        set { units = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    /// Creates a value.
    public init(kpi: String, municipality: String, period: Int, gender: KoladaGender, value: Double?, status: String = "",
                count: Int? = nil, deleted: Bool = false) {
        self.kpi = kpi
        self.municipality = municipality
        self.period = period
        self.gender = gender
        self.value = value
        self.status = status
        self.units = count.map { Int32(clamping: $0) } ?? -1
        self.deleted = deleted
    }
}
