import Foundation
import MalbildCore
import Testing
@testable import MalbildReport

/// The JSON report: the data itself, sorted and pretty.
@Suite struct JSONReportTests {
    @Test(arguments: ["delår1", "delår2", "helår"])
    func itDecodesBackToTheData(checkpoint: String) throws {
        let text = try Report.render(Fixtures.rich, checkpoint: checkpoint, format: .json)
        let decoded = try JSONDecoder().decode(ReportData.self, from: Data(text.utf8))
        #expect(decoded == (try ReportData(Fixtures.rich, checkpoint: checkpoint)))
    }

    @Test func keysAreSortedAndPretty() throws {
        let text = try Report.render(Fixtures.rich, checkpoint: "delår1", format: .json)
        #expect(text.hasPrefix("{\n  \"areas\" : ["))
        #expect(text.hasSuffix("}\n"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
        #expect(topKeys.contains("summary"))
        #expect(text.contains("\"day\" : \"2019-04-30\""))
        #expect(text.contains("\"ambition\" : \"Att öka <script>alert(1)<\\/script>") == false)
        #expect(text.contains("\"name\" : \"Demokrati & service\""))
    }
}
