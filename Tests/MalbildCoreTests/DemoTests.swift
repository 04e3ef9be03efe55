import Foundation
import Testing
@testable import MalbildCore

/// The built-in demo against the source document (Tests/Fixtures), word for word.
@Suite struct DemoTests {
    /// The document with the PDF's line breaks joined into running text.
    static func document() throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ks-mal-2019.txt")
        let raw = try String(contentsOf: url, encoding: .utf8)
        return joined(raw)
    }

    static func joined(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Goal N's title and ambition as the document has them: from "Mål N." to
    /// "Ambitionsnivå:", and from there to the next heading or goal.
    static func goalTexts(in document: String) -> [Int: (title: String, ambition: String)] {
        var result: [Int: (String, String)] = [:]
        let stops = ["Kunskap och hälsa:", "Demokrati, delaktighet", "Samverkan regionalt", "Intern resursanvändning",
                     "Arbete och fritid:", "Uppföljning sker", "Mål "]
        for n in 1...8 {
            guard let start = document.range(of: "Mål \(n). "),
                  let amb = document.range(of: "Ambitionsnivå: ", range: start.upperBound..<document.endIndex)
            else { continue }
            let title = document[start.upperBound..<amb.lowerBound].trimmingCharacters(in: .whitespaces)
            var end = document.endIndex
            for stop in stops {
                if let r = document.range(of: stop, range: amb.upperBound..<document.endIndex), r.lowerBound < end {
                    end = r.lowerBound
                }
            }
            result[n] = (title, document[amb.upperBound..<end].trimmingCharacters(in: .whitespaces))
        }
        return result
    }

    @Test func everyGoalTitleAndAmbitionIsTheDocuments() throws {
        let texts = Self.goalTexts(in: try Self.document())
        #expect(texts.count == 8)
        let demo = Workspace.demo
        #expect(demo.goals.map(\.number) == (1...8).map { GoalNumber($0) })
        for (n, expected) in texts.sorted(by: { $0.key < $1.key }) {
            let goal = try #require(demo.goal(GoalNumber(n)))
            if n == 1 {
                #expect(expected.title == goal.title + " (Befintliga styrdokument - "
                    + goal.documents.joined(separator: ", ") + ")")
            } else {
                #expect(goal.title == expected.title, "goal \(n)")
            }
            #expect(goal.ambition == expected.ambition, "goal \(n)")
        }
    }

    @Test func kindsAreAsDecided() {
        let demo = Workspace.demo
        #expect(demo.goals.filter { $0.kind == .steering }.map(\.number) == [1, 2, 3, 6])
        #expect(demo.goals.filter { $0.kind == .supporting }.map(\.number) == [4, 5, 7, 8])
        #expect(demo.goals.allSatisfy { $0.status == .decided })
    }

    @Test func areasGroupTheGoalsAsTheDocumentDoes() throws {
        let demo = Workspace.demo
        let document = try Self.document()
        #expect(demo.areas.count == 6)
        for area in demo.areas { #expect(document.contains(area.name), "\(area.name)") }
        let byArea = Dictionary(grouping: demo.goals, by: { $0.area ?? 0 }).mapValues { $0.map(\.number) }
        #expect(byArea == [1: [1], 2: [2, 3, 4], 3: [5], 4: [6], 5: [7], 6: [8]])
        #expect(demo.goal(1)?.documents == ["Boendeutvecklingsprogram", "Miljöprogram", "Marknadsplan", "ÖP"])
    }

    @Test func decisionAndCalendarAreTheDocuments() throws {
        let demo = Workspace.demo
        #expect(demo.municipality == Municipality(name: "Vaggeryd", koladaID: "0665"))
        #expect(demo.decision.caseReference == "KS 2018/109")
        #expect(demo.decision.paragraph == "§55")
        #expect(demo.decision.path.map(\.paragraph) == ["§ 22", "§55"])
        #expect(demo.decision.path.first?.day?.description == "2019-02-20")
        #expect(demo.decision.documents.count == 4)
        #expect(demo.decision.dispatchedTo == ["Kommunledningskontoret"])
        #expect(demo.calendar == .standard(year: 2019))
        #expect(demo.supportingGoalRule.contains("en prognos för ett sådant mål kan inte redovisas"))
    }

    /// Every word of the document, apart from the headings the model
    /// carries as structure, stands somewhere in the demo's texts.
    @Test func everyWordOfTheDocumentIsInTheDemo() throws {
        let document = try Self.document()
        let demoWords = Set(Self.words(Self.strings(in: Workspace.demo).joined(separator: " ")))
        let structure: Set<String> = ["Beslut", "Sammanfattning", "Beslutsunderlag", "Expedieras", "till",
                                      "Ambitionsnivå", "Mål", "Befintliga", "styrdokument"]
        let missing = Self.words(document).filter { !demoWords.contains($0) && !structure.contains($0) && Int($0) == nil }
        #expect(missing.isEmpty, "not in the demo: \(Set(missing).sorted())")
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.:;()•-")) }
            .filter { !$0.isEmpty }
    }

    static func strings(in value: Any) -> [String] {
        if let s = value as? String { return [s] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }
}
