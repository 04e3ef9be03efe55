import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

@Suite("Workspace file formats")
struct WorkspaceFormatTests {
    /// A format-2 file written by the build before format 3: the demo with Kolada values
    /// imported and a note with å, ä and ö.
    static let format2 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workspace-format2.json")

    @Test("a format-2 file opens, and saves as format 3 with nothing lost and no kolada section")
    func format2Opens() throws {
        let workspace = try WorkspaceFile<Workspace>.load(from: Self.format2)
        #expect(workspace.name == "format2")
        #expect(workspace.kolada == nil)
        let langtid = try #require(workspace.goal(2)?.indicators.first)
        #expect(langtid.currentValues.last?.total == 2.2)
        #expect(workspace.goal(2)?.notes.last?.text == "Långtidsarbetslösheten sjönk 2019; åäö behålls.")
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(workspace, to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"formatVersion\" : 3,"))
        let top = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((top["workspace"] as? [String: Any])?["kolada"] == nil)
        #expect(try WorkspaceFile<Workspace>.load(from: url) == workspace)
    }

    @Test("the kolada section round-trips through the file, apart from the goals")
    func koladaSection() throws {
        var workspace = try WorkspaceFile<Workspace>.load(from: Self.format2)
        var series = ComparisonSeries()
        series.set(2.4, count: 7, in: 2019)
        series.set(2.5, count: 7, in: 2018)
        let record = KoladaRecord(
            kpis: ["N03926": KoladaKPIInfo(id: "N03926", title: "Långtidsarbetslöshet", dividedByGender: true)],
            areas: ["G37572": KoladaArea(id: "G37572", title: "Liknande kommuner, övergripande, Vaggeryd", members: ["0665", "0662"])],
            series: ["N03926": ["G37572": series]])
        _ = try workspace.apply(.setKoladaRecord(record: record))
        _ = try workspace.apply(.setInfo(field: .group, value: "G37572"))
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(workspace, to: url)
        let reopened = try WorkspaceFile<Workspace>.load(from: url)
        #expect(reopened == workspace)
        #expect(reopened.kolada?.group == "G37572")
        #expect(reopened.kolada?.series["N03926"]?["G37572"]?.years == [2018, 2019])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let document = try #require(top["workspace"] as? [String: Any])
        #expect(document["kolada"] != nil)
        #expect(top["formatVersion"] as? Int == 3)
    }
}
