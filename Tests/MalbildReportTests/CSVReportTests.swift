import MalbildCore
import Testing
@testable import MalbildReport

/// The CSV report read back with a small parser: rows, columns, numbers and
/// quoting, in the Swedish Excel style and the plain style.
@Suite struct CSVReportTests {
    static func rows(_ checkpoint: String, _ style: CSVStyle, _ workspace: Workspace = Fixtures.rich) throws -> (String, [[String]]) {
        let text = try Report.render(workspace, checkpoint: checkpoint, format: .csv, csvStyle: style)
        let separator: Unicode.Scalar = style == .swedishExcel ? ";" : ","
        return (text, CSVParser.parse(text, separator: separator))
    }

    /// The row of an indicator at a checkpoint, by column name.
    static func row(_ rows: [[String]], indicator: String, checkpoint: String) throws -> [String: String] {
        let header = rows[0]
        let id = try #require(header.firstIndex(of: "Indikator-id"))
        let at = try #require(header.firstIndex(of: "Uppföljning"))
        let row = try #require(rows.first { $0[id] == indicator && $0[at] == checkpoint })
        return Dictionary(uniqueKeysWithValues: zip(header, row))
    }

    @Test func excelGetsABOMSemicolonsAndDecimalComma() throws {
        let (text, rows) = try Self.rows("delår1", .swedishExcel)
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        #expect(text.hasSuffix("\r\n"))
        #expect(rows[0] == CSVReport.columns)
        let nii = try Self.row(rows, indicator: "nii", checkpoint: "delår1")
        #expect(nii["Värde"] == "42,5")
        #expect(nii["Kvinnor"] == "44")
        #expect(nii["Män"] == "41")
        #expect(nii["Utgångsvärde"] == "40")
        #expect(nii["Utgångsvärde avser"] == "2018")
        #expect(nii["Målvärde"] == "45")
        #expect(nii["Värdets datum"] == "2019-04-30")
        #expect(nii["Per datum"] == "2019-04-30")
        #expect(nii["Trend"] == "bättre")
        #expect(nii["Målvärdet nått"] == "nej")
        #expect(nii["Exempelvärde"] == "ja")
        #expect(nii["Måltyp"] == "styrande")
        #expect(nii["Målområde"] == "Demokrati & service")
        #expect(nii["Källa"] == "SCB:s medborgarundersökning, NII")
        let web = try Self.row(rows, indicator: "webb", checkpoint: "delår1")
        #expect(web["Värde"] == "38800")
        #expect(web["Exempelvärde"] == "nej")
    }

    @Test func plainHasCommasDecimalPointAndNoBOM() throws {
        let (text, rows) = try Self.rows("delår1", .plain)
        #expect(text.unicodeScalars.first == "M")
        #expect(rows[0] == CSVReport.columns)
        let longTerm = try Self.row(rows, indicator: "langtid", checkpoint: "delår1")
        #expect(longTerm["Värde"] == "2.5")
        #expect(longTerm["Utgångsvärde"] == "2.4")
        #expect(longTerm["Trend"] == "sämre")
        #expect(longTerm["Riktning"] == "lägre är bättre")
    }

    @Test(arguments: ["delår1", "delår2", "helår"], CSVStyle.allCases)
    func oneRowPerIndicatorAndCheckpoint(checkpoint: String, style: CSVStyle) throws {
        let (_, rows) = try Self.rows(checkpoint, style)
        let data = try ReportData(Fixtures.rich, checkpoint: checkpoint)
        let indicators = data.goals.flatMap(\.indicators)
        #expect(rows.count == 1 + indicators.count * data.checkpoints.count)
        #expect(rows.allSatisfy { $0.count == CSVReport.columns.count })
        // Every number reads back as the value it was.
        let value = try #require(rows[0].firstIndex(of: "Värde"))
        let pairs = indicators.flatMap { indicator in indicator.checkpoints.map { $0.latest?.total } }
        for (row, expected) in zip(rows.dropFirst(), pairs) {
            let field = row[value].replacingOccurrences(of: ",", with: ".")
            #expect(Double(field) == expected)
        }
    }

    @Test func theHistoryAtEachCheckpointIsKept() throws {
        let (_, rows) = try Self.rows("helår", .swedishExcel)
        let values = try ["delår1", "delår2", "helår"].map { try Self.row(rows, indicator: "nii", checkpoint: $0)["Värde"] }
        #expect(values == ["42,5", "46", "47,25"])
        let web = try Self.row(rows, indicator: "webb", checkpoint: "delår2")
        #expect(web["Värde"] == "38800")
        #expect(web["Värdets datum"] == "2019-04-30")
    }

    @Test(arguments: CSVStyle.allCases)
    func fieldsWithSeparatorsQuotesAndLineBreaksReadBackAsEntered(style: CSVStyle) throws {
        var workspace = Fixtures.rich
        _ = try workspace.apply(.setTitle(goal: 9, title: "Samverkan, \"regionalt\"; internationellt"))
        let (text, rows) = try Self.rows("delår1", style, workspace)
        let row = try Self.row(rows, indicator: "utbyte", checkpoint: "delår1")
        #expect(row["Indikator"] == "Utbyten; \"vänorter\"\nper år")
        #expect(row["Måltitel"] == "Samverkan, \"regionalt\"; internationellt")
        #expect(row["Målområde"] == "")
        #expect(row["Värde"] == "")
        #expect(row["Trend"] == "saknas")
        #expect(text.contains("\"Utbyten; \"\"vänorter\"\"\nper år\""))
    }

    @Test(arguments: CSVStyle.allCases)
    func noStyleTakesATextForAFormula(style: CSVStyle) throws {
        for title in ["=HYPERLÄNK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "-", "-x"] {
            var workspace = Fixtures.rich
            _ = try workspace.apply(.setTitle(goal: 2, title: title))
            let (_, rows) = try Self.rows("delår1", style, workspace)
            #expect(try Self.row(rows, indicator: "langtid", checkpoint: "delår1")["Måltitel"] == "'" + title, "\(style): \(title)")
        }
    }

    @Test(arguments: CSVStyle.allCases)
    func aNegativeNumberStaysANumber(style: CSVStyle) throws {
        var workspace = Fixtures.rich
        _ = try workspace.apply(.setTitle(goal: 2, title: "-12"))
        _ = try workspace.apply(.removeMeasurement(goal: 2, indicator: "langtid", index: 0))
        _ = try workspace.apply(.insertMeasurement(
            goal: 2, indicator: "langtid", index: 0,
            measurement: Measurement(day: try Day(parsing: "2019-04-30"), total: -3.5, women: -1, men: -0.25, status: "-7,5")))
        let (_, rows) = try Self.rows("delår1", style, workspace)
        let row = try Self.row(rows, indicator: "langtid", checkpoint: "delår1")
        let comma = style == .swedishExcel
        #expect(row["Värde"] == (comma ? "-3,5" : "-3.5"))
        #expect(row["Kvinnor"] == "-1")
        #expect(row["Män"] == (comma ? "-0,25" : "-0.25"))
        #expect(row["Måltitel"] == "-12")
        #expect(row["Anmärkning"] == "-7,5")
    }

    @Test func theParserReadsWhatItShould() {
        let rows = CSVParser.parse("\u{FEFF}a;\"b;c\";\"d\"\"e\"\r\n\"f\ng\";;h\r\n", separator: ";")
        #expect(rows == [["a", "b;c", "d\"e"], ["f\ng", "", "h"]])
    }
}
