import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// Målbild's value, not Foundation's unit measurement.
private typealias Measurement = MalbildCore.Measurement

@Suite("Planning a spreadsheet import")
struct MeasurementCSVPlanTests {
    typealias F = ImportFixtures

    static let good = "\u{FEFF}indikator;datum;värde;kvinnor;män;status\r\n"
        + "nii;delår1;52,5;53;52;\r\n"
        + "NII;2019-08-31;54;;;\r\n"
        + "besok;31 december;1200;;;\r\n"
        + "langtid;helår;-;;;Publiceras i mars\r\n"

    @Test("rows become values: checkpoints give the calendar's day and are recorded, ids in any case")
    func plans() throws {
        let plan = try MeasurementCSVPlan(workspace: F.workspace(), file: try F.csv(Self.good))
        #expect(plan.edits == [
            .insertMeasurement(goal: 6, indicator: "nii", index: 0,
                               measurement: Measurement(day: try F.day("2019-04-30"), checkpoint: "delår1", total: 52.5, women: 53, men: 52)),
            .insertMeasurement(goal: 6, indicator: "nii", index: 1,
                               measurement: Measurement(day: try F.day("2019-08-31"), total: 54)),
            .insertMeasurement(goal: 6, indicator: "besok", index: 0,
                               measurement: Measurement(day: try F.day("2019-12-31"), total: 1200)),
            .insertMeasurement(goal: 2, indicator: "langtid", index: 0,
                               measurement: Measurement(day: try F.day("2019-12-31"), checkpoint: "helår", total: nil, status: "Publiceras i mars")),
        ])
        #expect(plan.imported.map(\.description) == [
            "nii (goal 6): 2 new values (2019-04-30, 2019-08-31)",
            "besok (goal 6): 1 new value (2019-12-31)",
            "langtid (goal 2): 1 new value (2019-12-31)",
        ])
    }

    @Test("importing the same file twice changes nothing the second time")
    func idempotent() throws {
        let workspace = F.workspace()
        let file = try F.csv(Self.good)
        let after = try F.applying(try MeasurementCSVPlan(workspace: workspace, file: file).edits, to: workspace)
        let again = try MeasurementCSVPlan(workspace: after, file: file)
        #expect(again.isEmpty)
        #expect(again.unchanged == 4)
    }

    @Test("a changed value becomes a correction with the reason given")
    func correction() throws {
        let workspace = F.workspace()
        let after = try F.applying(try MeasurementCSVPlan(workspace: workspace, file: try F.csv(Self.good)).edits, to: workspace)
        // Line 2 changes the value for 31 August; line 3 equals the value in force for delår 1.
        let changed = try F.csv("indicator,date,value,women,men\nnii,2019-08-31,55,,\nnii,delår1,52.5,53,52\n")
        let lines = try MeasurementCSVPlan(workspace: after, file: changed, correction: "rättad enkät")
        #expect(lines.edits == [.insertMeasurement(goal: 6, indicator: "nii", index: 2,
                                                   measurement: Measurement(day: try F.day("2019-08-31"), total: 55, correction: "rättad enkät"))])
        #expect(lines.imported.first?.corrected == [try F.day("2019-08-31")])
        #expect(lines.imported.first?.unchanged == 1)
        // Only the total for delår 1, where the value in force has women and men too: that is a different value.
        let totalOnly = try MeasurementCSVPlan(workspace: after, file: try F.csv("indicator,date,value\nnii,delår1,52.5\n"))
        #expect(totalOnly.edits == [.insertMeasurement(goal: 6, indicator: "nii", index: 2,
                                                       measurement: Measurement(day: try F.day("2019-04-30"), checkpoint: "delår1",
                                                                                total: 52.5, correction: "CSV import"))])
    }

    @Test("bad lines: nothing is imported, and every bad line is named with its number")
    func badLines() throws {
        let text = "indikator;datum;värde\n"
            + "nii;2019-04-31;52\n"
            + "nij;2019-04-30;52\n"
            + "nii;delår1;52\n"
            + "nii;2019-04-30;53\n"
            + "nii;tertial;52\n"
            + "nii;2019-08-31;femtio\n"
        let file = try F.csv(text, path: "mätvärden.csv")
        let error = try #require(throws: MeasurementCSVError.self) { try MeasurementCSVPlan(workspace: F.workspace(), file: file) }
        #expect(error.description == """
            mätvärden.csv: 5 lines cannot be imported, so nothing was imported
            mätvärden.csv:2: 2019-04-31 does not exist: April has 30 days
            mätvärden.csv:3: there is no indicator "nij": the indicators are langtid, nii, besok
            mätvärden.csv:5: nii has a value for 2019-04-30 on line 4 already
            mätvärden.csv:6: "tertial" is neither a date (YYYY-MM-DD, e.g. 2019-04-30) nor a checkpoint (delår1, delår2, helår)
            mätvärden.csv:7: "femtio" is not a number (värde); write e.g. 52.5 or 52,5, or leave the cell empty
            """)
    }

    @Test("with skipBad the good lines are imported and the bad ones listed")
    func skipBad() throws {
        let text = "indicator,date,value\nnii,2019-04-31,52\nnii,delår1,52\nnii,2019-04-30,53\n"
        let plan = try MeasurementCSVPlan(workspace: F.workspace(), file: try F.csv(text), skipBad: true)
        #expect(plan.edits == [.insertMeasurement(goal: 6, indicator: "nii", index: 0,
                                                  measurement: Measurement(day: try F.day("2019-04-30"), checkpoint: "delår1", total: 52))])
        #expect(plan.skippedLines.map(\.line) == [2, 4])
        #expect(plan.skippedLines.first?.fault == .badDate(.noSuchDay(year: 2019, month: 4, day: 31, length: 30)))
    }

    @Test("a calendar's own checkpoints, even ones whose ids begin with a digit")
    func ownCalendar() throws {
        let calendar = ReportingCalendar(checkpoints: [
            Checkpoint(id: "1-tertial", name: "Tertial 1", day: try F.day("2019-04-30"), forecasts: true),
            Checkpoint(id: "bokslut", name: "Bokslut", day: try F.day("2019-12-31"), forecasts: false),
        ])
        let base = F.workspace()
        let workspace = Workspace(name: base.name, municipality: base.municipality, planYear: 2019, calendar: calendar, goals: base.goals)
        let plan = try MeasurementCSVPlan(workspace: workspace, file: try F.csv("indicator,date,value\nnii,1-tertial,52\nnii,Bokslut,53\n"))
        #expect(plan.edits.map { edit -> String in
            guard case let .insertMeasurement(_, _, _, m) = edit else { return "" }
            return "\(m.day) \(m.checkpoint ?? "-")"
        } == ["2019-04-30 1-tertial", "2019-12-31 bokslut"])
    }

    @Test("a discontinued series takes no values")
    func discontinued() throws {
        var workspace = F.workspace()
        _ = try workspace.apply(.setDiscontinued(goal: 6, indicator: "nii", discontinuation: Discontinuation(replacedBy: "besok", reason: "x")))
        let error = try #require(throws: MeasurementCSVError.self) {
            try MeasurementCSVPlan(workspace: workspace, file: try F.csv("indicator,date,value\nnii,delår1,52\n"))
        }
        #expect(error.fault == .badLines([MeasurementCSVLineError(line: 2, fault: .discontinued("nii", replacedBy: "besok"))]))
        #expect(error.description.hasSuffix("values.csv:2: the series \"nii\" has ended and takes no new values; record new values on \"besok\""))
    }

    @Test("from a file on disk, with values already there")
    func endToEnd() throws {
        let folder = try TemporaryFolder()
        let url = try folder.write(Self.good, to: "mätvärden.csv")
        let workspace = F.workspace(measurements: ["nii": [Measurement(day: try F.day("2018-12-31"), total: 40)]])
        let plan = try MeasurementCSVPlan(workspace: workspace, file: try MeasurementCSV.read(at: url))
        #expect(plan.path == url.standardizedFileURL.path)
        let after = try F.applying(plan.edits, to: workspace)
        #expect(after.goal(6)?.indicator("nii")?.currentValues.map(\.total) == [40, 52.5, 54])
        #expect(try MeasurementCSVPlan(workspace: after, file: try MeasurementCSV.read(at: url)).isEmpty)
    }
}
