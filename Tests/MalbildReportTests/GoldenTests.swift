import MalbildCore
import Testing
@testable import MalbildReport

/// The whole text of reports, against golden files under Golden/. Run with
/// MALBILD_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, and
/// read the difference before committing it.
@Suite struct GoldenTests {
    /// A file name without å: `delår1` is written `delar1`.
    static func fileName(_ workspace: String, _ checkpoint: String, _ format: ReportFormat) -> String {
        "\(workspace)-\(checkpoint.replacingOccurrences(of: "å", with: "a")).\(format.fileExtension)"
    }

    @Test(arguments: ["delår1", "delår2", "helår"], ReportFormat.allCases)
    func theDemo(checkpoint: String, format: ReportFormat) throws {
        let text = try Report.render(.demo, checkpoint: checkpoint, format: format)
        try Golden.check(text, name: Self.fileName("demo", checkpoint, format))
    }

    @Test(arguments: ["delår1", "helår"], [ReportFormat.markdown, .html])
    func theRichFixture(checkpoint: String, format: ReportFormat) throws {
        let text = try Report.render(Fixtures.rich, checkpoint: checkpoint, format: format)
        try Golden.check(text, name: Self.fileName("fixture", checkpoint, format))
    }

    @Test func thePlainCSVOfTheDemo() throws {
        let text = try Report.render(.demo, checkpoint: "helår", format: .csv, csvStyle: .plain)
        try Golden.check(text, name: "demo-helar-plain.csv")
    }
}
