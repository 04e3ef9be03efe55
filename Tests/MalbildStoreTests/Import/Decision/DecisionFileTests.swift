import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// A decision as a PDF, a Word file and Windows-1252 text reads as the text
/// does; a file of another kind is refused with its kind named.
@Suite struct DecisionFileTests {
    typealias F = DecisionFixtures

    /// The fields the seed's text holds, goal by goal.
    static func expectDemoFields(_ w: Workspace, _ what: String) {
        let demo = Workspace.demo
        #expect(w.decision.title == demo.decision.title, "\(what)")
        #expect(w.decision.caseReference == demo.decision.caseReference, "\(what)")
        #expect(w.decision.text == demo.decision.text, "\(what)")
        #expect(w.decision.summary == demo.decision.summary, "\(what)")
        #expect(w.decision.documents == demo.decision.documents, "\(what)")
        #expect(w.decision.dispatchedTo == demo.decision.dispatchedTo, "\(what)")
        #expect(w.criteriaText == demo.criteriaText, "\(what)")
        #expect(w.supportingGoalRule == demo.supportingGoalRule, "\(what)")
        #expect(w.followUp == demo.followUp, "\(what)")
        #expect(w.areas == demo.areas, "\(what)")
        #expect(w.goals.map(\.title) == demo.goals.map(\.title), "\(what)")
        #expect(w.goals.map(\.ambition) == demo.goals.map(\.ambition), "\(what)")
        #expect(w.goals.map(\.kind) == demo.goals.map(\.kind), "\(what)")
        #expect(w.goals.map(\.area) == demo.goals.map(\.area), "\(what)")
        #expect(w.goals.map(\.documents) == demo.goals.map(\.documents), "\(what)")
    }

    static func read(_ url: URL) throws -> (DecisionReading, DecisionFile.Kind) {
        let (text, kind) = try DecisionFile.text(of: url)
        return (try DecisionReader(name: "x", fallbackYear: 2026, time: F.time).read(text: text, path: url.path), kind)
    }

    @Test func aPDFOfTheSeedReadsAsTheText() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("ks-mal-2019.pdf")
        try MinimalPDF.lines(try F.seed()).write(to: pdf)
        let (reading, kind) = try Self.read(pdf)
        #expect(kind == .pdf)
        #expect(reading.unplaced == [])
        Self.expectDemoFields(reading.workspace, "pdf")
    }

    @Test func aTwoColumnPDFIsReadColumnByColumn() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let left = ["§12", "Nämndens mål 2025 (BUN 2024/55)", "Beslut", "Barn- och utbildningsnämnden beslutar att", "anta målen för 2025.",
                    "", "Lärande:", "Mål 1. Fler elever når", "kunskapskraven", "Ambitionsnivå: Andelen elever", "med godkända betyg ökar",
                    "varje år."]
        let right = ["Trygghet:", "Mål 2. Tryggare skolor", "Ambitionsnivå: Fler elever", "känner sig trygga i skolan.", "",
                     "Mål 1 är styrande. Mål 2 är", "stödjande.", "", "Expedieras till", "Skolförvaltningen", "", "Beslutsunderlag",
                     "Tjänsteskrivelse 2024-11-02"]
        var pieces: [MinimalPDF.Piece] = []
        for (i, line) in left.enumerated() where !line.isEmpty { pieces.append(.init(x: 40, y: 800 - Double(i) * 12, text: line)) }
        for (i, line) in right.enumerated() where !line.isEmpty { pieces.append(.init(x: 320, y: 800 - Double(i) * 12, text: line)) }
        let pdf = folder.appendingPathComponent("bun.pdf")
        try MinimalPDF.make(pages: [pieces]).write(to: pdf)
        let (reading, _) = try Self.read(pdf)
        let w = reading.workspace
        #expect(w.decision.paragraph == "§12")
        #expect(w.decision.caseReference == "BUN 2024/55")
        #expect(w.decision.text == "Barn- och utbildningsnämnden beslutar att anta målen för 2025.")
        #expect(w.body == "Barn- och utbildningsnämnden")
        #expect(w.areas.map(\.name) == ["Lärande", "Trygghet"])
        #expect(w.goals.map(\.title) == ["Fler elever når kunskapskraven", "Tryggare skolor"])
        #expect(w.goals.map(\.ambition) == ["Andelen elever med godkända betyg ökar varje år.", "Fler elever känner sig trygga i skolan."])
        #expect(w.goals.map(\.kind) == [.steering, .supporting])
        #expect(w.goals.map(\.area) == [1, 2])
        #expect(w.decision.dispatchedTo == ["Skolförvaltningen"])
        #expect(w.decision.documents == ["Tjänsteskrivelse 2024-11-02"])
        #expect(reading.unplaced == [])
        #expect(w.planYear == 2025)
    }

    @Test func aWordFileReadsAsTheText() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The Word file a municipality would write: the seed's genre, made by pandoc from Markdown.
        let markdown = """
            §55

            Kommunstyrelsens mål 2019 (KS 2018/109)

            Beslut

            Arbetsutskottets förslag till kommunstyrelsen

            Kommunstyrelsen beslutar att godkänna förslag till ambitionsnivå för kommunstyrelsens mål 2019 i syfte att kunna följa upp resultatet för helåret samt kunna ge prognos per delår.

            Sammanfattning

            Vi ska bli fler. Det här stycket är det första.

            En ambitionsnivå skall tydligt beskriva vad som skall uppnås:

            - Det skall kunna gå att påverka
            - Det skall kunna mätas
            - Det skall finnas resurser

            Tillväxt:

            Mål 1. Hållbar tillväxt (Befintliga styrdokument - ÖP, Miljöprogram)

            Ambitionsnivå: Att hela kommunen utvecklas hållbart – på alla orter.

            Demokrati

            Mål 2. Ökat medborgarinflytande

            Ambitionsnivå: Att öka kvinnors och mäns upplevelse av att kunna påverka.

            Mål 1 är styrande. Mål 2 blir stödjande.

            Expedieras till

            Kommunledningskontoret

            Beslutsunderlag

            Tjänsteskrivelse 2019-02-13

            Bilaga 1 Målkatalog 2019

            """
        let md = folder.appendingPathComponent("beslut.md")
        let docx = folder.appendingPathComponent("beslut.docx")
        try Data(markdown.utf8).write(to: md)
        let pandoc = Process()
        pandoc.executableURL = URL(fileURLWithPath: "/usr/bin/pandoc")
        pandoc.arguments = ["--from", "markdown", "--to", "docx", "--output", docx.path, md.path]
        try pandoc.run()
        pandoc.waitUntilExit()
        #expect(pandoc.terminationStatus == 0)
        let (reading, kind) = try Self.read(docx)
        #expect(kind == .docx)
        let w = reading.workspace
        #expect(reading.unplaced == [])
        #expect(w.decision.paragraph == "§55")
        #expect(w.decision.title == "Kommunstyrelsens mål 2019")
        #expect(w.decision.proposal == "Arbetsutskottets förslag till kommunstyrelsen")
        #expect(w.decision.summary == ["Vi ska bli fler. Det här stycket är det första.", "En ambitionsnivå skall tydligt beskriva vad som skall uppnås:"])
        #expect(w.criteriaText == ["Det skall kunna gå att påverka", "Det skall kunna mätas", "Det skall finnas resurser"])
        #expect(w.areas.map(\.name) == ["Tillväxt", "Demokrati"])
        #expect(w.goals.map(\.title) == ["Hållbar tillväxt", "Ökat medborgarinflytande"])
        #expect(w.goals.first?.documents == ["ÖP", "Miljöprogram"])
        #expect(w.goals.map(\.ambition) == ["Att hela kommunen utvecklas hållbart – på alla orter.",
                                            "Att öka kvinnors och mäns upplevelse av att kunna påverka."])
        #expect(w.goals.map(\.kind) == [.steering, .supporting])
        #expect(w.decision.documents == ["Tjänsteskrivelse 2019-02-13", "Bilaga 1 Målkatalog 2019"])
        #expect(w.decision.dispatchedTo == ["Kommunledningskontoret"])
    }

    @Test func windows1252TextReadsWithItsLetters() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("beslut.txt")
        let text = try F.seed().replacingOccurrences(of: "\n", with: "\r\n")
        try #require(text.data(using: .windowsCP1252)).write(to: file)
        let (reading, kind) = try Self.read(file)
        #expect(kind == .text)
        #expect(reading.unplaced == [])
        Self.expectDemoFields(reading.workspace, "windows-1252")
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], .png),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], .oldOffice),
        (Array("{\"values\": []}".utf8), .json),
        ([0x00, 0x01, 0x02, 0x03], .binary),
    ] as [([UInt8], OtherFileKind)])
    func aFileOfAnotherKindIsRefusedByName(bytes: [UInt8], kind: OtherFileKind) throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("beslut.pdf")
        try Data(bytes).write(to: file)
        #expect(throws: DecisionImportError(path: file.path, fault: .otherKind(kind))) { try DecisionFile.text(of: file) }
    }

    @Test func aMissingFileAndATextWithoutGoalsAreErrors() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("finns-inte.pdf")
        #expect(throws: DecisionImportError(path: missing.path, fault: .missing)) { try DecisionFile.text(of: missing) }
        #expect(throws: DecisionImportError(path: "test.txt", fault: .noGoals)) { try F.read("§1\nBeslut\nInget om mål här.\n") }
        #expect(throws: DecisionImportError(path: "test.txt", fault: .empty)) { try F.read("  \n\n") }
    }

    @Test func aBrokenPDFGivesPdftotextsReason() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("trasig.pdf")
        try Data("%PDF-1.4\nnot really\n".utf8).write(to: file)
        do {
            _ = try DecisionFile.text(of: file)
            Issue.record("a broken PDF was read")
        } catch {
            guard case .toolFailed(let tool, _) = error.fault else { Issue.record("\(error)"); return }
            #expect(tool == "pdftotext")
        }
    }

    /// A ZIP archive of one stored file, written by hand (unzip lists it from the central directory).
    static func zip(name: String, contents: String) -> Data {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16((v >> 16) & 0xFFFF) }
        let file = Array(name.utf8)
        let data = Array(contents.utf8)
        let local = le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            + le32(data.count) + le32(data.count) + le16(file.count) + le16(0) + file + data
        let central = le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            + le32(data.count) + le32(data.count) + le16(file.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + file
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(central.count) + le32(local.count) + le16(0)
        return Data(local + central + end)
    }

    @Test func aZIPArchiveThatIsNoWordFileIsNamed() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("beslut.docx")
        try Self.zip(name: "hej.txt", contents: "Mål 1. Inte i Word\n").write(to: file)
        #expect(throws: DecisionImportError(path: file.path, fault: .otherKind(.zip))) { try DecisionFile.text(of: file) }
    }
}
