import Testing
@testable import MalbildCore

@Suite("What a workspace keeps from Kolada, and the relative position it gives")
struct KoladaRecordTests {
    static func series(_ values: [Int: Double], count: Int? = nil) -> ComparisonSeries {
        var s = ComparisonSeries()
        for (year, value) in values.sorted(by: { $0.key < $1.key }) { s.set(value, count: count, in: year) }
        return s
    }

    static let record = KoladaRecord(
        group: "G1",
        areas: ["G1": KoladaArea(id: "G1", title: "Liknande kommuner", members: ["0665", "0662", "0684"]),
                "0680": KoladaArea(id: "0680", title: "Jönköping")],
        series: ["N1": [
            "0680": series([2018: 6.2, 2019: 6.0]), "0662": series([2019: 4.5]), "0684": series([2019: 5.1, 2020: 5.3]),
            "0000": series([2019: 7.0], count: 290), "0006": series([2019: 5.6], count: 13), "G1": series([2019: 5.4], count: 7),
        ]])

    @Test("only municipalities are ranked; the country, regions and groups are shown apart")
    func ranking() throws {
        let p = try #require(ComparisonPosition(record: Self.record, kpi: "N1", own: "0665", ownValue: { $0 == 2019 ? 5.8 : nil },
                                                direction: .higher, group: "G1"))
        #expect(p.year == 2019, "the latest year the municipality has a value for")
        #expect(p.municipalities.map(\.id) == ["0680", "0665", "0684", "0662"])
        #expect(p.rank == 2 && p.ranked == 4)
        #expect(abs((p.median ?? 0) - 5.45) < 1e-9)
        #expect(p.country?.value == 7.0)
        #expect(p.regions.map(\.id) == ["0006"])
        #expect(p.groups.map(\.name) == ["Liknande kommuner"])
        #expect(p.groups.first?.count == 7)
        #expect(p.groupRank?.rank == 1 && p.groupRank?.of == 3)
        let lower = try #require(ComparisonPosition(record: Self.record, kpi: "N1", own: "0665", ownValue: { _ in 5.8 },
                                                    direction: .lower, year: 2019))
        #expect(lower.rank == 3)
        #expect(ComparisonPosition(record: Self.record, kpi: "N2", own: "0665", ownValue: { _ in 1 }, direction: .higher) == nil)
    }

    @Test("ids: four digits or a group; the kind by the id's shape")
    func ids() {
        #expect(KoladaRecord.isPlaceID("0665") && KoladaRecord.isPlaceID("G37572") && KoladaRecord.isPlaceID("0000"))
        #expect(!KoladaRecord.isPlaceID("665") && !KoladaRecord.isPlaceID("G") && !KoladaRecord.isPlaceID("g1") && !KoladaRecord.isPlaceID("06650"))
        #expect(KoladaArea.Kind(id: "0000") == .country)
        #expect(KoladaArea.Kind(id: "0025") == .region && KoladaArea.Kind(id: "0026") == .municipality)
        #expect(KoladaArea.Kind(id: "G37572") == .group)
    }

    @Test("the comparison group is a setting of the workspace, undone like any other")
    func groupSetting() throws {
        var w = Workspace.empty(year: 2019)
        let undo = try w.apply(.setInfo(field: .group, value: "G37572"))
        #expect(w.kolada?.group == "G37572" && w.info(.group) == "G37572")
        _ = try w.apply(undo)
        #expect(w.kolada == nil)
        #expect(throws: EditError.notAKoladaID("37572")) { try w.apply(.setInfo(field: .group, value: "37572")) }
    }

    @Test("a discontinued series takes values dated up to its last one, not after")
    func discontinued() throws {
        let last = Measurement(day: try Day(parsing: "2019-04-30"), total: 2.3)
        var w = Workspace(name: "w", planYear: 2019, goals: [Goal(number: 2, title: "Arbete", kind: .steering, indicators: [
            Indicator(id: "langtid", name: "L", source: .kolada(kpi: "N03926"), measurements: [last]),
        ])])
        _ = try w.apply(.setDiscontinued(goal: 2, indicator: "langtid", discontinuation: Discontinuation(replacedBy: nil, reason: "ersatt")))
        let before = Measurement(day: try Day(parsing: "2018-12-31"), total: 2.6)
        _ = try w.apply(.insertMeasurement(goal: 2, indicator: "langtid", index: 1, measurement: before))
        let after = Measurement(day: try Day(parsing: "2019-12-31"), total: 2.2)
        #expect(throws: EditError.indicatorDiscontinued("langtid", replacedBy: nil)) {
            try w.apply(.insertMeasurement(goal: 2, indicator: "langtid", index: 2, measurement: after))
        }
    }
}
