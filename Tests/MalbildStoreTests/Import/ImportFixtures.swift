import Foundation
import MalbildCore
@testable import MalbildStore


/// Workspaces, Kolada files and spreadsheets for the import tests.
enum ImportFixtures {
    /// A day from `YYYY-MM-DD`.
    static func day(_ text: String) throws -> Day {
        try Day(parsing: text)
    }

    /// Vaggeryd's 2019 plan with Kolada indicators: `nii` (N00945) on goal 6, `langtid`
    /// (N03926) on goal 2, and `besok`, entered by hand, on goal 6.
    static func workspace(measurements: [String: [MalbildCore.Measurement]] = [:], municipality: String = "0665") -> Workspace {
        func indicator(_ id: String, _ source: IndicatorSource) -> Indicator {
            Indicator(id: id, name: id.uppercased(), source: source, measurements: MeasurementSeries(measurements[id] ?? []))
        }
        return Workspace(
            name: "ks2019",
            municipality: Municipality(name: "Vaggeryd", koladaID: municipality),
            planYear: 2019,
            goals: [
                Goal(number: 2, title: "Arbete", kind: .steering, indicators: [indicator("langtid", .kolada(kpi: "N03926"))]),
                Goal(number: 6, title: "Delaktighet", kind: .steering,
                     indicators: [indicator("nii", .kolada(kpi: "N00945")), indicator("besok", .manual)]),
            ]
        )
    }

    /// Applies every edit in order.
    static func applying(_ edits: [Edit], to workspace: Workspace) throws -> Workspace {
        var w = workspace
        for edit in edits { _ = try w.apply(edit) }
        return w
    }

    /// One entry of a Kolada file, v2 spelling.
    static func entry(_ kpi: String, _ municipality: String, _ period: Int, _ genders: [(String, String)]) -> String {
        let values = genders.map { "{\"gender\": \"\($0.0)\", \"count\": 1, \"status\": \"\", \"value\": \($0.1)}" }
        return "{\"kpi\": \"\(kpi)\", \"municipality\": \"\(municipality)\", \"period\": \(period), \"values\": ["
            + values.joined(separator: ", ") + "]}"
    }

    /// A Kolada file with entries.
    static func file(_ entries: [String], nextPage: String? = nil, previousPage: String? = nil) -> String {
        var text = "{\"values\": [" + entries.joined(separator: ", ") + "], \"count\": \(entries.count)"
        if let nextPage { text += ", \"next_page\": \"\(nextPage)\"" }
        if let previousPage { text += ", \"previous_page\": \"\(previousPage)\"" }
        return text + "}"
    }

    /// Parses a Kolada file's text.
    static func parse(_ text: String) throws -> KoladaFile {
        try KoladaFile.parse(Data(text.utf8), path: "kolada.json")
    }

    /// The fault of a Kolada file's text that does not parse.
    static func fault(_ text: String) -> KoladaFileError? {
        do throws(KoladaFileError) {
            _ = try KoladaFile.parse(Data(text.utf8), path: "kolada.json")
            return nil
        } catch {
            return error
        }
    }

    /// Parses a spreadsheet's bytes.
    static func csv(_ bytes: [UInt8], path: String = "values.csv") throws -> MeasurementCSV {
        try MeasurementCSV.parse(Data(bytes), path: path)
    }

    /// Parses a spreadsheet's text.
    static func csv(_ text: String, path: String = "values.csv") throws -> MeasurementCSV {
        try csv(Array(text.utf8), path: path)
    }
}
