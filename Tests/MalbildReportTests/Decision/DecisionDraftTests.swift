import Foundation
import MalbildCore
import Testing
@testable import MalbildReport

/// The decision drafted from the demo is the seed's text, word by word.
@Suite struct DecisionDraftTests {
    static var seedURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/ks-mal-2019.txt")
    }

    /// The words of a text, with the colon after an area's name taken away
    /// (the seed writes four of its six area headings with one, the draft all).
    static func words(_ text: String, areas: [String]) -> [String] {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix(":"), areas.contains(String(line.dropLast())) { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
    }

    @Test func theDemoDraftIsTheSeedWordByWord() throws {
        let seed = try String(contentsOf: Self.seedURL, encoding: .utf8)
        let areas = Workspace.demo.areas.map(\.name)
        let draft = DecisionDocument.render(.demo, format: .text)
        let expected = Self.words(seed, areas: areas)
        let got = Self.words(draft, areas: areas)
        #expect(got.count == expected.count)
        if let i = zip(got, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("first difference at word \(i): \(got[i]) ≠ \(expected[i]) after: \(expected[max(0, i - 8)..<i].joined(separator: " "))")
        }
        #expect(got == expected)
        // The seed's own colons differ from heading to heading; the draft writes each area's with one.
        for area in areas { #expect(draft.contains("\n\(area):\nMål ")) }
        #expect(!draft.contains(DecisionWords.proposal + "\n"))
    }

    @Test func aRewrittenGoalIsMarkedAsTheProposalAndOnlyItChanges() throws {
        var w = Workspace.demo
        let decided = try #require(w.goal(6))
        _ = try w.apply(.setDecided(goal: 6, text: DecidedText(title: decided.title, ambition: decided.ambition)))
        _ = try w.apply(.setAmbition(goal: 6, text: "Att öka kvinnors och mäns upplevelse av inflytande, mätt med NII."))
        _ = try w.apply(.setStatus(goal: 6, status: .draft))
        let before = DecisionDocument.render(.demo, format: .text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = DecisionDocument.render(w, format: .text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let removed = before.filter { !after.contains($0) }
        let added = after.filter { !before.contains($0) }
        #expect(removed == ["Ambitionsnivå: " + decided.ambition])
        #expect(added == ["Arbetsutskottets förslag", "Ambitionsnivå: Att öka kvinnors och mäns upplevelse av inflytande, mätt med NII."])
        let changes = DecisionDocument.render(w, content: .changes, format: .text)
        #expect(changes.contains("Mål 6. Ökat medborgarinflytande"))
        #expect(changes.contains("Beslutad ambitionsnivå: " + decided.ambition))
        #expect(changes.contains("Tillkommer: ”inflytande, mätt med NII.”"))
        #expect(!changes.contains("Mål 5."))
    }

    @Test func theSentenceOnSteeringGoalsIsBuiltFromTheKinds() throws {
        var w = Workspace.demo
        _ = try w.apply(.setKind(goal: 4, kind: .steering))
        let draft = DecisionDocument.render(w, format: .text)
        #expect(draft.contains("Mål 1, 2, 3, 4 och 6 är styrande och har en kvantitativ mätbarhet av resultat. Mål 5, 7 och 8 blir mer stödjande"))
        #expect(!draft.contains("Mål 1, 2, 3 och 6"))
    }

    @Test func theHTMLIsOnePrintablePageWithEveryTextEscaped() throws {
        var w = Workspace.demo
        _ = try w.apply(.setTitle(goal: 1, title: "Mål <script>alert(1)</script> & mer"))
        let html = DecisionDocument.render(w, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("Mål 1. Mål &lt;script&gt;alert(1)&lt;/script&gt; &amp; mer"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<h3>Kunskap och hälsa</h3>"))
    }

    @Test func theChangesNameANewTitleAndAGoalWithNoDecidedWording() throws {
        var w = Workspace.demo
        let decided = try #require(w.goal(2))
        _ = try w.apply(.setDecided(goal: 2, text: DecidedText(title: decided.title, ambition: decided.ambition)))
        _ = try w.apply(.setTitle(goal: 2, title: "Fler i egen försörjning"))
        _ = try w.apply(.setStatus(goal: 2, status: .proposed))
        _ = try w.apply(.insertGoal(goal: Goal(number: 9, title: "Ett nytt mål", area: 6, ambition: "Något nytt.")))
        let changes = DecisionDocument.render(w, content: .changes, format: .text)
        #expect(changes.contains("Beslutad rubrik: Möjligheten till egen försörjning skall öka för alla målgrupper"))
        #expect(changes.contains("Föreslagen rubrik: Fler i egen försörjning"))
        #expect(changes.contains("Ambitionsnivån är oförändrad."))
        #expect(changes.contains("Mål 9. Ett nytt mål\nIngen beslutad lydelse finns i arbetsytan"))
        let draft = DecisionDocument.render(w, format: .text)
        #expect(draft.contains("Mål 8. Vi ska bli en effektivare kommun i mål, medel och kvalitet\nAmbitionsnivå:"))
        #expect(draft.contains("Mål 9. Ett nytt mål\nArbetsutskottets förslag\nAmbitionsnivå: Något nytt."))
        #expect(draft.contains("Mål 4, 5, 7, 8 och 9 blir mer stödjande"))
    }
}
