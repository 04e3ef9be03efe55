import Foundation
import Testing
@testable import MalbildStore

@Suite("Kolada files that are not Kolada's shape")
struct KoladaFileErrorTests {
    typealias F = ImportFixtures

    @Test("a gender that is not T, K or M, named by its place")
    func badGender() throws {
        let entries = (0..<3).map { F.entry("N00945", "0665", 2016 + $0, [("T", "1")]) }
            + [F.entry("N00945", "0665", 2019, [("X", "1")])]
        let error = try #require(F.fault(F.file(entries)))
        #expect(error.fault == .wrongShape(place: "values[3].values[0].gender", detail: "\"X\" is not T, K or M"))
        #expect(error.description == "kolada.json does not have Kolada's shape: values[3].values[0].gender: \"X\" is not T, K or M")
    }

    @Test("the first fault is the one reported")
    func firstFault() throws {
        let text = F.file([F.entry("N00945", "0665", 2019, [("T", "1"), ("W", "2")]), F.entry("N00945", "0665", 2020, [("Q", "1")])])
        #expect(F.fault(text)?.fault == .wrongShape(place: "values[0].values[1].gender", detail: "\"W\" is not T, K or M"))
    }

    @Test("missing and mistyped fields")
    func fields() throws {
        let cases: [(String, String, String)] = [
            ("{\"values\": [{\"municipality\": \"0665\", \"period\": 2019, \"values\": []}]}", "values[0]", "there is no \"kpi\""),
            ("{\"values\": [{\"kpi\": \"N00945\", \"period\": 2019, \"values\": []}]}", "values[0]", "there is no \"municipality\""),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019}]}", "values[0]", "there is no \"values\" list"),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"values\": [{\"gender\": \"T\", \"value\": 1}]}]}",
             "values[0].values[0]", "there is no \"period\" here or in values[0]"),
            ("{\"values\": [{\"kpi\": 945, \"municipality\": \"0665\", \"period\": 2019, \"values\": []}]}", "values[0].kpi", "945 is not a string"),
            ("{\"values\": [{\"kpi\": \"\", \"municipality\": \"0665\", \"period\": 2019, \"values\": []}]}", "values[0].kpi", "is empty"),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": \"nittonhundra\", \"values\": []}]}",
             "values[0].period", "\"nittonhundra\" is not a year"),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019.5, \"values\": []}]}",
             "values[0].period", "2019.5 is not a year"),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [{\"gender\": \"T\", \"value\": \"53\"}]}]}",
             "values[0].values[0].value", "\"53\" is not a number or null"),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [{\"value\": 53}]}]}",
             "values[0].values[0]", "there is no \"gender\" (T, K or M)"),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [{\"gender\": \"T\", \"status\": 3}]}]}",
             "values[0].values[0].status", "3 is not a string"),
            ("{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": {}}]}",
             "values[0].values", "an object is not a list"),
            ("{\"values\": [17]}", "values[0]", "17 is not an object with kpi, municipality, period and values"),
            ("{\"values\": {\"kpi\": \"N00945\"}}", "values", "an object is not a list"),
        ]
        for (text, place, detail) in cases {
            #expect(F.fault(text)?.fault == .wrongShape(place: place, detail: detail), "\(text)")
        }
    }

    @Test("Kolada's metadata, organisational-unit data and other JSON are told apart")
    func otherShapes() throws {
        let metadata = "{\"values\": [{\"id\": \"N00945\", \"title\": \"Nöjd Inflytande-Index\"}], \"count\": 1}"
        #expect(F.fault(metadata)?.description.contains("is neither a KPI, a municipality nor a group of municipalities") == true)
        let kpis = "{\"values\": [{\"id\": \"N00945\", \"title\": \"Nöjd Inflytande-Index\", \"is_divided_by_gender\": 1}]}"
        #expect(try F.parse(kpis).metadata?.kpis.map(\.title) == ["Nöjd Inflytande-Index"])
        let ou = "{\"values\": [{\"kpi\": \"N15033\", \"ou\": \"V15E0665001\", \"period\": 2019, \"values\": []}]}"
        #expect(F.fault(ou)?.fault == .wrongShape(place: "values[0].ou", detail: "this is data for an organisational unit (ou); "
            + "Målbild imports a municipality's data, from an address with /municipality/ in it"))
        let list = F.fault("[1, 2]")
        #expect(list?.fault == .wrongShape(place: "", detail: "the file holds a list; Kolada's data is an object with a \"values\" list, "
            + "such as {\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [...]}]}"))
        #expect(list?.description.hasPrefix("kolada.json does not have Kolada's shape: the file holds a list;") == true)
        #expect(F.fault("{\"count\": 0}")?.description.contains("there is no \"values\" list") == true)
    }

    @Test("text that is not JSON gives the line and column")
    func notJSON() throws {
        let text = "{\"values\": [\n  {\"kpi\": \"N00945\", \"municipality\": \"0665\",\n   \"period\": 2019 \"values\": []}\n]}"
        let error = try #require(F.fault(text))
        #expect(error.fault == .notJSON(line: 3, column: 19, detail: "expected ',' or '}' after a value in an object"))
        #expect(error.description == "kolada.json is not valid JSON: expected ',' or '}' after a value in an object at line 3, column 19")
    }

    @Test("columns count characters, and other syntax faults")
    func syntax() throws {
        #expect(F.fault("{\"values\": [{\"kpi\": \"Nöj\", x}]}")?.fault == .notJSON(line: 1, column: 28, detail: "expected a key in double quotes"))
        #expect(F.fault("{\"values\": [], \"count\": 1")?.fault == .notJSON(line: 1, column: 26, detail: "the file ends inside an object"))
        #expect(F.fault("{\"values\": [\"abc")?.fault == .notJSON(line: 1, column: 17, detail: "the file ends inside a string"))
        #expect(F.fault("{\"values\": []} x")?.fault == .notJSON(line: 1, column: 16, detail: "unexpected text after the end of the JSON"))
        #expect(F.fault("{\"values\": [], \"x\": tru}")?.fault == .notJSON(line: 1, column: 21, detail: "invalid value"))
        #expect(F.fault("{\"values\": [], \"x\": 1.}")?.fault == .notJSON(line: 1, column: 21, detail: "invalid number"))
        #expect(F.fault("{\"values\": [], \"x\": \"a\\qb\"}")?.fault == .notJSON(line: 1, column: 23, detail: "invalid escape in a string"))
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(F.fault("{\"values\": [], \"x\": \(deep)}")?.fault == .notJSON(line: 1, column: 533, detail: "the JSON is nested too deeply"))
    }

    @Test("an empty file, a missing file and a folder")
    func files() throws {
        #expect(F.fault(" \n ")?.fault == .empty)
        #expect(F.fault("")?.description == "kolada.json is empty: a Kolada data file is JSON such as {\"values\": [...]}")
        let folder = try TemporaryFolder()
        let missing = folder.file("nii.json")
        let error = try #require(throws: KoladaFileError.self) { try KoladaFile.read(at: missing) }
        #expect(error.fault == .missing)
        #expect(error.description == "\(missing.standardizedFileURL.path) does not exist")
        let isFolder = try #require(throws: KoladaFileError.self) { try KoladaFile.read(at: folder.url) }
        #expect(isFolder.fault == .isFolder)
    }
}
