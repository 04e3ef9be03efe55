import MalbildCore

/// The addresses to download from Kolada's API (version 3, `https://api.kolada.se/v3`) for a
/// workspace's Kolada indicators: the data for its municipality (and any other places to
/// compare with: municipalities, the country `0000`, regions, groups `G…`) and the years
/// asked for, such as `https://api.kolada.se/v3/data/kpi/N00945/municipality/0665/year/2018,2019`,
/// and the metadata addresses for its KPIs, places and groups.
///
/// A path segment of the API takes at most 25 items, so longer lists are split over several
/// addresses. Users download with a browser or `curl -o`, and import the files offline.
public struct KoladaURLs: Equatable, Sendable {
    /// The API's root address.
    public static let root = "https://api.kolada.se/v3"
    /// The most items one path segment takes.
    public static let segmentLimit = 25

    /// One address to download, and a name to save it under.
    public struct Download: Equatable, Sendable {
        /// The KPI, for a data address; empty for metadata.
        public var kpi: String
        /// The address.
        public var url: String
        /// A file name to save the answer as, such as `kolada-N00945-0665.json`.
        public var fileName: String
    }

    /// The KPIs of the workspace's Kolada indicators, sorted, each once.
    public let kpis: [String]
    /// The places, the workspace's municipality first.
    public let municipalities: [String]
    /// The years, ascending.
    public let years: [Int]
    /// The data downloads: per KPI, split so that no segment holds more than 25 items.
    public let downloads: [Download]
    /// The metadata downloads: the KPIs, the places, and the groups among them.
    public let metadata: [Download]

    /// The addresses for `workspace`'s Kolada indicators and `years` (by default
    /// ``defaultYears(for:)``), for its municipality followed by `compareWith` and the
    /// workspace's comparison group.
    public init(workspace: Workspace, years: [Int]? = nil, compareWith: [String] = []) throws(KoladaURLsError) {
        let own = workspace.municipality.koladaID
        guard !own.isEmpty else { throw .noMunicipality }
        var kpis: [String] = []
        for goal in workspace.goals {
            for indicator in goal.indicators {
                guard case .kolada(let kpi) = indicator.source, !kpis.contains(kpi.uppercased()) else { continue }
                // A discontinued series still takes values up to its last one, so it is asked for too.
                kpis.append(kpi.uppercased())
            }
        }
        guard !kpis.isEmpty else { throw .noKoladaIndicators }
        let years = Array(Set(years ?? Self.defaultYears(for: workspace))).sorted()
        guard !years.isEmpty else { throw .noYears }
        var places = [own]
        for id in compareWith + [workspace.kolada?.group].compactMap({ $0 }) where !places.contains(id) {
            guard KoladaRecord.isPlaceID(id) else { throw .notAPlace(id) }
            places.append(id)
        }
        self.kpis = kpis.sorted()
        self.municipalities = places
        self.years = years
        var downloads: [Download] = []
        let placeChunks = Self.chunks(places)
        let yearChunks = Self.chunks(years)
        for kpi in self.kpis {
            for (p, placeChunk) in placeChunks.enumerated() {
                for (y, yearChunk) in yearChunks.enumerated() {
                    var name = "kolada-\(kpi)-\(places.count <= 3 ? places.joined(separator: "-") : own + "-and-\(places.count - 1)")"
                    if placeChunks.count > 1 { name += "-p\(p + 1)" }
                    if yearChunks.count > 1 { name += "-y\(y + 1)" }
                    downloads.append(Download(kpi: kpi, url: Self.url(kpis: [kpi], municipalities: placeChunk, years: yearChunk),
                                              fileName: name + ".json"))
                }
            }
        }
        self.downloads = downloads
        var metadata: [Download] = []
        for (i, chunk) in Self.chunks(self.kpis).enumerated() {
            metadata.append(Download(kpi: "", url: "\(Self.root)/kpi/\(chunk.joined(separator: ","))",
                                     fileName: "kolada-kpi\(i == 0 ? "" : "-\(i + 1)").json"))
        }
        let municipalities = places.filter { !$0.hasPrefix("G") }
        for (i, chunk) in Self.chunks(municipalities).enumerated() {
            metadata.append(Download(kpi: "", url: "\(Self.root)/municipality/\(chunk.joined(separator: ","))",
                                     fileName: "kolada-municipality\(i == 0 ? "" : "-\(i + 1)").json"))
        }
        let groups = places.filter { $0.hasPrefix("G") }
        for (i, chunk) in Self.chunks(groups).enumerated() {
            metadata.append(Download(kpi: "", url: "\(Self.root)/municipality_groups/\(chunk.joined(separator: ","))",
                                     fileName: "kolada-groups\(i == 0 ? "" : "-\(i + 1)").json"))
        }
        self.metadata = metadata
    }

    /// The data address for KPIs, places and years:
    /// `ROOT/data/kpi/K1,K2/municipality/M1,M2/year/Y1,Y2`. The lists should hold at most
    /// ``segmentLimit`` items each.
    public static func url(kpis: [String], municipalities: [String], years: [Int]) -> String {
        var url = "\(root)/data/kpi/\(kpis.joined(separator: ","))"
        url += "/municipality/\(municipalities.joined(separator: ","))"
        if !years.isEmpty { url += "/year/\(years.map(String.init).joined(separator: ","))" }
        return url
    }

    /// A list cut into pieces of at most ``segmentLimit`` items.
    static func chunks<T>(_ items: [T]) -> [[T]] {
        stride(from: 0, to: items.count, by: segmentLimit).map { Array(items[$0..<min($0 + segmentLimit, items.count)]) }
    }

    /// The plan year and the four before it, with any earlier year that a Kolada indicator's
    /// baseline or target is for.
    public static func defaultYears(for workspace: Workspace) -> [Int] {
        var years = Set((workspace.planYear - 4)...workspace.planYear)
        for goal in workspace.goals {
            for indicator in goal.indicators {
                guard case .kolada = indicator.source else { continue }
                for reference in [indicator.baseline, indicator.target].compactMap({ $0 }) {
                    if case .year(let y) = reference.period, y <= workspace.planYear { years.insert(y) }
                }
            }
        }
        return years.sorted()
    }
}
