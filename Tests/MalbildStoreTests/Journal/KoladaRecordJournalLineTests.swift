import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// The journal line of a Kolada record, which an import of a large answer fills with
/// hundreds of thousands of other places' values: written by the journal's own writer, it
/// is the line the store's encoder writes, and it reads back to the same record.
@Suite("A Kolada record's journal line")
struct KoladaRecordJournalLineTests {
    /// A series with the values and counts given, set in the order given.
    static func series(_ values: [(Int, Double, Int?)]) -> ComparisonSeries {
        var s = ComparisonSeries()
        for (year, value, count) in values { s.set(value, count: count, in: year) }
        return s
    }

    static let records: [KoladaRecord] = [
        KoladaRecord(),
        KoladaRecord(group: "G37572"),
        KoladaRecord(
            group: "G\"citat\"",
            kpis: ["N00945": KoladaKPIInfo(id: "N00945", title: "Nöjd Inflytande-Index – helhet", linkedTitle: "Nöjd Inflytande-Index")],
            areas: ["0680": KoladaArea(id: "0680", title: "Jönköping"), "G1": KoladaArea(id: "G1", title: "Liknande\tkommuner", members: ["0665", "0680"])],
            series: [
                "N00945": [
                    "0680": series([(2018, 6.2, nil), (2019, 6, nil), (2017, -0.5, nil)]),
                    "0000": series([(2019, 7, 290), (2020, 7.25, 289)]),
                    "G1": series([(2019, 5.4, 7), (2018, 5.5, nil)]),
                    "Växjö": series([(2019, 0.1 + 0.2, nil), (2020, 1e15, nil), (2021, 1e20, nil), (2022, -0.0, nil)]),
                    "06\"8\\0\n": series([(1999, 123_456.789, 3)]),
                    "0001": ComparisonSeries(),
                ],
                "U07401": ["0665": series([(2019, 41.699999999999996, nil), (2020, -3, 1_000_000)])],
                "N0": [:],
            ]),
    ]

    static func own(_ edit: Edit) throws -> String {
        String(decoding: try Journal<Edit>.line(for: edit, encoder: StoreCoding.makeEncoder(pretty: false)), as: UTF8.self)
    }

    static func generic(_ edit: Edit) throws -> String {
        String(decoding: try StoreCoding.makeEncoder(pretty: false).encode(JournalEntryLine(entry: edit)), as: UTF8.self)
    }

    @Test("the line is the store's encoder's, byte for byte, and reads back equal", arguments: records)
    func sameLine(record: KoladaRecord) throws {
        let edit = Edit.setKoladaRecord(record: record)
        let line = try Self.own(edit)
        #expect(line == (try Self.generic(edit)))
        let read = try Edit.readJournalValue(try JournalLineReader.read(Data(line.utf8), decoder: StoreCoding.makeDecoder()).object("entry"))
        guard case .setKoladaRecord(let back) = read else {
            Issue.record("read back as \(read)")
            return
        }
        // An empty series reads back as no year at all, which is what it holds.
        #expect(back == record)
    }

    @Test("a series is written as before: YEAR=VALUE, a whole value without decimals, /COUNT when known")
    func seriesText() throws {
        // The text as it was written before, one part per year joined with spaces.
        func former(_ s: ComparisonSeries) -> String {
            s.years.indices.map { i in
                let v = s.values[i]
                let value = v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
                let count = i < s.counts.count && s.counts[i] > 0 ? "/\(s.counts[i])" : ""
                return "\(s.years[i])=\(value)\(count)"
            }.joined(separator: " ")
        }
        var values: [Double] = [0, -0.0, 1, -1, 0.5, -0.5, 6.2, 1e15, -1e15, 999_999_999_999_999, 1e16, 1e20, 1e-7, 0.1 + 0.2,
                                41.699999999999996, Double(Int64.max), -Double(Int64.max), .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        var g: UInt64 = 12345
        for _ in 0..<500 {
            g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Double(Int64(bitPattern: g >> 11) % 2_000_000) / 100 - 10_000)
        }
        for (k, value) in values.enumerated() {
            let s = Self.series([(1000 + k, value, k % 3 == 0 ? nil : k), (9999, value, nil)])
            var bytes: [UInt8] = []
            s.appendText(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == former(s), "value \(value)")
        }
    }
}
