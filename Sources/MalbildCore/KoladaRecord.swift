/// What a workspace keeps from Kolada beside its own indicators' values: the KPIs' titles,
/// the names of municipalities, regions and groups, other places' values to compare with,
/// and the group of similar municipalities chosen for comparison.
///
/// Kept in its own section of the workspace (`kolada`), apart from the goals, and changed
/// only through ``Edit/setKoladaRecord(record:)`` and ``InfoField/group``.
public struct KoladaRecord: Codable, Equatable, Sendable {
    /// The id of the chosen comparison group (`G37572`), or nil.
    public var group: String?
    /// What Kolada says about the KPIs of the workspace's indicators, by KPI id.
    public var kpis: [String: KoladaKPIInfo]
    /// Municipalities, regions, the country and groups, by Kolada id.
    public var areas: [String: KoladaArea]
    /// Other places' values, by KPI id and then by place id.
    public var series: [String: [String: ComparisonSeries]]

    /// Creates a record.
    public init(group: String? = nil, kpis: [String: KoladaKPIInfo] = [:], areas: [String: KoladaArea] = [:],
                series: [String: [String: ComparisonSeries]] = [:]) {
        self.group = group
        self.kpis = kpis
        self.areas = areas
        self.series = series
    }

    /// Whether the record holds nothing.
    public var isEmpty: Bool { group == nil && kpis.isEmpty && areas.isEmpty && series.isEmpty }

    /// The name of a place: its title when known, otherwise its id.
    public func name(of id: String) -> String {
        guard let title = areas[id]?.title, !title.isEmpty else { return id }
        return title
    }

    /// The kind of a place: from its metadata when known, otherwise from the shape of its id.
    public func kind(of id: String) -> KoladaArea.Kind {
        areas[id]?.kind ?? KoladaArea.Kind(id: id)
    }

    /// Whether an id can name a Kolada place: four digits (a municipality, a region or the
    /// country) or a group (`G` followed by letters and digits).
    public static func isPlaceID(_ id: String) -> Bool {
        if id.count == 4, id.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return id.count >= 2 && id.first == "G" && id.dropFirst().allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The KPIs whose title in Kolada differs from the title they had when first read.
    public var changedTitles: [KoladaKPIInfo] {
        kpis.keys.sorted().compactMap { kpis[$0] }.filter(\.titleChanged)
    }
}
