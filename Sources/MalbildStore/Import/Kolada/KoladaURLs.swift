import MalbildCore

/// The addresses to download from Kolada's API for a workspace's Kolada indicators: one
/// per KPI, for the workspace's municipality (and any others to compare with) and the years
/// asked for, such as
/// `https://api.kolada.se/v3/data/kpi/N00945/municipality/0665/year/2018,2019`.
///
/// Version 3 of the API is the current one and the default; version 2, the former one, has
/// the same address shape. Both serve the same JSON, which ``KoladaFile`` reads. Users download with a browser or `curl -o`, and
/// import the files offline.
public struct KoladaURLs: Equatable, Sendable {
    /// A version of Kolada's API.
    public enum Version: String, Equatable, Sendable, CaseIterable {
        /// `https://api.kolada.se/v2`, the former version.
        case v2
        /// `https://api.kolada.se/v3`, the current version.
        case v3

        /// The API's root address.
        public var root: String { "https://api.kolada.se/\(rawValue)" }
    }

    /// One address to download, and a name to save it under.
    public struct Download: Equatable, Sendable {
        /// The KPI.
        public var kpi: String
        /// The address.
        public var url: String
        /// A file name to save the answer as, such as `kolada-N00945-0665.json`.
        public var fileName: String
    }

    /// The KPIs of the workspace's Kolada indicators, sorted, each once.
    public let kpis: [String]
    /// The municipalities, the workspace's first.
    public let municipalities: [String]
    /// The years, ascending.
    public let years: [Int]
    /// The API version.
    public let version: Version
    /// One download per KPI.
    public let downloads: [Download]

    /// The addresses for `workspace`'s Kolada indicators and `years` (by default
    /// ``defaultYears(for:)``), for its municipality followed by `compareWith`.
    public init(
        workspace: Workspace,
        years: [Int]? = nil,
        compareWith: [String] = [],
        version: Version = .v3
    ) throws(KoladaURLsError) {
        let own = workspace.municipality.koladaID
        guard !own.isEmpty else { throw .noMunicipality }
        var kpis: [String] = []
        for goal in workspace.goals {
            for indicator in goal.indicators {
                if case .kolada(let kpi) = indicator.source, indicator.discontinued == nil, !kpis.contains(kpi.uppercased()) {
                    kpis.append(kpi.uppercased())
                }
            }
        }
        guard !kpis.isEmpty else { throw .noKoladaIndicators }
        let years = Array(Set(years ?? Self.defaultYears(for: workspace))).sorted()
        guard !years.isEmpty else { throw .noYears }
        var municipalities = [own]
        for id in compareWith where !municipalities.contains(id) { municipalities.append(id) }
        self.kpis = kpis.sorted()
        self.municipalities = municipalities
        self.years = years
        self.version = version
        self.downloads = self.kpis.map { kpi in
            Download(kpi: kpi,
                     url: Self.url(kpis: [kpi], municipalities: municipalities, years: years, version: version),
                     fileName: "kolada-\(kpi)-\(municipalities.joined(separator: "-")).json")
        }
    }

    /// One address for every KPI together (Kolada takes lists separated by commas); its
    /// answer may come in pages.
    public var combined: String {
        Self.url(kpis: kpis, municipalities: municipalities, years: years, version: version)
    }

    /// The data address for KPIs, municipalities and years:
    /// `ROOT/data/kpi/K1,K2/municipality/M1,M2/year/Y1,Y2`.
    public static func url(kpis: [String], municipalities: [String], years: [Int], version: Version = .v3) -> String {
        var url = "\(version.root)/data/kpi/\(kpis.joined(separator: ","))"
        url += "/municipality/\(municipalities.joined(separator: ","))"
        if !years.isEmpty { url += "/year/\(years.map(String.init).joined(separator: ","))" }
        return url
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
