import Foundation
import FoundationXML
import MalbildCore
import Testing
@testable import MalbildReport

/// Reports of an empty workspace and of one with no values: useful, and
/// without errors, in every format.
@Suite struct EdgeCaseTests {
    @Test(arguments: ["delår1", "delår2", "helår"], ReportFormat.allCases)
    func anEmptyWorkspaceRendersInEveryFormat(checkpoint: String, format: ReportFormat) throws {
        let text = try Report.render(.empty(name: "tom", year: 2019), checkpoint: checkpoint, format: format)
        #expect(!text.isEmpty)
        switch format {
        case .markdown:
            #expect(text.contains("## Sammanfattning\n\nArbetsytan har inga mål ännu.\n"))
            #expect(!text.contains("Antal mål"))
        case .html:
            let doc = try XMLDocument(xmlString: text, options: [])
            #expect(try doc.nodes(forXPath: "//article").isEmpty)
            #expect(try doc.nodes(forXPath: "//section[@class='summary']/p").first?.stringValue == "Arbetsytan har inga mål ännu.")
        case .csv:
            #expect(CSVParser.parse(text, separator: ";") == [CSVReport.columns])
        case .json:
            let data = try JSONDecoder().decode(ReportData.self, from: Data(text.utf8))
            #expect(data.areas.isEmpty)
        }
    }

    @Test(arguments: ["delår1", "helår"])
    func theDemoWithoutValuesSaysWhatIsMissing(checkpoint: String) throws {
        let workspace = Fixtures.demoWithoutValues
        let indicators = workspace.goals.flatMap(\.indicators)
        #expect(!indicators.isEmpty)

        let markdown = try Report.render(workspace, checkpoint: checkpoint, format: .markdown)
        #expect(markdown.contains("| saknas | ")) // the latest value
        #expect(markdown.contains(" | saknas | – | – |")) // the trend, women and men

        let html = try Report.render(workspace, checkpoint: checkpoint, format: .html)
        let doc = try XMLDocument(xmlString: html, options: [])
        #expect(try doc.nodes(forXPath: "//svg").count == indicators.count)
        let empty = try doc.nodes(forXPath: "//svg/text").compactMap(\.stringValue).filter { $0.hasPrefix("Inga värden per ") }
        #expect(empty.count == indicators.count)
        #expect(try doc.nodes(forXPath: "//polyline").isEmpty)

        let csv = try Report.render(workspace, checkpoint: checkpoint, format: .csv)
        let rows = CSVParser.parse(csv, separator: ";")
        let value = try #require(rows[0].firstIndex(of: "Värde"))
        let trend = try #require(rows[0].firstIndex(of: "Trend"))
        #expect(rows.count > 1)
        #expect(rows.dropFirst().allSatisfy { $0[value].isEmpty && $0[trend] == "saknas" })
    }
}
