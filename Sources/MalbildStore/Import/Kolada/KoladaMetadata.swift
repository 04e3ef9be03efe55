import Foundation
import MalbildCore

/// Kolada's metadata, read from the answers of its `kpi`, `municipality` and
/// `municipality_groups` addresses:
///
/// ```json
/// {"values": [{"id": "N03926", "title": "…", "is_divided_by_gender": 1, "publ_period": "…"}]}
/// {"values": [{"id": "0665", "title": "Vaggeryd", "type": "K"}]}
/// {"values": [{"id": "G37572", "title": "Liknande kommuner …", "members": [{"id": "0665", "title": "Vaggeryd"}]}]}
/// ```
///
/// These answers are small (thousands of entries at most), so they are read with the
/// standard JSON reader, not the scanner that reads data values.
public struct KoladaMetadata: Equatable, Sendable {
    /// Which of the three lists a file is.
    public enum Kind: String, Equatable, Sendable {
        /// KPIs (`/kpi`).
        case kpis
        /// Municipalities, regions and the country (`/municipality`).
        case municipalities
        /// Groups of municipalities (`/municipality_groups`).
        case groups
    }

    /// Which list.
    public var kind: Kind
    /// The KPIs, for a KPI list.
    public var kpis: [KoladaKPIInfo]
    /// The places: municipalities, regions and the country, or groups (and their members).
    public var areas: [KoladaArea]

    /// Creates metadata.
    public init(kind: Kind, kpis: [KoladaKPIInfo] = [], areas: [KoladaArea] = []) {
        self.kind = kind
        self.kpis = kpis
        self.areas = areas
    }

    /// Reads a metadata answer's bytes; `path` is only for messages. Returns the metadata and
    /// the addresses of the next and previous pages.
    static func parse(_ data: Data, path: String) throws(KoladaFileError) -> (KoladaMetadata, next: String?, previous: String?) {
        func shape(_ place: String, _ detail: String) -> KoladaFileError {
            KoladaFileError(path: path, fault: .wrongShape(place: place, detail: detail))
        }
        guard let top = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let entries = top["values"] as? [Any] else {
            throw shape("", "this is not a list of Kolada metadata")
        }
        func link(_ keys: [String]) -> String? {
            for key in keys { if let s = top[key] as? String, !s.isEmpty { return s } }
            return nil
        }
        var kind: Kind?
        var kpis: [KoladaKPIInfo] = []
        var areas: [KoladaArea] = []
        for (e, any) in entries.enumerated() {
            guard let entry = any as? [String: Any] else { throw shape("values[\(e)]", "is not an object with an id and a title") }
            guard let id = entry["id"] as? String, !id.isEmpty else { throw shape("values[\(e)].id", "there is no id") }
            let title = entry["title"] as? String ?? ""
            let entryKind: Kind
            if entry["members"] != nil {
                entryKind = .groups
            } else if entry["is_divided_by_gender"] != nil || entry["publ_period"] != nil || entry["operating_area"] != nil
                        || entry["description"] != nil || entry["municipality_type"] != nil {
                entryKind = .kpis
            } else if entry["type"] != nil {
                entryKind = .municipalities
            } else {
                throw shape("values[\(e)]", "is neither a KPI, a municipality nor a group of municipalities")
            }
            if let kind, kind != entryKind {
                throw shape("values[\(e)]", "mixes \(kind.rawValue) and \(entryKind.rawValue) in one list")
            }
            kind = entryKind
            switch entryKind {
            case .kpis:
                kpis.append(KoladaKPIInfo(
                    id: id.uppercased(), title: title, dividedByGender: flag(entry["is_divided_by_gender"]),
                    municipalityType: entry["municipality_type"] as? String,
                    operatingArea: entry["operating_area"] as? String,
                    publicationPeriod: (entry["publ_period"] as? String) ?? (entry["publ_period"] as? NSNumber)?.stringValue))
            case .municipalities:
                let type = entry["type"] as? String
                let areaKind: KoladaArea.Kind = id == "0000" ? .country : (type == "L" ? .region : KoladaArea.Kind(id: id))
                areas.append(KoladaArea(id: id, title: title, kind: areaKind))
            case .groups:
                guard let list = entry["members"] as? [Any] else { throw shape("values[\(e)].members", "is not a list") }
                var members: [String] = []
                for (m, member) in list.enumerated() {
                    if let object = member as? [String: Any], let mid = object["id"] as? String {
                        members.append(mid)
                        if let mtitle = object["title"] as? String, !mtitle.isEmpty {
                            areas.append(KoladaArea(id: mid, title: mtitle))
                        }
                    } else if let mid = member as? String {
                        members.append(mid)
                    } else {
                        throw shape("values[\(e)].members[\(m)]", "has no id")
                    }
                }
                areas.append(KoladaArea(id: id, title: title, kind: .group, members: members))
            }
        }
        return (KoladaMetadata(kind: kind ?? .kpis, kpis: kpis, areas: areas),
                link(["next_url", "next_page"]), link(["previous_url", "previous_page"]))
    }

    private static func flag(_ any: Any?) -> Bool? {
        if let b = any as? Bool { return b }
        if let n = any as? NSNumber { return n.intValue != 0 }
        if let s = any as? String { return s == "1" || s.lowercased() == "true" }
        return nil
    }
}
