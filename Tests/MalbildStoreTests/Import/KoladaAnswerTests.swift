import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// Målbild's value, not Foundation's unit measurement.
private typealias Measurement = MalbildCore.Measurement

/// Files shaped like Kolada's answers of today (v3) and of before (v2), written by the tests:
/// paged with each kind of link, empty, with removed rows, with group and region rows, and
/// the three kinds of metadata.
@Suite("Kolada's answers: v3 paging, removed rows, places, metadata")
struct KoladaAnswerTests {
    typealias F = ImportFixtures
    static let base = "https://api.kolada.se/v3/data/kpi/N03926/municipality/0665,0680,0000,0006,G37572/year/2019"

    /// A v3 data row: `{"kpi", "municipality", "period", "values": [{"gender", "count", "status", "value", "isdeleted"}]}`.
    static func row(_ kpi: String, _ place: String, _ year: Int, _ value: String, count: Int = 1,
                    status: String = "", deleted: Bool? = nil, spelling: String = "isdeleted") -> String {
        let flag = deleted.map { ", \"\(spelling)\": \($0)" } ?? ""
        return "{\"kpi\": \"\(kpi)\", \"municipality\": \"\(place)\", \"period\": \(year)\(flag), \"values\": ["
            + "{\"gender\": \"T\", \"count\": \(count), \"status\": \"\(status)\", \"value\": \(value)}]}"
    }

    /// A v3 page: `{"count": …, "values": […], "next_url": …, "previous_url": …}`.
    static func v3(_ rows: [String], count: Int? = nil, next: String?? = .some(nil), previous: String? = nil) -> String {
        var text = "{\"count\": \(count ?? rows.count), \"values\": [" + rows.joined(separator: ", ") + "]"
        switch next {
        case .none: break
        case .some(.none): text += ", \"next_url\": null"
        case .some(.some(let url)): text += ", \"next_url\": \"\(url)\""
        }
        if let previous { text += ", \"previous_url\": \"\(previous)\"" }
        return text + "}"
    }

    @Test("v3 pages linked by next_url: the answer's pages read as one; a page not given is named")
    func v3Paging() throws {
        let folder = try TemporaryFolder()
        let rows1 = (0..<30).map { Self.row("N03926", String(format: "%04d", 600 + $0), 2019, "\(Double($0) / 10)") }
        let rows2 = (30..<63).map { Self.row("N03926", String(format: "%04d", 600 + $0), 2019, "\(Double($0) / 10)") }
        let page1 = try folder.write(Self.v3(rows1, count: 63, next: "\(Self.base)?page=2&per_page=30"), to: "p1.json")
        let page2 = try folder.write(Self.v3(rows2, count: 63, next: "", previous: "\(Self.base)?page=1&per_page=30"), to: "p2.json")
        let alone = try KoladaPages.read(at: [page1])
        #expect(alone.values.count == 30)
        #expect(alone.missingPages == ["\(Self.base)?page=2&per_page=30"])
        let both = try KoladaPages.read(at: [page2, page1])
        #expect(both.values.count == 63)
        #expect(both.missingPages.isEmpty)
        // The last page's empty link is no link.
        #expect(try F.parse(Self.v3([], next: "")).nextPage == nil)
        #expect(try F.parse(Self.v3([], next: .some(nil))).nextPage == nil)
    }

    @Test("v2 pages linked by next_page, and a file of each version, read as one answer")
    func mixedVersions() throws {
        let folder = try TemporaryFolder()
        let v2 = try folder.write(F.file([F.entry("N03926", "0665", 2018, [("T", "2.6")])],
                                         nextPage: "\(Self.base)?page=2"), to: "v2.json")
        let v3 = try folder.write(Self.v3([Self.row("N03926", "0665", 2019, "2.2")], previous: "\(Self.base)?page=1"), to: "v3.json")
        let pages = try KoladaPages.read(at: [v2, v3])
        #expect(pages.values.map(\.period) == [2018, 2019])
        #expect(pages.missingPages.isEmpty)
    }

    @Test("isdeleted (v3) and is_deleted (v2) remove the value in force through a correction, and say so")
    func removedRows() throws {
        let v3 = try F.parse(Self.v3([Self.row("N03926", "0665", 2018, "2.6", deleted: true)]))
        let v2 = try F.parse(F.file([Self.row("N03926", "0665", 2018, "null", deleted: true, spelling: "is_deleted")]))
        #expect(v3.values.map(\.deleted) == [true])
        #expect(v2.values.map(\.deleted) == [true])
        let day = try F.day("2018-12-31")
        let workspace = F.workspace(measurements: ["langtid": [Measurement(day: day, total: 2.6, women: 2.3, men: 2.9)]])
        for file in [v3, v2] {
            let plan = KoladaImportPlan(workspace: workspace, values: file.values)
            #expect(plan.edits == [.insertMeasurement(goal: 2, indicator: "langtid", index: 1, measurement: Measurement(
                day: day, total: nil, status: KoladaImportPlan.removedStatus, correction: KoladaImportPlan.correctionReason))])
            #expect(plan.imported.first?.removed == [day])
            #expect(plan.imported.first?.description == "langtid (goal 2): 1 removed as in the source (2018-12-31)")
            let after = try F.applying(plan.edits, to: workspace)
            let indicator = try #require(after.goal(2)?.indicators.first)
            #expect(indicator.currentValues.first?.total == nil)
            #expect(indicator.measurements.first?.total == 2.6, "the earlier value stays in the history")
            // Importing the removal again changes nothing.
            #expect(KoladaImportPlan(workspace: after, values: file.values).edits.isEmpty)
        }
        // A removal of a value that was never imported does nothing.
        #expect(KoladaImportPlan(workspace: F.workspace(), values: v3.values).edits.isEmpty)
    }

    @Test("in files given together a later row wins, for the municipality and for other places alike")
    func laterRowWins() throws {
        let value = try F.parse(Self.v3([Self.row("N03926", "0665", 2018, "2.6"), Self.row("N03926", "0662", 2018, "3.1")])).values
        let removal = try F.parse(Self.v3([Self.row("N03926", "0665", 2018, "null", deleted: true),
                                           Self.row("N03926", "0662", 2018, "null", deleted: true)])).values
        let day = try F.day("2018-12-31")
        let workspace = F.workspace(measurements: ["langtid": [Measurement(day: day, total: 2.5)]])
        let removed = KoladaImportPlan(workspace: workspace, values: value + removal)
        #expect(removed.imported.first?.removed == [day])
        #expect(removed.record.series["N03926"]?["0662"] == nil)
        let restored = KoladaImportPlan(workspace: workspace, values: removal + value)
        #expect(restored.imported.first?.corrected == [day])
        #expect(restored.record.series["N03926"]?["0662"]?.value(in: 2018)?.value == 3.1)
    }

    @Test("an empty answer reads as an empty list, and plans nothing")
    func emptyAnswer() throws {
        let file = try F.parse(Self.v3([], count: 0))
        #expect(file.values.isEmpty)
        #expect(KoladaImportPlan(workspace: F.workspace(), values: file.values).edits.isEmpty)
    }

    @Test("group and region rows are kept apart from municipalities, with the group's count of members")
    func placesKept() throws {
        let file = try F.parse(Self.v3([
            Self.row("N03926", "0665", 2019, "2.2"),
            Self.row("N03926", "0680", 2019, "1.8"),
            Self.row("N03926", "0662", 2019, "2.9"),
            Self.row("N03926", "0000", 2019, "2.8", count: 290),
            Self.row("N03926", "0006", 2019, "2.5", count: 13),
            Self.row("N03926", "G37572", 2019, "2.4", count: 7),
            Self.row("N99999", "0680", 2019, "1"),
        ]))
        let plan = KoladaImportPlan(workspace: F.workspace(), values: file.values)
        let record = plan.record
        #expect(record.series.keys.sorted() == ["N03926"], "only KPIs with an indicator are kept")
        #expect(record.series["N03926"]?.keys.sorted() == ["0000", "0006", "0662", "0680", "G37572"])
        #expect(record.series["N03926"]?["G37572"]?.value(in: 2019)?.count == 7)
        #expect(plan.kept[.municipality] == KoladaImportPlan.Kept(places: 2, values: 2))
        #expect(plan.kept[.group] == KoladaImportPlan.Kept(places: 1, values: 1))
        #expect(plan.kept[.region] == KoladaImportPlan.Kept(places: 1, values: 1))
        #expect(plan.kept[.country] == KoladaImportPlan.Kept(places: 1, values: 1))
        #expect(plan.edits.last == .setKoladaRecord(record: record))
        let after = try F.applying(plan.edits, to: F.workspace())
        let kept = try #require(after.kolada)
        let position = try #require(ComparisonPosition(record: kept, kpi: "N03926", own: "0665",
                                                       ownValue: { _ in 2.2 }, direction: .lower))
        #expect(position.municipalities.map(\.id) == ["0680", "0665", "0662"])
        #expect(position.rank == 2 && position.ranked == 3)
        #expect(position.country?.value == 2.8)
        #expect(position.regions.map(\.id) == ["0006"])
        #expect(position.groups.map(\.id) == ["G37572"])
        #expect(position.groups.first?.count == 7)
        // A removed row of another place removes it from the record.
        let removal = try F.parse(Self.v3([Self.row("N03926", "0680", 2019, "null", deleted: true)]))
        let again = KoladaImportPlan(workspace: after, values: removal.values)
        #expect(again.keptRemoved == 1)
        #expect(again.record.series["N03926"]?["0680"] == nil)
    }

    @Test("a discontinued indicator takes values up to its last one recorded, not later ones")
    func discontinued() throws {
        let last = Measurement(day: try F.day("2019-04-30"), total: 2.3)
        var workspace = F.workspace(measurements: ["langtid": [last]])
        _ = try workspace.apply(.setDiscontinued(goal: 2, indicator: "langtid",
                                                 discontinuation: Discontinuation(replacedBy: nil, reason: "ersatt")))
        let file = try F.parse(Self.v3([Self.row("N03926", "0665", 2018, "2.6"), Self.row("N03926", "0665", 2019, "2.2")]))
        let plan = KoladaImportPlan(workspace: workspace, values: file.values)
        #expect(plan.imported.first?.added == [try F.day("2018-12-31")])
        #expect(plan.skipped.contains(KoladaSkip(reason: .discontinued(goal: 2, indicator: "langtid"), count: 1)))
        let after = try F.applying(plan.edits, to: workspace)
        #expect(after.goal(2)?.indicators.first?.currentValues.map(\.total) == [2.6, 2.3])
    }

    static let kpiMetadata = """
        {"count": 2, "next_url": null, "values": [
         {"id": "N03926", "title": "Långtidsarbetslöshet 25-64 år, andel (%) av befolkningen", "description": "…",
          "is_divided_by_gender": 1, "municipality_type": "K", "operating_area": "Arbetsmarknad", "publ_period": "2019",
          "has_ou_data": false},
         {"id": "N00001", "title": "Ett annat nyckeltal", "description": "", "is_divided_by_gender": 0}]}
        """
    static let municipalityMetadata = """
        {"count": 4, "values": [{"id": "0665", "title": "Vaggeryd", "type": "K"}, {"id": "0680", "title": "Jönköping", "type": "K"},
         {"id": "0006", "title": "Region Jönköpings län", "type": "L"}, {"id": "0000", "title": "Riket", "type": "L"}]}
        """
    static let groupMetadata = """
        {"count": 1, "values": [{"id": "G37572", "title": "Liknande kommuner, övergripande, Vaggeryd",
          "members": [{"id": "0665", "title": "Vaggeryd"}, {"id": "0662", "title": "Gislaved"}]}]}
        """

    @Test("the three kinds of metadata are read and kept; a KPI whose title changed is flagged")
    func metadata() throws {
        let kpiFile = try F.parse(Self.kpiMetadata)
        let placeFile = try F.parse(Self.municipalityMetadata)
        let groupFile = try F.parse(Self.groupMetadata)
        let kpis = try #require(kpiFile.metadata)
        let places = try #require(placeFile.metadata)
        let groups = try #require(groupFile.metadata)
        #expect(kpis.kind == .kpis && places.kind == .municipalities && groups.kind == .groups)
        #expect(kpis.kpis.first?.dividedByGender == true)
        #expect(kpis.kpis.first?.operatingArea == "Arbetsmarknad")
        #expect(places.areas.map(\.kind) == [.municipality, .municipality, .region, .country])
        #expect(groups.areas.last?.members == ["0665", "0662"])
        let plan = KoladaImportPlan(workspace: F.workspace(), values: [], metadata: [kpis, places, groups])
        #expect(plan.record.kpis.keys.sorted() == ["N03926"], "only the workspace's KPIs are kept")
        #expect(plan.record.name(of: "0680") == "Jönköping")
        #expect(plan.record.areas["G37572"]?.members == ["0665", "0662"])
        #expect(plan.record.areas["0662"]?.title == "Gislaved")
        #expect(plan.changedTitles.isEmpty)
        #expect(plan.metadataRead == [.kpis: 2, .municipalities: 4, .groups: 1])
        let after = try F.applying(plan.edits, to: F.workspace())
        // A year later Kolada gives the KPI another title.
        let renamedFile = try F.parse(Self.kpiMetadata.replacingOccurrences(of: "(%) av befolkningen", with: "andel (%)"))
        let renamed = try #require(renamedFile.metadata)
        let later = KoladaImportPlan(workspace: after, values: [], metadata: [renamed])
        #expect(later.changedTitles.map(\.id) == ["N03926"])
        #expect(later.changedTitles.first?.linkedTitle == "Långtidsarbetslöshet 25-64 år, andel (%) av befolkningen")
        // Checked on every import, also one of data only.
        let afterRename = try F.applying(later.edits, to: after)
        #expect(KoladaImportPlan(workspace: afterRename, values: []).changedTitles.map(\.id) == ["N03926"])
    }

    @Test("a metadata file that is neither KPIs, places nor groups is refused with its place")
    func badMetadata() throws {
        let fault = try #require(F.fault("{\"values\": [{\"id\": \"X1\", \"colour\": \"red\"}]}"))
        #expect(fault.description == "kolada.json does not have Kolada's shape: values[0]: is neither a KPI, a municipality nor a group of municipalities")
    }
}
