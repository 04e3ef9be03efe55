import Foundation
import Testing
@testable import MalbildStore

@Suite("Reading Kolada files")
struct KoladaFileTests {
    typealias F = ImportFixtures

    @Test("the v2 shape, one value per gender")
    func v2Shape() throws {
        let text = """
        {"values":[{"kpi":"N00945","municipality":"0665","period":2019,"values":[{"gender":"T","count":1,"status":"","value":53.0},\
        {"gender":"K","count":1,"status":"","value":54.5},{"gender":"M","count":1,"status":"","value":51}]}],"count":1}
        """
        let file = try F.parse(text)
        #expect(file.values == [
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2019, gender: .total, value: 53, count: 1),
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2019, gender: .women, value: 54.5, count: 1),
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2019, gender: .men, value: 51, count: 1),
        ])
        #expect(file.count == 1)
        #expect(file.nextPage == nil)
        #expect(file.path == "kolada.json")
    }

    @Test("the v3 spellings kpi_id, municipality_id and year, and a period per gender")
    func v3Spellings() throws {
        let text = """
        {
          "count": 2,
          "values": [
            {"kpi_id": "N00945", "municipality_id": "0665", "year": "2018",
             "values": [{"gender": "T", "value": 50.25, "status": null}]},
            {"kpi": "N00945", "municipality": "0665",
             "values": [{"gender": "T", "period": 2019, "value": 53}]}
          ],
          "next_page": null
        }
        """
        let file = try F.parse(text)
        #expect(file.values.map(\.period) == [2018, 2019])
        #expect(file.values.map(\.value) == [50.25, 53])
        #expect(file.values.allSatisfy { $0.kpi == "N00945" && $0.municipality == "0665" && $0.status.isEmpty })
    }

    @Test("a missing value keeps its status")
    func nullWithStatus() throws {
        let text = F.file(["""
        {"kpi": "N00945", "municipality": "0665", "period": 2020, "values": [\
        {"gender": "T", "count": 0, "status": "Serien upphörde", "value": null}, {"gender": "K", "count": 0, "status": "Saknas"}]}
        """])
        let file = try F.parse(text)
        #expect(file.values == [
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2020, gender: .total, value: nil, status: "Serien upphörde", count: 0),
            KoladaValue(kpi: "N00945", municipality: "0665", period: 2020, gender: .women, value: nil, status: "Saknas", count: 0),
        ])
    }

    @Test("several municipalities and years in one file, in the file's order")
    func severalMunicipalities() throws {
        let text = F.file([
            F.entry("N00945", "0665", 2019, [("T", "53")]),
            F.entry("N00945", "0680", 2019, [("T", "58.5")]),
            F.entry("N00945", "0000", 2019, [("T", "55")]),
        ])
        let file = try F.parse(text)
        #expect(file.values.map(\.municipality) == ["0665", "0680", "0000"])
    }

    @Test("numbers: negative, exponents, many digits, and exact decimals")
    func numbers() throws {
        let values = ["-2.5", "1e3", "1.5E-2", "0.1", "123456789012345.6", "999999999999999", "0.30000000000000004", "7", "-0"]
        let text = F.file(values.map { F.entry("N00001", "0665", 2019, [("T", $0)]) })
        let read = try F.parse(text).values.map(\.value)
        #expect(read == values.map { Double($0) })
    }

    @Test("a value too large to record is refused, as measure refuses it", arguments: [
        "1000000000000000", "123456789012345678", "-1e15", "1e308", "1.7976931348623157e308",
    ])
    func tooLarge(value: String) throws {
        let text = F.file([F.entry("N00001", "0665", 2019, [("T", "1")]), F.entry("N00001", "0665", 2018, [("T", value)])])
        #expect { try F.parse(text) } throws: { error in
            "\(error)".contains("values[1].values[0].value") && "\(error)".contains("too large")
        }
    }

    @Test("escapes in strings, a byte-order mark, unknown keys skipped")
    func escapesAndUnknownKeys() throws {
        let text = "\u{FEFF}" + """
        {"meta": {"source": ["Kolada", 1, true, null, {"x": []}]}, "values": [
          {"kpi": "N\\u0030\\u00309\\u00345", "municipality": "0665", "period": 2019, "extra": "\\"quoted\\" \\\\ \\/",
           "values": [{"gender": "T", "status": "Prelimin\\u00e4rt \\ud83d\\udcc8", "value": 1, "ou": null}]}]}
        """
        let file = try F.parse(text)
        #expect(file.values == [KoladaValue(kpi: "N00945", municipality: "0665", period: 2019, gender: .total,
                                            value: 1, status: "Preliminärt 📈")])
    }

    @Test("an empty values list is an empty import")
    func emptyList() throws {
        #expect(try F.parse("{\"values\": [], \"count\": 0}").values.isEmpty)
    }

    @Test("reading from disk, and the path in the file")
    func fromDisk() throws {
        let folder = try TemporaryFolder()
        let url = try folder.write(F.file([F.entry("N00945", "0665", 2019, [("T", "53")])]), to: "nii.json")
        let file = try KoladaFile.read(at: url)
        #expect(file.path == url.standardizedFileURL.path)
        #expect(file.values.count == 1)
    }
}
