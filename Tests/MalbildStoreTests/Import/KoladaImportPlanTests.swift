import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// Målbild's value, not Foundation's unit measurement.
private typealias Measurement = MalbildCore.Measurement

@Suite("Planning a Kolada import")
struct KoladaImportPlanTests {
    typealias F = ImportFixtures

    static let values: [KoladaValue] = [
        KoladaValue(kpi: "N00945", municipality: "0665", period: 2018, gender: .total, value: 40),
        KoladaValue(kpi: "N00945", municipality: "0665", period: 2018, gender: .women, value: 41),
        KoladaValue(kpi: "N00945", municipality: "0665", period: 2018, gender: .men, value: 39),
        KoladaValue(kpi: "N00945", municipality: "0665", period: 2019, gender: .total, value: 43),
        KoladaValue(kpi: "N03926", municipality: "0665", period: 2019, gender: .total, value: nil, status: "Publiceras i mars"),
        KoladaValue(kpi: "N00945", municipality: "0680", period: 2019, gender: .total, value: 58),
        KoladaValue(kpi: "N00945", municipality: "0000", period: 2019, gender: .total, value: 55),
        KoladaValue(kpi: "N99999", municipality: "0665", period: 2019, gender: .total, value: 1),
    ]

    @Test("T, K and M of a year become one value on 31 December, in the indicator with the KPI")
    func merges() throws {
        let plan = KoladaImportPlan(workspace: F.workspace(), values: Self.values)
        #expect(plan.municipality == "0665")
        #expect(plan.edits == [
            .insertMeasurement(goal: 2, indicator: "langtid", index: 0,
                               measurement: Measurement(day: try F.day("2019-12-31"), total: nil, status: "Publiceras i mars")),
            .insertMeasurement(goal: 6, indicator: "nii", index: 0,
                               measurement: Measurement(day: try F.day("2018-12-31"), total: 40, women: 41, men: 39)),
            .insertMeasurement(goal: 6, indicator: "nii", index: 1,
                               measurement: Measurement(day: try F.day("2019-12-31"), total: 43)),
            // Then the other places' values, kept in the workspace's Kolada record.
            .setKoladaRecord(record: plan.record),
        ])
        #expect(plan.record.series["N00945"]?.keys.sorted() == ["0000", "0680"])
        #expect(plan.imported == [
            IndicatorImport(goal: 2, indicator: "langtid", added: [try F.day("2019-12-31")]),
            IndicatorImport(goal: 6, indicator: "nii", added: [try F.day("2018-12-31"), try F.day("2019-12-31")]),
        ])
        #expect(plan.imported[1].description == "nii (goal 6): 2 new values (2018-12-31, 2019-12-31)")
    }

    @Test("other municipalities are kept for comparison, KPIs without an indicator are skipped")
    func skipped() throws {
        let plan = KoladaImportPlan(workspace: F.workspace(), values: Self.values)
        #expect(plan.skipped == [
            KoladaSkip(reason: .otherMunicipality("0000"), count: 1),
            KoladaSkip(reason: .otherMunicipality("0680"), count: 1),
            KoladaSkip(reason: .noIndicator(kpi: "N99999"), count: 1),
        ])
        #expect(plan.skipped.map(\.description) == [
            "municipality 0000: 1 value kept for comparison",
            "municipality 0680: 1 value kept for comparison",
            "N99999: 1 value skipped, no indicator has the source kolada:N99999",
        ])
        #expect(plan.record.series["N00945"]?["0680"]?.value(in: 2019)?.value == 58)
        #expect(plan.record.series["N00945"]?["0000"]?.value(in: 2019)?.value == 55)
        #expect(plan.comparisonKPIs == ["N00945"])
    }

    @Test("importing the same values twice changes nothing the second time")
    func idempotent() throws {
        let workspace = F.workspace()
        let first = KoladaImportPlan(workspace: workspace, values: Self.values)
        let imported = try F.applying(first.edits, to: workspace)
        #expect(imported.goal(6)?.indicator("nii")?.currentValues.map(\.total) == [40, 43])
        let again = KoladaImportPlan(workspace: imported, values: Self.values)
        #expect(again.isEmpty)
        #expect(again.imported.map(\.unchanged) == [1, 2])
        #expect(again.skipped.contains(KoladaSkip(reason: .unchanged(goal: 6, indicator: "nii"), count: 2)))
        #expect(again.skipped.contains { $0.description == "nii (goal 6): 2 values unchanged" })
    }

    @Test("a different value for a day already in force becomes a correction, after the values there")
    func correction() throws {
        let earlier = Measurement(day: try F.day("2019-12-31"), total: 42)
        let workspace = F.workspace(measurements: ["nii": [Measurement(day: try F.day("2017-12-31"), total: 38), earlier]])
        let plan = KoladaImportPlan(workspace: workspace, values: Array(Self.values[0...3]))
        #expect(plan.edits == [
            .insertMeasurement(goal: 6, indicator: "nii", index: 2,
                               measurement: Measurement(day: try F.day("2018-12-31"), total: 40, women: 41, men: 39)),
            .insertMeasurement(goal: 6, indicator: "nii", index: 3,
                               measurement: Measurement(day: try F.day("2019-12-31"), total: 43, correction: "Kolada import")),
        ])
        #expect(plan.imported.first?.corrected == [try F.day("2019-12-31")])
        let after = try F.applying(plan.edits, to: workspace)
        #expect(after.goal(6)?.indicator("nii")?.measurements.count == 4)
        #expect(KoladaImportPlan(workspace: after, values: Array(Self.values[0...3])).isEmpty)
    }

    @Test("real data replaces an example value even when the numbers agree")
    func exampleReplaced() throws {
        let example = Measurement(day: try F.day("2019-12-31"), total: 43, example: true)
        let plan = KoladaImportPlan(workspace: F.workspace(measurements: ["nii": [example]]), values: [Self.values[3]])
        #expect(plan.edits == [.insertMeasurement(goal: 6, indicator: "nii", index: 1,
                                                  measurement: Measurement(day: try F.day("2019-12-31"), total: 43,
                                                                           correction: "Kolada import"))])
    }

    @Test("a discontinued indicator takes no values, and says so")
    func discontinued() throws {
        var workspace = F.workspace()
        _ = try workspace.apply(.setDiscontinued(goal: 6, indicator: "nii", discontinuation: Discontinuation(replacedBy: nil, reason: "SCB")))
        let plan = KoladaImportPlan(workspace: workspace, values: Array(Self.values[0...3]))
        #expect(plan.isEmpty)
        #expect(plan.skipped == [KoladaSkip(reason: .discontinued(goal: 6, indicator: "nii"), count: 2)])
    }

    @Test("two indicators with the same KPI both get the values")
    func sharedKPI() throws {
        var workspace = F.workspace()
        _ = try workspace.apply(.insertIndicator(goal: 2, index: 1, indicator: Indicator(id: "nii2", name: "NII igen", source: .kolada(kpi: "n00945"))))
        let plan = KoladaImportPlan(workspace: workspace, values: [Self.values[3]])
        #expect(plan.imported.map(\.indicator) == ["nii2", "nii"])
        #expect(try F.applying(plan.edits, to: workspace).goal(2)?.indicator("nii2")?.currentValues.first?.total == 43)
    }

    @Test("a workspace without a municipality id imports nothing and keeps nothing, whose values would it compare?")
    func noMunicipality() throws {
        let plan = KoladaImportPlan(workspace: F.workspace(municipality: ""), values: Self.values)
        #expect(plan.isEmpty)
        #expect(plan.record.series.isEmpty)
    }

    @Test("statuses of T, K and M are kept together, each once")
    func statuses() throws {
        let values = [
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2020, gender: .total, value: nil, status: "Saknas"),
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2020, gender: .women, value: nil, status: "Saknas"),
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2020, gender: .men, value: nil, status: " För få svar "),
        ]
        let plan = KoladaImportPlan(workspace: F.workspace(), values: values)
        guard case let .insertMeasurement(_, _, _, m)? = plan.edits.first else {
            Issue.record("no edit")
            return
        }
        #expect(m.status == "Saknas; För få svar")
        #expect(m.total == nil && m.women == nil && m.men == nil)
    }

    @Test("from a file on disk to the workspace")
    func endToEnd() throws {
        let folder = try TemporaryFolder()
        let url = try folder.write(F.file([F.entry("N00945", "0665", 2019, [("T", "53.0"), ("K", "54"), ("M", "52")]),
                                           F.entry("N00945", "0680", 2019, [("T", "58")])]), to: "nii.json")
        let workspace = F.workspace()
        let plan = KoladaImportPlan(workspace: workspace, values: try KoladaFile.read(at: url).values)
        let after = try F.applying(plan.edits, to: workspace)
        #expect(after.goal(6)?.indicator("nii")?.currentValues == [Measurement(day: try F.day("2019-12-31"), total: 53, women: 54, men: 52)])
        #expect(KoladaImportPlan(workspace: after, values: try KoladaFile.read(at: url).values).isEmpty)
    }
}
