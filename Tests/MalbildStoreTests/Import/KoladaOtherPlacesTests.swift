import MalbildCore
import Testing
@testable import MalbildStore

/// Other places' values kept by an import, checked against the rule applied row by row:
/// a total for a KPI an indicator has sets the place's year (a later row wins), a removed
/// row takes the year away, every total counts once for its place; rows of places, KPIs and
/// the workspace's own municipality interleaved in any order.
@Suite("An import keeps other places' values row by row")
struct KoladaOtherPlacesTests {
    /// The rule, one row at a time, straight into the record.
    static func rowByRow(_ values: [KoladaValue], indicatorKPIs: Set<String>, own: String)
        -> (series: [String: [String: ComparisonSeries]], kept: [String: Int], removed: Int, years: [String: Int]) {
        var series: [String: [String: ComparisonSeries]] = [:]
        var kept: [String: Int] = [:]
        var years: [String: Int] = [:]
        var removed = 0
        for value in values where value.municipality != own && value.gender == .total {
            years[value.municipality, default: 0] += 1
            let kpi = value.kpi.uppercased()
            guard indicatorKPIs.contains(kpi) else { continue }
            if value.deleted {
                if series[kpi]?[value.municipality]?.remove(value.period) == true { removed += 1 }
            } else if let number = value.value, number.isFinite {
                series[kpi, default: [:]][value.municipality, default: ComparisonSeries()].set(number, count: value.count, in: value.period)
                kept[value.municipality, default: 0] += 1
            }
        }
        for kpi in Array(series.keys) {
            series[kpi] = series[kpi]?.filter { !$0.value.isEmpty }
            if series[kpi]?.isEmpty == true { series[kpi] = nil }
        }
        return (series, kept, removed, years)
    }

    @Test("interleaved rows give the record the row-by-row rule gives", arguments: 0..<25)
    func agrees(seed: Int) throws {
        var g = UInt64(seed) &* 40503 &+ 7
        func next(_ n: Int) -> Int {
            g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((g >> 33) % UInt64(n))
        }
        let places = ["0680", "0000", "G37572", "0665", "1480", "0006"]
        let kpis = ["N00945", "n00945", "N03926", "N99999"]
        var values: [KoladaValue] = []
        var place = places[0]
        var kpi = kpis[0]
        var year = 2000
        for _ in 0..<(50 + seed * 20) {
            // Runs of one place and KPI, as files come, broken now and then.
            if next(6) == 0 { place = places[next(places.count)] }
            if next(8) == 0 { kpi = kpis[next(kpis.count)] }
            year = next(5) == 0 ? 2000 + next(20) : year + 1
            let gender: KoladaGender = [.total, .total, .women, .men][next(4)]
            let value: Double?
            switch next(20) {
            case 0, 1: value = nil
            case 2: value = .infinity
            case 3: value = -0.5
            default: value = Double(next(100))
            }
            values.append(KoladaValue(kpi: kpi, municipality: place, period: year, gender: gender, value: value,
                                      count: next(3) == 0 ? nil : next(20), deleted: next(10) == 0))
        }
        let workspace = ImportFixtures.workspace()
        let plan = KoladaImportPlan(workspace: workspace, values: values)
        let expected = Self.rowByRow(values, indicatorKPIs: ["N00945", "N03926"], own: "0665")
        #expect(plan.record.series == expected.series)
        #expect(plan.keptRemoved == expected.removed)
        var kept: [KoladaArea.Kind: KoladaImportPlan.Kept] = [:]
        for (place, count) in expected.kept {
            kept[KoladaArea.Kind(id: place), default: .init(places: 0, values: 0)].places += 1
            kept[KoladaArea.Kind(id: place), default: .init(places: 0, values: 0)].values += count
        }
        #expect(plan.kept == kept)
        let others = plan.skipped.compactMap { skip -> (String, Int)? in
            if case .otherMunicipality(let id) = skip.reason { return (id, skip.count) }
            return nil
        }
        #expect(others.map(\.0) == expected.years.keys.sorted())
        #expect(others.map(\.1) == expected.years.keys.sorted().map { expected.years[$0] ?? 0 })
    }
}
