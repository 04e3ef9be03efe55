import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// Results per checkpoint in the file: the optional `results` key, and a goal's single
/// `result` of an older file read as the result of its plan year's last result checkpoint.
@Suite("Results per checkpoint in the workspace file")
struct ResultsFormatTests {
    /// The bytes of a file with goal `goal`'s single result added as an older build wrote it.
    private func withSingleResult(_ data: Data, goal: Int) throws -> Data {
        var file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var workspace = try #require(file["workspace"] as? [String: Any])
        var goals = try #require(workspace["goals"] as? [[String: Any]])
        let i = try #require(goals.firstIndex { ($0["number"] as? Int) == goal })
        goals[i]["result"] = ["grade": "uppfyllt", "text": "Målvärdet nåddes; åäö behålls."]
        workspace["goals"] = goals
        file["workspace"] = workspace
        return try JSONSerialization.data(withJSONObject: file)
    }

    @Test("a format-4 file's single result opens at helår and is saved back per checkpoint")
    func format4ResultIsPlaced() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try withSingleResult(try Data(contentsOf: WorkspaceFormatTests.format4), goal: 6).write(to: url)
        let workspace = try WorkspaceFile<Workspace>.load(from: url)
        #expect(workspace.goal(6)?.results == [YearResult(checkpoint: "helår", grade: "uppfyllt", text: "Målvärdet nåddes; åäö behålls.")])
        #expect(workspace.goal(6)?.result == nil)
        let saved = folder.file("saved.json")
        try WorkspaceFile<Workspace>.save(workspace, to: saved)
        let text = try String(contentsOf: saved, encoding: .utf8)
        #expect(text.contains("\"results\" : ["))
        #expect(!text.contains("\"result\" :"))
        #expect(try WorkspaceFile<Workspace>.load(from: saved) == workspace)
    }

    @Test("a plan period's results are saved and read back each at its checkpoint")
    func periodResultsRoundTrip() throws {
        var w = Workspace.empty(name: "kf", years: 2024...2025)
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "KF", kind: .steering)))
        for (c, grade) in [("helår-2024", "uppfyllt"), ("helår-2025", "ej uppfyllt")] {
            _ = try w.apply(.setResult(goal: 1, checkpoint: c, result: YearResult(checkpoint: c, grade: grade, text: "År \(c)")))
        }
        let folder = try TemporaryFolder()
        let url = folder.file("kf.json")
        try WorkspaceFile<Workspace>.save(w, to: url)
        let read = try WorkspaceFile<Workspace>.load(from: url)
        #expect(read == w)
        #expect(read.goal(1)?.result(at: "helår-2024")?.grade == "uppfyllt")
        #expect(read.goal(1)?.result(at: "helår-2025")?.grade == "ej uppfyllt")
    }

    @Test("a plan period's single result from a file of this format's first build opens at the first year's end")
    func format5SingleResultIsPlaced() throws {
        var w = Workspace.empty(name: "kf", years: 2024...2027)
        _ = try w.apply(.insertGoal(goal: Goal(number: 1, title: "KF", kind: .steering)))
        let folder = try TemporaryFolder()
        let url = folder.file("kf.json")
        try withSingleResult(try WorkspaceFile<Workspace>.encode(w, path: url.path), goal: 1).write(to: url)
        let read = try WorkspaceFile<Workspace>.load(from: url)
        #expect(read.goal(1)?.results?.map(\.checkpoint) == ["helår-2024"])
    }

    @Test("an own scale's grades are written once, and a file with them twice still reads")
    func ownScaleGradesOnce() throws {
        var w = Workspace.empty(name: "kf", years: 2024...2025)
        let smileys = GradeScale.own(name: "smileys", summary: "Smileys", grades: [
            Grade(words: "uppfyllt", fulfilment: .met, symbol: "😊", threshold: 1),
            Grade(words: "delvis uppfyllt", fulfilment: .partly, symbol: "😐", threshold: 0.8),
        ])
        _ = try w.apply(.setOwnScale(name: "smileys", scale: smileys))
        _ = try w.apply(.setScale(name: "smileys"))
        let data = try WorkspaceFile<Workspace>.encode(w, path: "kf.json")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "😐").count == 2, "the grade once")
        #expect(!text.contains("forecastGrades"))
        #expect(try WorkspaceFile<Workspace>.decode(data, path: "kf.json") == w)
        // As the first build of format 5 wrote it: both lists.
        var file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var workspace = try #require(file["workspace"] as? [String: Any])
        var scales = try #require(workspace["ownScales"] as? [[String: Any]])
        let grades = try #require(scales[0]["grades"])
        scales[0]["grades"] = nil
        scales[0]["forecastGrades"] = grades
        scales[0]["resultGrades"] = grades
        workspace["ownScales"] = scales
        file["workspace"] = workspace
        let old = try JSONSerialization.data(withJSONObject: file)
        #expect(try WorkspaceFile<Workspace>.decode(old, path: "kf.json") == w)
    }

    @Test("the demo, with no results, writes no results key")
    func noResultsKeyWhenUnused() throws {
        let data = try WorkspaceFile<Workspace>.encode(Workspace.demo, path: "demo.json")
        #expect(!String(decoding: data, as: UTF8.self).contains("\"results\""))
    }

    @Test("a journal line of a result without a checkpoint reads with an empty one")
    func oldJournalLine() throws {
        let line = Data(#"{"entry":{"setResult":{"goal":6,"result":{"grade":"uppfyllt","text":"Ja"}}}}"#.utf8)
        let edit = try Edit.readJournalValue(try JournalLineReader.read(line, decoder: StoreCoding.makeDecoder()).object("entry"))
        #expect(edit == .setResult(goal: 6, checkpoint: "", result: YearResult(checkpoint: "", grade: "uppfyllt", text: "Ja")))
        var demo = Workspace.demo
        _ = try demo.apply(edit)
        #expect(demo.goal(6)?.result(at: "helår")?.text == "Ja")
    }
}
