import Foundation
@testable import MalbildCore
import Testing
@testable import MalbildStore

/// The workspace file's own reader and writer of value columns against the Codable path.
@Suite("Value columns read and written by their own code")
struct ValueColumnsTests {
    typealias File = WorkspaceFile<Workspace>

    /// A generator whose sequence is fixed by its seed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let texts = [
        "", "ej redovisat", "Uppgift saknas för år 2019", "åäö ÅÄÖ é ü", "citat \"så här\"", "snedstreck \\ och /",
        "rad ett\nrad två", "tab\there", "styr\u{01}tecken\u{1F}", "\u{7F} del", "😀 emoji 𝄞", "\u{2028} radskiljare",
        "mellanslag  ", "\"", "\\", "/", "\u{8}\u{C}\r",
    ]

    static let numbers: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.2, 1.0 / 3, 2.5, 12.0, 99.9, 123456.789, 1e-7, 1.5e-5, 4.9e-324, 1e14,
        999_999_999_999_999, -999_999_999_999_999, 123_456_789_012_345.6, 9.999999999999998e14, 0.000001, 1e-10,
        5e-324, 2.2250738585072014e-308, 1234.5678e3, -0.5, 3.14159265358979,
    ]

    static func value(_ rng: inout Seeded) -> Double? {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return nil
        case 1...4: return numbers.randomElement(using: &rng)
        case 5: return Double(Int.random(in: -100_000...100_000, using: &rng)) / 10
        default:
            // Any double of a size the domain takes, down to the smallest.
            let magnitude = Double(bitPattern: UInt64.random(in: 0...0x42CC_6BF5_2633_FFFF, using: &rng))
            return Bool.random(using: &rng) ? -magnitude : magnitude
        }
    }

    static func day(_ rng: inout Seeded) -> Day {
        let year = Int.random(in: 1000...9999, using: &rng)
        let month = Int.random(in: 1...12, using: &rng)
        let day = Int.random(in: 1...Day.length(ofMonth: month, year: year), using: &rng)
        return (try? Day(year: year, month: month, day: day)) ?? Day.firstDay
    }

    /// A series of `n` values: in day order or not, with each optional field on or off.
    static func series(_ n: Int, _ rng: inout Seeded) -> MeasurementSeries {
        let ordered = Bool.random(using: &rng)
        let gender = Bool.random(using: &rng)
        let texts = Bool.random(using: &rng)
        let flags = Bool.random(using: &rng)
        var days = (0..<n).map { _ in day(&rng) }
        if ordered { days.sort() }
        var out = MeasurementSeries()
        for d in days {
            out.append(Measurement(
                day: d,
                checkpoint: texts && Bool.random(using: &rng) ? ["delår1", "delår2", "bokslut"].randomElement(using: &rng) : nil,
                total: value(&rng),
                women: gender ? value(&rng) : nil,
                men: gender ? value(&rng) : nil,
                status: texts ? (Self.texts.randomElement(using: &rng) ?? "") : "",
                correction: texts && Int.random(in: 0..<4, using: &rng) == 0 ? Self.texts.randomElement(using: &rng) : nil,
                example: flags && Bool.random(using: &rng)))
        }
        return out
    }

    /// The demo workspace with random series on its indicators.
    static func workspace(seed: UInt64, size: Int = 40) -> Workspace {
        var rng = Seeded(state: seed)
        var w = Workspace.demo
        for g in w.goals.indices {
            for i in w.goals[g].indicators.indices {
                w.goals[g].indicators[i].measurements = series(Int.random(in: 0...size, using: &rng), &rng)
            }
        }
        return w
    }

    /// The bytes the Codable path alone writes.
    static func codableBytes(_ w: Workspace) throws -> Data {
        var data = try File.makeEncoder().encode(WorkspaceEnvelope(formatVersion: StoreCoding.currentFormatVersion, workspace: w))
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// The document the Codable path alone reads.
    static func codableRead(_ data: Data) throws -> Workspace {
        try File.makeDecoder().decode(WorkspaceEnvelope<Workspace>.self, from: data).workspace
    }

    @Test("the writer writes the very bytes of the Codable path, and the reader reads them back as it does")
    func roundTrip() throws {
        for seed in UInt64(1)...60 {
            let w = Self.workspace(seed: seed)
            let expected = try Self.codableBytes(w)
            let written = try File.encode(w, path: "ks.json")
            #expect(written == expected, "seed \(seed)")
            let read = try #require(ValueColumnsReader.read(written), "seed \(seed): the reader gave up")
            #expect(read.table.series.count == w.goals.flatMap(\.indicators).count)
            let decoded = try File.decode(written, path: "ks.json")
            #expect(decoded == w, "seed \(seed)")
            #expect(decoded == (try Self.codableRead(written)), "seed \(seed)")
        }
    }

    @Test("numbers the writer writes as the encoder does, one by one")
    func numbersOneByOne() throws {
        var rng = Seeded(state: 7)
        var values = Self.numbers
        for _ in 0..<3000 { if let v = Self.value(&rng) { values.append(v) } }
        for p in -16...15 {
            values.append(pow(10, Double(p)))
            values.append(-pow(10, Double(p)) * 9.87654321)
            values.append(pow(10, Double(p)) - 1)
        }
        var w = Workspace.demo
        let g = try #require(w.goals.firstIndex { !$0.indicators.isEmpty })
        let days = (0..<values.count).map { k in (try? Day(year: 1000 + k / 12 % 9000, month: 1 + k % 12, day: 1)) ?? Day.firstDay }
        w.goals[g].indicators[0].measurements = try #require(MeasurementSeries(days: days, total: values))
        #expect(try File.encode(w, path: "ks.json") == (try Self.codableBytes(w)))
        let decoded = try File.decode(try File.encode(w, path: "ks.json"), path: "ks.json")
        let totals = decoded.goals[g].indicators[0].measurements.map(\.total)
        #expect(totals.map { $0?.bitPattern } == values.map(\.bitPattern))
    }

    /// The same document written other ways: compact, with escapes for every non-ASCII
    /// character and for slashes, numbers with exponents and trailing zeros.
    static func otherSpellings(of w: Workspace) throws -> [Data] {
        let pretty = try File.encode(w, path: "ks.json")
        let object = try JSONSerialization.jsonObject(with: pretty)
        let compact = try JSONSerialization.data(withJSONObject: object)
        var escaped = ""
        for scalar in String(decoding: pretty, as: UTF8.self).unicodeScalars {
            if scalar.value < 0x80 {
                escaped.unicodeScalars.append(scalar)
            } else {
                for unit in String(scalar).utf16 { escaped += String(format: "\\u%04X", unit) }
            }
        }
        let spaced = String(decoding: pretty, as: UTF8.self)
            .replacingOccurrences(of: " : ", with: "\t:\r\n ")
            .replacingOccurrences(of: "\"2019-04-30\"", with: "\"2019\\u002d04-30\"")
            .replacingOccurrences(of: "\"delår1\"", with: "\"del\\u00e5r1\"")
            .replacingOccurrences(of: "\n                15,", with: "\n                1.5e1,")
            .replacingOccurrences(of: "\n                2.2\n", with: "\n                2.20000E0\n")
        return [pretty, compact, Data(escaped.utf8), Data(spaced.utf8)]
    }

    @Test("the reader reads other spellings of the same JSON as the Codable path does")
    func otherSpellings() throws {
        for seed in UInt64(100)...130 {
            let w = Self.workspace(seed: seed, size: 12)
            for (k, data) in try Self.otherSpellings(of: w).enumerated() {
                #expect(ValueColumnsReader.read(data) != nil, "seed \(seed), spelling \(k): the reader gave up")
                let fast = try File.decode(data, path: "ks.json")
                #expect(fast == (try Self.codableRead(data)), "seed \(seed), spelling \(k)")
                #expect(fast == w, "seed \(seed), spelling \(k)")
            }
        }
    }

    /// The demo file, with the first value column's text changed by `change`.
    static func damaged(_ change: (String) -> String) throws -> Data {
        var w = Workspace.demo
        let g = try #require(w.goals.firstIndex { !$0.indicators.isEmpty })
        w.goals[g].indicators[0].measurements = [
            Measurement(day: try Day(year: 2019, month: 4, day: 29), total: 15, women: 7, status: "ej"),
            Measurement(day: try Day(year: 2019, month: 8, day: 30), total: 18, women: 8),
        ]
        let text = String(decoding: try File.encode(w, path: "ks.json"), as: UTF8.self)
        return Data(change(text).utf8)
    }

    @Test("every malformed value is refused with the place the Codable path names", arguments: [
        ("\n                15,", "\n                \"15\","),
        ("\n                15,", "\n                1e400,"),
        ("\n                15,", "\n                015,"),
        ("\n                15,", "\n                true,"),
        ("\n                15,", "\n                15.,"),
        ("\n                15,", "\n                -,"),
        ("\n                15,", "\n                +15,"),
        ("\n                15,", "\n                NaN,"),
        ("\"2019-04-29\"", "\"2019-02-30\""),
        ("\"2019-04-29\"", "\"29 april 2019\""),
        ("\"2019-04-29\"", "20190429"),
        ("\"2019-04-29\"", "null"),
        ("\"2019-04-29\",", ""),
        ("\"ej\"", "null"),
        ("\"ej\"", "\"\\ud800\""),
        ("\"ej\"", "\"\\x\""),
        ("\"ej\"", "\"a\u{01}b\""),
        ("\"total\" : [", "\"totals\" : ["),
        ("\"day\" : [", "\"day\" : 5, \"x\" : ["),
        ("\"values\" : {", "\"values\" : 7, \"v\" : {"),
        ("\n                7,", "\n                [7],"),
    ])
    func malformed(_ change: (String, String)) throws {
        let data = try Self.damaged { $0.replacingOccurrences(of: change.0, with: change.1) }
        #expect(data != (try Self.damaged { $0 }), "the change \(change) did not apply")
        let error = try #require(throws: WorkspaceFileError.self) { try File.decode(data, path: "ks.json") }
        let codable = try #require(throws: WorkspaceFileError.self) {
            try File.decodeWhole(data, decoder: File.makeDecoder(), path: "ks.json", formatVersion: StoreCoding.currentFormatVersion)
        }
        #expect(error == codable)
        switch error.fault {
        case .wrongShape(let place, _): #expect(place.contains("indicators[0]"), "\(error)")
        case .notJSON: break
        default: Issue.record("unexpected fault \(error)")
        }
    }

    @Test("invalid UTF-8 in a value column is refused, not repaired")
    func invalidUTF8() throws {
        var data = try Self.damaged { $0.replacingOccurrences(of: "\"ej\"", with: "\"e#\"") }
        let at = try #require(data.firstIndex(of: UInt8(ascii: "#")))
        data[at] = 0xC3
        #expect(ValueColumnsReader.read(data) == nil)
        #expect(throws: WorkspaceFileError.self) { try File.decode(data, path: "ks.json") }
    }

    @Test("a value of 1e15 or more in a column is refused on opening, with its place")
    func outOfRange() throws {
        let data = try Self.damaged { $0.replacingOccurrences(of: "\n                18\n", with: "\n                1e15\n") }
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try data.write(to: url)
        let error = try #require(throws: WorkspaceFileError.self) { try File.load(from: url) }
        guard case .wrongShape(let place, let detail) = error.fault else {
            Issue.record("unexpected fault \(error)")
            return
        }
        #expect(place.hasSuffix(".measurements[1].total"))
        #expect(detail.contains("1e15"))
    }
}

extension Day {
    /// A day for a generator's fallback.
    static var firstDay: Day {
        try! Day(year: 1000, month: 1, day: 1)
    }
}
