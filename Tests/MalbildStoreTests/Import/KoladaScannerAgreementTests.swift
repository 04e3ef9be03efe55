import Foundation
import Testing
@testable import MalbildStore

/// The Kolada reader checked against Foundation's `JSONDecoder` reading the same files:
/// keys in any order and spelling (escaped, near misses that are other keys, v3 names),
/// ids that repeat and change from entry to entry, Swedish and escaped statuses, nulls,
/// missing fields and blanks; and its messages for faulty files, word for word.
@Suite("Reading Kolada files agrees with a generic JSON reading")
struct KoladaScannerAgreementTests {
    /// A small deterministic generator, so that every run checks the same files.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }

        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Ids as written in the file (some with escapes) and the text they stand for.
    static let kpis: [(written: String, text: String)] = [
        ("N00945", "N00945"), ("N00946", "N00946"), ("U07401", "U07401"), ("N0094\\u0035", "N00945"),
        ("N07940", "N07940"), ("N00945\\/x", "N00945/x"),
    ]
    static let places: [(written: String, text: String)] = [
        ("0665", "0665"), ("0666", "0666"), ("0680", "0680"), ("06\\u00365", "0665"), ("G37572", "G37572"),
        ("0000", "0000"), ("1480", "1480"), ("V\\u00e4xj\\u00f6", "Växjö"), ("Växjö", "Växjö"),
    ]
    static let statuses: [(written: String, text: String)] = [
        ("", ""), ("Värdet saknas – för få svar", "Värdet saknas – för få svar"), ("Saknas", "Saknas"),
        ("rad 1\\nrad 2", "rad 1\nrad 2"), ("\\\"citat\\\" och \\\\", "\"citat\" och \\"), ("\\ud83d\\ude00 år", "😀 år"),
        ("Serien upphörde 2019", "Serien upphörde 2019"),
    ]
    static let numbers = ["53", "53.0", "-0.5", "1.25e2", "41.699999999999996", "0.1", "0", "-0", "123456.789", "7E-3",
                          "999999999999999", "43.300000000000004"]

    /// One file: its text, and how many entries it has.
    static func file(seed: UInt64, entries: Int) -> String {
        var g = Generator(state: seed)
        let blank = g.pick(["", " ", "\n  ", "\t"])
        let colon = g.pick([":", ": ", " : "])
        func member(_ key: String, _ value: String) -> String { "\"\(key)\"\(colon)\(value)" }
        func object(_ members: [String], shuffled: Bool, _ g: inout Generator) -> String {
            var members = members
            if shuffled {
                for k in members.indices.reversed() where k > 0 { members.swapAt(k, g.below(k + 1)) }
            }
            return "{" + blank + members.joined(separator: "," + blank) + blank + "}"
        }
        var list: [String] = []
        for _ in 0..<entries {
            var members: [String] = []
            members.append(member(g.pick(["kpi", "kpi_id", "kp\\u0069"]), "\"\(g.pick(kpis).written)\""))
            members.append(member(g.pick(["municipality", "municipality_id", "municipalit\\u0079"]), "\"\(g.pick(places).written)\""))
            let periodInEntry = g.chance(85)
            if periodInEntry {
                let year = 1990 + g.below(35)
                members.append(member(g.pick(["period", "year", "perio\\u0064"]), g.chance(80) ? "\(year)" : "\"\(year)\""))
            }
            if g.chance(10) { members.append(member(g.pick(["isdeleted", "is_deleted"]), g.pick(["true", "false"]))) }
            if g.chance(30) { members.append(member(g.pick(["kpis", "periods", "municipality_type", "values_x", "Kpi"]), g.pick(["\"K\"", "[1, {\"value\": 2}]", "null", "{\"gender\": \"T\"}"]))) }
            var genders: [String] = []
            for letter in ["T", "K", "M"] where g.chance(80) {
                var fields: [String] = []
                fields.append(member(g.pick(["gender", "gender", "gend\\u0065r"]), "\"\(letter)\""))
                switch g.below(5) {
                case 0: break
                case 1: fields.append(member("value", "null"))
                default: fields.append(member(g.pick(["value", "value", "valu\\u0065"]), g.pick(numbers)))
                }
                switch g.below(4) {
                case 0: break
                case 1: fields.append(member("status", "null"))
                default: fields.append(member(g.pick(["status", "statu\\u0073"]), "\"\(g.pick(statuses).written)\""))
                }
                switch g.below(4) {
                case 0: break
                case 1: fields.append(member("count", "null"))
                default: fields.append(member(g.pick(["count", "coun\\u0074"]), "\(g.below(40))"))
                }
                if !periodInEntry { fields.append(member(g.pick(["period", "year"]), "\(2000 + g.below(20))")) }
                if g.chance(5) { fields.append(member(g.pick(["isdeleted", "is_deleted"]), "true")) }
                if g.chance(25) { fields.append(member(g.pick(["genders", "valu", "Value", "values", "counts", "statuses"]), g.pick(["\"X\"", "3", "[]", "{\"a\": [1, 2]}"]))) }
                genders.append(object(fields, shuffled: g.chance(50), &g))
            }
            if !periodInEntry && genders.isEmpty {
                members.append(member("period", "2001"))
            }
            members.append(member("values", "[" + genders.joined(separator: "," + blank) + "]"))
            list.append(object(members, shuffled: g.chance(50), &g))
        }
        var top = [member("values", "[" + blank + list.joined(separator: "," + blank) + blank + "]")]
        if g.chance(50) { top.append(member("count", "\(entries)")) }
        if g.chance(50) { top.append(member(g.pick(["next_page", "next_url"]), "null")) }
        return object(top, shuffled: g.chance(50), &g)
    }

    /// Any JSON value, read with Foundation's `JSONDecoder`.
    enum JSON: Decodable {
        case null, bool(Bool), number(Double), string(String), list([JSON]), object([String: JSON])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() {
                self = .null
            } else if let b = try? c.decode(Bool.self) {
                self = .bool(b)
            } else if let n = try? c.decode(Double.self) {
                self = .number(n)
            } else if let s = try? c.decode(String.self) {
                self = .string(s)
            } else if let l = try? c.decode([JSON].self) {
                self = .list(l)
            } else {
                self = .object(try c.decode([String: JSON].self))
            }
        }

        subscript(_ key: String) -> JSON? {
            if case .object(let members) = self { return members[key] }
            return nil
        }

        var text: String? {
            if case .string(let s) = self { return s }
            return nil
        }

        var number: Double? {
            if case .number(let n) = self { return n }
            return nil
        }

        var list: [JSON]? {
            if case .list(let l) = self { return l }
            return nil
        }

        var flag: Bool? {
            if case .bool(let b) = self { return b }
            return nil
        }

        var year: Int? {
            if case .string(let s) = self { return Int(s) }
            return number.map { Int($0) }
        }
    }

    /// What a file holds, read with Foundation's `JSONDecoder` and the rules of Kolada's shape.
    static func reference(_ text: String) throws -> [KoladaValue] {
        let top = try JSONDecoder().decode(JSON.self, from: Data(text.utf8))
        var values: [KoladaValue] = []
        for entry in try #require(top["values"]?.list) {
            let kpi = try #require((entry["kpi"] ?? entry["kpi_id"])?.text)
            let place = try #require((entry["municipality"] ?? entry["municipality_id"])?.text)
            let period = (entry["period"] ?? entry["year"])?.year
            let deleted = (entry["isdeleted"] ?? entry["is_deleted"])?.flag ?? false
            for gender in try #require(entry["values"]?.list) {
                let letter = try #require(gender["gender"]?.text)
                let kind: KoladaGender = letter == "T" ? .total : letter == "K" ? .women : .men
                values.append(KoladaValue(
                    kpi: kpi, municipality: place, period: try #require((gender["period"] ?? gender["year"])?.year ?? period),
                    gender: kind, value: gender["value"]?.number, status: gender["status"]?.text ?? "",
                    count: gender["count"]?.number.map { Int($0) },
                    deleted: deleted || ((gender["isdeleted"] ?? gender["is_deleted"])?.flag ?? false)))
            }
        }
        return values
    }

    @Test("varied files read the same values as a generic JSON reading", arguments: 0..<40)
    func agrees(seed: Int) throws {
        let text = Self.file(seed: UInt64(seed) &* 7919 &+ 17, entries: 1 + seed * 3)
        let file = try KoladaFile.parse(Data(text.utf8), path: "kolada.json")
        let expected = try Self.reference(text)
        #expect(file.values.count == expected.count)
        for (k, (got, want)) in zip(file.values, expected).enumerated() where got != want {
            Issue.record("value \(k): \(got) is not \(want) in \(text)")
            break
        }
    }

    @Test("ids that change in one byte from entry to entry are each read anew")
    func idsThatChange() throws {
        let places = ["0665", "0666", "0665", "0665", "0656", "G0665", "0665", "06\\u00365", "0666"]
        let kpis = ["N00945", "N00945", "N00946", "N00945", "N00945", "N00945", "N0094\\u0035", "N00945", "M00945"]
        let entries = zip(kpis, places).enumerated().map { k, pair in
            "{\"kpi\": \"\(pair.0)\", \"municipality\": \"\(pair.1)\", \"period\": \(2000 + k), \"values\": [{\"gender\": \"T\", \"value\": \(k)}]}"
        }
        let file = try ImportFixtures.parse("{\"values\": [" + entries.joined(separator: ",") + "]}")
        #expect(file.values.map(\.municipality) == ["0665", "0666", "0665", "0665", "0656", "G0665", "0665", "0665", "0666"])
        #expect(file.values.map(\.kpi) == ["N00945", "N00945", "N00946", "N00945", "N00945", "N00945", "N00945", "N00945", "M00945"])
    }

    @Test("keys at the very end of the file and keys that only begin like known ones", arguments: [
        ("{\"values\":[],\"count\":3}", 3),
        ("{\"count\":3,\"values\":[]}", 3),
        ("{\"values\":[],\"coun\":3}", nil),
        ("{\"values\":[],\"counts\":3}", nil),
        ("{\"values\":[],\"co\\u0075nt\":3}", 3),
        ("{\"values\":[]}", nil),
    ] as [(String, Int?)])
    func keysAtTheEnd(text: String, count: Int?) throws {
        let file = try ImportFixtures.parse(text)
        #expect(file.values.isEmpty)
        #expect(file.count == count)
    }

    @Test("every prefix of a file is refused with a message, none read as a whole file")
    func everyPrefix() throws {
        let text = "{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"Växjö\", \"period\": 2019, \"values\": [{\"gender\": \"T\", \"count\": 1, \"status\": \"Saknas\", \"value\": 41.699999999999996}]}], \"count\": 1}"
        let bytes = Array(text.utf8)
        #expect(try KoladaFile.parse(Data(bytes), path: "k.json").values.count == 1)
        for end in 0..<bytes.count {
            do throws(KoladaFileError) {
                _ = try KoladaFile.parse(Data(bytes[0..<end]), path: "k.json")
                Issue.record("the first \(end) bytes were read as a whole file")
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }

    /// Faulty files and the message each gave before the reader read known keys whole
    /// (taken from that build's `import kolada`, less the path).
    @Test("faulty files give the same messages as before", arguments: [
        ("{\"values\":[{\"kpi\":\"N00945\",\"munic", "is not valid JSON: the file ends inside a string at line 1, column 34"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\"", "is not valid JSON: expected ':' after the key at line 1, column 42"),
        ("{\"values\":[{\"kpi\" \"N00945\"}]}", "is not valid JSON: expected ':' after the key at line 1, column 19"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"gender\":\"X\",\"value\":1}]}]}",
         "does not have Kolada's shape: values[0].values[0].gender: \"X\" is not T, K or M"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"value\":1,\"status\":\"Saknas\"}]}]}",
         "does not have Kolada's shape: values[0].values[0]: there is no \"gender\" (T, K or M)"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"gender\":\"T\",\"value\":\"53\"}]}]}",
         "does not have Kolada's shape: values[0].values[0].value: \"53\" is not a number or null"),
        ("{\"values\":[{\"kpi\":\"\",\"municipality\":\"0665\",\"period\":2019,\"values\":[]}]}", "does not have Kolada's shape: values[0].kpi: is empty"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":665,\"period\":2019,\"values\":[]}]}",
         "does not have Kolada's shape: values[0].municipality: 665 is not a string"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"values\":[{\"gender\":\"T\",\"value\":1}]}]}",
         "does not have Kolada's shape: values[0].values[0]: there is no \"period\" here or in values[0]"),
        ("{\"values\":[{\"kpi\":\"N00\\x945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[]}]}",
         "is not valid JSON: invalid escape in a string at line 1, column 23"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"06\n65\",\"period\":2019,\"values\":[]}]}",
         "is not valid JSON: a control character (such as a line break) inside a string at line 1, column 46"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"gender\":\"T\",\"value\":1},]}]}",
         "is not valid JSON: invalid value at line 1, column 99"),
        ("{\"values\":[]} x", "is not valid JSON: unexpected text after the end of the JSON at line 1, column 15"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"gender\":\"T\",\"value\":1.}]}]}",
         "is not valid JSON: invalid number at line 1, column 96"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"gender\":\"T\",\"value\":1e300}]}]}",
         "does not have Kolada's shape: values[0].values[0].value: 1e300 is too large: a value must be smaller than 1 000 000 000 000 000 in size"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":\"20x9\",\"values\":[]}]}",
         "does not have Kolada's shape: values[0].period: \"20x9\" is not a year"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"ou\":\"V15E0665\",\"period\":2019,\"values\":[]}]}",
         "does not have Kolada's shape: values[0].ou: this is data for an organisational unit (ou); Målbild imports a municipality's data, from an address with /municipality/ in it"),
        ("[{\"kpi\":\"N00945\"}]",
         "does not have Kolada's shape: the file holds a list; Kolada's data is an object with a \"values\" list, such as {\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [...]}]}"),
        ("{\"count\":0}",
         "does not have Kolada's shape: there is no \"values\" list; Kolada's data is an object such as {\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [...]}]}"),
        ("{\"values\":{\"kpi\":\"N00945\"}}", "does not have Kolada's shape: values: an object is not a list"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"gend\\u0065r\":\"Q\",\"value\":1}]}]}",
         "does not have Kolada's shape: values[0].values[0].gender: \"Q\" is not T, K or M"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"genders\":\"T\",\"value\":1}]}]}",
         "does not have Kolada's shape: values[0].values[0]: there is no \"gender\" (T, K or M)"),
        ("{\n  \"values\": [\n    {\"kpi\": \"N00945\",\n     \"municipality\": \"0665\",\n     \"period\": 2019,\n     \"values\": [{\"gender\": \"T\", \"value\": nul}]}\n  ]\n}\n",
         "is not valid JSON: invalid value at line 6, column 42"),
        ("{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"0665\",\"period\":2019,\"values\":[{\"gender\":\"T\",\"status\":\"Värdet saknas – för få svar\",\"value\":tru}]}]}",
         "is not valid JSON: invalid value at line 1, column 135"),
    ])
    func sameMessages(text: String, message: String) throws {
        let error = try #require(ImportFixtures.fault(text))
        #expect(error.description == "kolada.json " + message)
    }
}

/// Numbers of 16 to 19 digits, which the reader works out itself, against the standard
/// library's reading of the same text.
@Suite("Reading long Kolada numbers")
struct KoladaLongNumberTests {
    /// The values a file of these numbers gives.
    static func read(_ numbers: [String]) throws -> [Double?] {
        let genders = numbers.map { "{\"gender\": \"T\", \"value\": \($0)}" }
        let text = "{\"values\": [{\"kpi\": \"N1\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [" + genders.joined(separator: ",") + "]}]}"
        return try ImportFixtures.parse(text).values.map(\.value)
    }

    @Test("every number reads as the standard library reads it, to the last bit")
    func sameAsStandardLibrary() throws {
        // Values must stay below 10^15, so at most 15 digits come before the point.
        var numbers = [
            "41.699999999999996", "43.300000000000004", "-3.0999999999999996", "0.30000000000000004",
            "900719925474099.35", "900719925474099.25", "562949953421312.0625", "562949953421312.1875",
            "-562949953421312.3125", "999999999999999.49", "0.1000000000000000055511151231257827", "0.0000000000000000001",
            "1.0000000000000000000", "0.1234567890123456789", "-0.0000000000000000000", "2.2250738585072014",
            "4.9406564584124654", "1.7976931348623157", "0.000001234567890123456", "9.999999999999999999",
        ]
        var g: UInt64 = 2024
        for _ in 0..<3000 {
            g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = 16 + Int(g >> 60) % 4
            var text = ""
            var h = g
            for _ in 0..<digits {
                h = h &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8((h >> 59) % 10))))
            }
            if text.first == "0" { text = "1" + text.dropFirst() }
            let point = Int((g >> 40) % 16)
            if point > 0 && point < digits {
                text.insert(".", at: text.index(text.startIndex, offsetBy: point))
            } else if point == 0 {
                text = "0." + text
            }
            numbers.append((g >> 20) % 3 == 0 ? "-" + text : text)
        }
        let values = try Self.read(numbers)
        #expect(values.count == numbers.count)
        for (text, value) in zip(numbers, values) {
            let expected = try #require(Double(text))
            #expect(value?.bitPattern == expected.bitPattern, "\(text) read as \(String(describing: value)), not \(expected)")
        }
    }
}
