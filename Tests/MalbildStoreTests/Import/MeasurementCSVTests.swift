import Foundation
import Testing
@testable import MalbildStore

@Suite("Reading spreadsheets of values")
struct MeasurementCSVTests {
    typealias F = ImportFixtures

    @Test("Swedish Excel: byte-order mark, semicolons, decimal commas, CRLF, quoted fields")
    func swedishExcel() throws {
        let text = "indikator;datum;värde;kvinnor;män;kommentar\r\n"
            + "nii;2019-04-30;52,5;53,1;51,9;\r\n"
            + "\"nii\";delår2;\"1\u{00A0}052,25\";;;\"Enkät; preliminär\"\r\n"
            + ";;;;;\r\n"
        let file = try F.csv([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(file.form == .swedish)
        #expect(file.encoding == .utf8)
        #expect(file.columns == [.indicator: "indikator", .when: "datum", .value: "värde", .women: "kvinnor", .men: "män", .status: "kommentar"])
        #expect(file.problems.isEmpty)
        #expect(file.rows == [
            MeasurementCSVRow(line: 2, indicator: "nii", when: "2019-04-30", total: 52.5, women: 53.1, men: 51.9),
            MeasurementCSVRow(line: 3, indicator: "nii", when: "delår2", total: 1052.25, status: "Enkät; preliminär"),
        ])
    }

    @Test("plain CSV: commas and decimal points, English headers in any order")
    func plain() throws {
        let file = try F.csv("value,indicator,date,women,men,source\n52.5,nii,2019-04-30,,,SCB\n\"43,5\",langtid,helår,-,-,\n")
        #expect(file.form == .plain)
        #expect(file.ignoredColumns == ["source"])
        #expect(file.rows == [
            MeasurementCSVRow(line: 2, indicator: "nii", when: "2019-04-30", total: 52.5),
            MeasurementCSVRow(line: 3, indicator: "langtid", when: "helår", total: 43.5),
        ])
    }

    @Test("tabs, UTF-16 and Windows-1252 text, and a sep= line")
    func otherForms() throws {
        let tabs = try F.csv("Indicator\tCheckpoint\tValue\nnii\tdelår1\t52,5\n")
        #expect(tabs.form == .tabs)
        #expect(tabs.rows.first?.total == 52.5)

        let units = Array("indikator\tdatum\tvärde\r\nnii\tdelår1\t52\r\n".utf16)
        let utf16: [UInt8] = [0xFF, 0xFE] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let read16 = try F.csv(utf16)
        #expect(read16.encoding == .utf16)
        #expect(read16.rows == [MeasurementCSVRow(line: 2, indicator: "nii", when: "delår1", total: 52)])

        // "indikator;datum;värde;kommentar" with ä and å as single Windows-1252 bytes.
        var cp1252 = Array("indikator;datum;v".utf8) + [0xE4] + Array("rde;kommentar\r\nnii;del".utf8) + [0xE5]
        cp1252 += Array("r1;52;".utf8) + [0x93] + Array("prelimin".utf8) + [0xE4, 0x72, 0x74, 0x94, 0x0D, 0x0A]
        let read1252 = try F.csv(cp1252)
        #expect(read1252.encoding == .windows1252)
        #expect(read1252.rows == [MeasurementCSVRow(line: 2, indicator: "nii", when: "delår1", total: 52, status: "\u{201C}preliminärt\u{201D}")])

        let sep = try F.csv("sep=;\nindicator;date;value\nnii;2019-04-30;52,5\n")
        #expect(sep.form == .swedish)
        #expect(sep.headerLine == 2)
        #expect(sep.rows.map(\.line) == [3])
    }

    @Test("a quoted field over two lines keeps the numbering of later lines right")
    func multiLineField() throws {
        let file = try F.csv("indicator;date;value;status\nnii;2019-04-30;52;\"two\nlines\"\nnii;2019-08-31;x;\n")
        #expect(file.rows.first?.status == "two\nlines")
        #expect(file.problems == [MeasurementCSVLineError(line: 4, fault: .notANumber(column: "value", text: "x"))])
    }

    @Test("bad lines are kept with their number and fault")
    func problems() throws {
        let text = "indikator;datum;värde;kvinnor;män;status\n"
            + "nii;2019-04-30;femtio;;;\n"
            + ";2019-04-30;52;;;\n"
            + "nii;;52;;;\n"
            + "nii;2019-04-30;;;;\n"
            + "nii;2019-04-30;-;;;Publiceras i december\n"
            + "nii;2019-04-30;52;;;;x\n"
            + "nii;2019-04-30;52;1,2,3;;\n"
        let file = try F.csv(text)
        #expect(file.rows == [MeasurementCSVRow(line: 6, indicator: "nii", when: "2019-04-30", total: nil, status: "Publiceras i december")])
        #expect(file.problems.map(\.description) == [
            "line 2: \"femtio\" is not a number (värde); write e.g. 52.5 or 52,5, or leave the cell empty",
            "line 3: there is no indicator id",
            "line 4: there is no date or checkpoint",
            "line 5: there is no value: give a value, or - and a status saying why it is missing",
            "line 7: it has 7 fields but the header has 6",
            "line 8: \"1,2,3\" is not a number (kvinnor); write e.g. 52.5 or 52,5, or leave the cell empty",
        ])
    }

    @Test("a decimal comma in a comma-separated file is pointed out")
    func decimalCommaInPlain() throws {
        let file = try F.csv("indicator,date,value\nnii,2019-04-30,52,5\n")
        #expect(file.problems.first?.description == "line 2: it has 4 fields but the header has 3 "
            + "(a decimal comma in a comma-separated file? write 52.5, or put the number in quotes: \"52,5\")")
    }

    @Test("faults of the file as a whole")
    func fileFaults() throws {
        func fault(_ text: String) -> MeasurementCSVError? {
            do {
                _ = try F.csv(text, path: "v.csv")
                return nil
            } catch let error as MeasurementCSVError {
                return error
            } catch {
                return nil
            }
        }
        #expect(fault("\r\n\r\n")?.fault == .empty)
        #expect(fault("namn;värde\nnii;52\n")?.fault == .missingColumns([.indicator, .when], found: ["namn", "värde"]))
        #expect(fault("namn;värde\nnii;52\n")?.description == "v.csv has no column for the indicator and the date (or checkpoint): "
            + "it has the headers \"namn\", \"värde\". Name the columns indicator, date (or checkpoint), value, women, men, status, "
            + "or in Swedish indikator, datum, värde, kvinnor, män, status")
        #expect(fault("indicator;date;status\n")?.fault == .missingColumns([.value], found: ["indicator", "date", "status"]))
        #expect(fault("indicator;datum;date;value\n")?.fault == .duplicateColumn(.when, first: 2, second: 3))
        #expect(fault("indicator;date;value\nnii;2019-04-30;\"52\n\n")?.fault == .unclosedQuote(line: 2))
        #expect(fault("indicator;date;value\nnii;2019-04-30;\"52\n\n")?.description == "v.csv:2: a quoted field opens here and is never closed")
    }

    @Test("a missing file and a folder")
    func files() throws {
        let folder = try TemporaryFolder()
        let error = try #require(throws: MeasurementCSVError.self) { try MeasurementCSV.read(at: folder.file("v.csv")) }
        #expect(error.fault == .missing)
        let isFolder = try #require(throws: MeasurementCSVError.self) { try MeasurementCSV.read(at: folder.url) }
        #expect(isFolder.fault == .isFolder)
    }
}
