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

    @Test("a format-2 file opens, and saves as format 5 with nothing lost and no kolada section")
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
        #expect(text.hasPrefix("{\n  \"formatVersion\" : 5,"))
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
        #expect(top["formatVersion"] as? Int == 5)
    }

    /// A format-3 file written by the build before format 4: the demo with nii discontinued
    /// (no end day), a note with å, ä and ö, a forecast, and a supporting goal's assessment
    /// graded with a forecast phrase, as that build allowed.
    static let format3 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workspace-format3.json")

    @Test("a format-3 file opens as written, and saves as format 5 with nothing lost")
    func format3Opens() throws {
        let workspace = try WorkspaceFile<Workspace>.load(from: Self.format3)
        #expect(workspace.name == "workspace-format3")
        let nii = try #require(workspace.goal(6)?.indicator("nii"))
        #expect(nii.discontinued == Discontinuation(replacedBy: "webb", reason: "SCB:s index upphörde efter 2020"))
        #expect(nii.discontinued?.from == nil)
        #expect(workspace.goal(6)?.notes.last?.text == "Skrivet i format 3; åäö behålls.")
        #expect(workspace.goal(6)?.forecast(at: "delår1")?.grade == "uppfylls")
        // Kept as written, though an edit would now refuse it.
        #expect(workspace.goal(4)?.assessment(at: "delår1")?.grade == "uppfylls")
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(workspace, to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"formatVersion\" : 5,"))
        #expect(!text.contains("\"from\""))
        #expect(try WorkspaceFile<Workspace>.load(from: url) == workspace)
    }

    @Test("the day a series ended from round-trips through the file")
    func endDayRoundTrips() throws {
        var workspace = try WorkspaceFile<Workspace>.load(from: Self.format3)
        let ended = Discontinuation(replacedBy: "webb", reason: "Upphörde", from: try Day(year: 2019, month: 1, day: 1))
        _ = try workspace.apply(.setDiscontinued(goal: 6, indicator: "nii", discontinuation: ended))
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(workspace, to: url)
        let reopened = try WorkspaceFile<Workspace>.load(from: url)
        #expect(reopened.goal(6)?.indicator("nii")?.discontinued?.from == (try Day(year: 2019, month: 1, day: 1)))
        #expect(reopened == workspace)
    }

    /// A format-4 file written by the build that introduced format 4: the demo with an owner,
    /// a note with å, ä and ö, a criterion, a series ended from 2020, a corrected value, a
    /// forecast, a qualitative assessment, an activity, a proposed ambition level, and a log of
    /// 12 entries written as sentences.
    static let format4 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workspace-format4.json")

    @Test("a format-4 file opens as written and saves with nothing lost")
    func format4Opens() throws {
        let workspace = try WorkspaceFile<Workspace>.load(from: Self.format4)
        #expect(workspace.name == "workspace-format4")
        #expect(workspace.goal(6)?.owner == "Kommunstyrelsen")
        #expect(workspace.goal(6)?.notes.last?.text == "Skrivet i format 4; åäö behålls.")
        #expect(workspace.goal(6)?.indicator("nii")?.discontinued?.from == (try Day(year: 2020, month: 1, day: 1)))
        #expect(workspace.goal(6)?.forecast(at: "delår1")?.grade == "uppfylls")
        #expect(workspace.goal(4)?.assessment(at: "delår1")?.grade == "delvis uppfyllt")
        #expect(workspace.goal(4)?.activities.first?.text == "Inventera lokaler")
        #expect(workspace.goal(2)?.ambition == "Långtidsarbetslösheten ska minska till 2,0 %")
        #expect(workspace.goal(2)?.status == .proposed)
        #expect(workspace.log.count == 12)
        #expect(workspace.log.allSatisfy { $0.user == "anna" })
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(workspace, to: url)
        #expect(try WorkspaceFile<Workspace>.load(from: url) == workspace)
    }

    @Test("a format-4 file's log sentences are read into values once, when it is opened")
    func format4LogIsReadIntoValues() throws {
        let workspace = try WorkspaceFile<Workspace>.load(from: Self.format4)
        let sentences = workspace.log.filter { if case .writtenBefore = $0.change { return true } else { return false } }
        #expect(sentences.isEmpty, "\(sentences.map(\.change))")
        #expect(workspace.log.contains { $0.change == .edit(.judged(goal: 6, criterion: .measurable, verdict: .yes)) })
        #expect(workspace.log.contains {
            $0.change == .edit(.setStatus(goal: 2, status: .proposed)) && $0.before == .status(.draft) && $0.after == .status(.proposed)
        })
        #expect(workspace.log.contains { $0.change == .edit(.setOwner(goal: 6, cleared: false)) && $0.before == .nothing })
    }

    @Test("format 5 writes a log entry's change, before and after as data, and reads it back")
    func logEntryIsWrittenAsData() throws {
        let entry = LogEntry(
            time: Date(timeIntervalSince1970: 1_550_669_400), user: "anna", goal: 6,
            change: .undid(.edit(.setKind(goal: 6, kind: .supporting))), before: .kind(.supporting), after: .kind(.steering))
        let data = try StoreCoding.makeEncoder(pretty: false).encode(entry)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text == #"{"after":{"kind":{"kind":"steering"}},"before":{"kind":{"kind":"supporting"}},"#
            + #""change":{"undid":{"step":{"edit":{"summary":{"setKind":{"goal":6,"kind":"supporting"}}}}}},"#
            + #""goal":6,"time":"2019-02-20T13:30:00Z","user":"anna"}"#)
        #expect(try StoreCoding.makeDecoder().decode(LogEntry.self, from: data) == entry)
        let old = Data(#"{"after":"proposed","before":"draft","goal":2,"summary":"set the status of goal 2 to proposed","time":"2019-02-20T13:30:00Z","user":"anna"}"#.utf8)
        let read = try StoreCoding.makeDecoder().decode(LogEntry.self, from: old)
        #expect(read.change == .writtenBefore("set the status of goal 2 to proposed"), "the core keeps an old sentence as it is")
        #expect(OldLogSentences.upgrade(read).change == .edit(.setStatus(goal: 2, status: .proposed)))
        #expect(OldLogSentences.upgrade(read).before == .status(.draft))
    }

    @Test("format 5: goals under goals and owners of indicators round-trip; a top-level number stays an integer")
    func goalTreeRoundTrips() throws {
        var workspace = try WorkspaceFile<Workspace>.load(from: Self.format4)
        _ = try workspace.apply(.insertGoal(goal: Goal(number: GoalNumber("6.1")!, title: "Fler följer fullmäktige", owner: "Kommunstyrelsen")))
        _ = try workspace.apply(.insertGoal(goal: Goal(number: GoalNumber("6.1.1")!, title: "Sändningar med textning")))
        _ = try workspace.apply(.setIndicatorOwner(goal: 6, indicator: "nii", owner: "Kommunledningskontoret"))
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(workspace, to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"formatVersion\" : 5,"))
        #expect(text.contains("\"number\" : \"6.1.1\""))
        #expect(text.contains("\"number\" : 6,"))
        #expect(text.contains("\"owner\" : \"Kommunledningskontoret\""))
        let reopened = try WorkspaceFile<Workspace>.load(from: url)
        #expect(reopened == workspace)
        #expect(reopened.goals.map(\.number.description) == ["1", "2", "3", "4", "5", "6", "6.1", "6.1.1", "7", "8"])
    }

    @Test("a file whose goal sits under a goal that is not there is refused with its place")
    func orphanGoalIsRefused() throws {
        var workspace = Workspace.demo
        _ = try workspace.apply(.insertGoal(goal: Goal(number: GoalNumber("6.1")!, title: "Under sex")))
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try WorkspaceFile<Workspace>.save(workspace, to: url)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"6.1\"", with: "\"9.1\"")
        try Data(text.utf8).write(to: url)
        #expect(throws: (any Error).self) { try WorkspaceFile<Workspace>.load(from: url) }
        do {
            _ = try WorkspaceFile<Workspace>.load(from: url)
        } catch {
            #expect(String(describing: error).contains("goal 9.1 sits under goal 9"))
        }
    }
}
