/// Where the workspace's municipality stands for one KPI and year among the places kept in
/// the workspace's ``KoladaRecord``: a position relative to others, not a judgement of a goal.
///
/// Only municipalities are ranked; the country, regions and groups are shown beside them.
public struct ComparisonPosition: Equatable, Sendable {
    /// A place shown beside the ranking: the country, a region or a group.
    public struct Place: Equatable, Sendable {
        /// The Kolada id.
        public var id: String
        /// Its title, or its id when no title is known.
        public var name: String
        /// The value.
        public var value: Double
        /// For a group: how many members contributed to the mean.
        public var count: Int?
    }

    /// The KPI.
    public var kpi: String
    /// The year compared.
    public var year: Int
    /// The workspace's municipality's value, if it has one for the year.
    public var own: Double?
    /// Its rank among the municipalities (1 is best by the indicator's direction).
    public var rank: Int?
    /// How many municipalities are ranked (the workspace's own included).
    public var ranked: Int
    /// The municipalities' values, best first, with their ids.
    public var municipalities: [(id: String, value: Double)]
    /// The whole country's value.
    public var country: Place?
    /// The regions' values.
    public var regions: [Place]
    /// The groups' values (each the unweighted mean of its members).
    public var groups: [Place]
    /// The chosen comparison group's id, if any.
    public var group: String?
    /// The rank among the chosen group's members that have a value, and their number.
    public var groupRank: (rank: Int, of: Int)?

    /// The median of the ranked municipalities' values.
    public var median: Double? {
        let sorted = municipalities.map(\.value).sorted()
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The position of `own` (with `ownValue` for the year) for `kpi` in `year` (by default the
    /// latest year the municipality has a value for, or else the latest with any value), with
    /// `group` as the chosen comparison group; nil when the record holds no value for the KPI.
    public init?(record: KoladaRecord, kpi: String, own: String, ownValue: (Int) -> Double?,
                 direction: Direction, year: Int? = nil, group: String? = nil) {
        let all = record.series[kpi] ?? [:]
        // By default the latest year the municipality has a value for, or else the latest of all.
        let years = Set(all.values.flatMap(\.years))
        let year = year ?? years.filter { ownValue($0) != nil || all[own]?.value(in: $0) != nil }.max() ?? years.max()
        guard let year else { return nil }
        self.kpi = kpi
        self.year = year
        self.group = group
        var municipalities: [(id: String, value: Double)] = []
        var regions: [Place] = []
        var groups: [Place] = []
        var country: Place?
        for id in all.keys.sorted() where id != own {
            guard let (value, count) = all[id]?.value(in: year) else { continue }
            let place = Place(id: id, name: record.name(of: id), value: value, count: count)
            switch record.kind(of: id) {
            case .municipality: municipalities.append((id, value))
            case .region: regions.append(place)
            case .country: country = place
            case .group: groups.append(place)
            }
        }
        let ownNumber = ownValue(year) ?? all[own]?.value(in: year)?.value
        if let ownNumber { municipalities.append((own, ownNumber)) }
        let better: (Double, Double) -> Bool = direction == .lower ? (<) : (>)
        municipalities.sort { better($0.value, $1.value) || ($0.value == $1.value && $0.id < $1.id) }
        self.own = ownNumber
        self.municipalities = municipalities
        self.ranked = municipalities.count
        self.rank = municipalities.firstIndex { $0.id == own }.map { $0 + 1 }
        self.country = country
        self.regions = regions
        self.groups = groups
        if let group, let members = record.areas[group]?.members, !members.isEmpty {
            let inGroup = municipalities.filter { members.contains($0.id) || $0.id == own }
            if let r = inGroup.firstIndex(where: { $0.id == own }) { groupRank = (r + 1, inGroup.count) } else { groupRank = nil }
        } else {
            groupRank = nil
        }
        if municipalities.isEmpty && country == nil && regions.isEmpty && groups.isEmpty { return nil }
    }

    /// Whether two positions say the same (tuples are compared member by member).
    public static func == (a: ComparisonPosition, b: ComparisonPosition) -> Bool {
        a.kpi == b.kpi && a.year == b.year && a.own == b.own && a.rank == b.rank && a.ranked == b.ranked
            && a.municipalities.map(\.id) == b.municipalities.map(\.id) && a.municipalities.map(\.value) == b.municipalities.map(\.value)
            && a.country == b.country && a.regions == b.regions && a.groups == b.groups && a.group == b.group
            && a.groupRank?.rank == b.groupRank?.rank && a.groupRank?.of == b.groupRank?.of
    }
}
