/// What Kolada's metadata says about one KPI, with the title it had when the workspace first
/// read it, so that a changed definition shows.
public struct KoladaKPIInfo: Codable, Equatable, Sendable {
    /// The KPI id, e.g. `N03926`.
    public var id: String
    /// Kolada's title, as last read.
    public var title: String
    /// The title when the KPI was first read for the workspace.
    public var linkedTitle: String
    /// Whether Kolada splits the KPI by gender (women and men), when known.
    public var dividedByGender: Bool?
    /// The kind of municipality the KPI is for (`K`, `L`, `A`), when given.
    public var municipalityType: String?
    /// The field it belongs to (`operating_area`), when given.
    public var operatingArea: String?
    /// When Kolada publishes it (`publ_period`), when given.
    public var publicationPeriod: String?

    /// Creates a KPI's metadata.
    public init(id: String, title: String, linkedTitle: String? = nil, dividedByGender: Bool? = nil,
                municipalityType: String? = nil, operatingArea: String? = nil, publicationPeriod: String? = nil) {
        self.id = id
        self.title = title
        self.linkedTitle = linkedTitle ?? title
        self.dividedByGender = dividedByGender
        self.municipalityType = municipalityType
        self.operatingArea = operatingArea
        self.publicationPeriod = publicationPeriod
    }

    /// Whether the title changed since the KPI was first read.
    public var titleChanged: Bool { title != linkedTitle }
}
