import Foundation
import Testing

/// Workspaces and journals written before the log kept changes as values:
/// their entries (English sentences) open and read in both languages, through
/// the real binary on copies of files the earlier build wrote.
@Suite struct OldLogTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// English words of the old sentences and values that a Swedish log must not show.
    static let englishWords = [
        "set the", "added", "judged", "discontinued", "corrected", "assessed", "undid", "redid", "goal ",
        "measurable", "imported", "none", "unknown", "proposed", "draft", "yes", "before:", "after:",
    ]

    func copy(_ names: [String], from folder: URL, to work: TemporaryFolder) throws {
        for name in names {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: work.url.appendingPathComponent(name))
        }
    }

    @Test func aFormat4LogReadsInEnglishAndInSwedish() throws {
        let work = try TemporaryFolder()
        try copy(["workspace-format4.json"], from: Self.fixtures, to: work)
        let english = try Malbild.run(["workspace-format4.json"], in: work.url, input: "log\n")
        #expect(english.status == 0, "\(english.output)")
        for line in ["anna set the owner of goal 6", "anna judged goal 6 measurable: yes", "before: unknown",
                     "after:  yes: Mäts i Kolada", "anna set the status of goal 2 to proposed", "before: none",
                     "anna set activity 1 of goal 4 to påbörjad", "anna set the forecast of goal 6 at delår1 to uppfylls"] {
            #expect(english.output.contains(line), "\(line)\n\(english.output)")
        }
        let swedish = try Malbild.run(["workspace-format4.json"], in: work.url, input: "language sv\nlog\n")
        #expect(swedish.status == 0, "\(swedish.output)")
        let log = swedish.output.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        for line in ["anna satte ansvarig för mål 6", "anna bedömde mål 6 mätbar: ja", "före:   okänt",
                     "efter:  ja: Mäts i Kolada", "anna satte status för mål 2 till föreslagen", "före:   utkast",
                     "före:   ingen", "anna satte prognosen för mål 6 vid delår1 till uppfylls",
                     "anna avslutade serien nii (mål 6)", "anna rättade värdet för webb den 2019-04-30 (mål 6)"] {
            #expect(log.contains(line), "\(line)\n\(log)")
        }
        for word in Self.englishWords {
            #expect(!log.contains(word), "\"\(word)\" in the Swedish log:\n\(log)")
        }
    }

    @Test func aFormat2LogWithAnImportReadsInSwedish() throws {
        let work = try TemporaryFolder()
        try copy(["workspace-format2.json"], from: Self.fixtures, to: work)
        let swedish = try Malbild.run(["workspace-format2.json"], in: work.url, input: "language sv\nlog\n")
        #expect(swedish.output.contains("importerade 4 värden från Kolada ur kolada.json"), "\(swedish.output)")
        let english = try Malbild.run(["workspace-format2.json"], in: work.url, input: "log\n")
        #expect(english.output.contains("imported 4 Kolada values from kolada.json"), "\(english.output)")
    }

    /// A journal the earlier build left (the file was not saved): it replays,
    /// its log reads in Swedish, and saving writes the changes as values.
    @Test func aJournalWrittenBeforeReplaysAndItsLogReadsInSwedish() throws {
        let work = try TemporaryFolder()
        try copy(["ws.json", "ws.json.journal"], from: Self.fixtures.appendingPathComponent("journal-format4"), to: work)
        let result = try Malbild.run(["ws.json"], in: work.url, input: "language sv\ngoal 6\nlog\nsave\n")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Fler i arbete, åäö"), "the replayed title\n\(result.output)")
        for line in ["root satte rubriken på mål 6", "root ångrade: satte status för mål 6 till föreslagen",
                     "root gjorde om: satte status för mål 6 till föreslagen", "root lade till indikatorn ledig i mål 6"] {
            #expect(result.output.contains(line), "\(line)\n\(result.output)")
        }
        let saved = try String(contentsOf: work.url.appendingPathComponent("ws.json"), encoding: .utf8)
        #expect(saved.hasPrefix("{\n  \"formatVersion\" : 5,"))
        #expect(saved.contains("\"undid\""), "the log's changes are saved as values")
        #expect(!saved.contains("\"summary\" : \""), "no sentence is saved")
    }
}
