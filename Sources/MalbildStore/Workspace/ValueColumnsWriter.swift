import Foundation
import MalbildCore

/// Writes the value columns of a workspace file itself: the document is encoded the Codable
/// way with each indicator's values filed in an ``IndicatorValuesTable`` and its entry number
/// written in their place, and the columns are then put in where the numbers stand, in the
/// very bytes the Codable path writes (keys sorted, two spaces a level, `"key" : value`).
///
/// The place of an entry number is found as a line of its own: indentation, `"values" : `,
/// digits, an optional comma. Text inside a string never starts a line (a line break in it is
/// written `\n`), so no user text can be taken for one.
enum ValueColumnsWriter {
    /// The pretty JSON of an encodable value with the value columns written here.
    static func encode<Value: Encodable>(_ value: Value, with encoder: JSONEncoder) throws -> Data {
        guard let key = IndicatorValuesTable.key else { return try encoder.encode(value) }
        let table = IndicatorValuesTable()
        encoder.userInfo[key] = table
        let plain = try encoder.encode(value)
        encoder.userInfo[key] = nil
        if table.series.isEmpty { return plain }
        return plain.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data in
            splice(raw.bindMemory(to: UInt8.self), table.series)
        }
    }

    private static let marker = Array("\"values\" : ".utf8)

    private static func splice(_ bytes: UnsafeBufferPointer<UInt8>, _ series: [MeasurementSeries]) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + series.reduce(0) { $0 + $1.count * 48 })
        var copied = 0
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            var k = lineStart
            while k < n, bytes[k] == UInt8(ascii: " ") { k += 1 }
            let indent = k - lineStart
            var matched = k + marker.count <= n
            if matched {
                for j in 0..<marker.count where bytes[k + j] != marker[j] {
                    matched = false
                    break
                }
            }
            var lineEnd = k
            while lineEnd < n, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if matched {
                var d = k + marker.count
                var entry = 0
                let firstDigit = d
                while d < lineEnd, bytes[d] >= UInt8(ascii: "0"), bytes[d] <= UInt8(ascii: "9"), d - firstDigit < 12 {
                    entry = entry * 10 + Int(bytes[d] - 48)
                    d += 1
                }
                let tail = lineEnd - d
                if d > firstDigit, tail == 0 || (tail == 1 && bytes[d] == UInt8(ascii: ",")), series.indices.contains(entry) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(k + marker.count)]))
                    write(series[entry], indent: indent, to: &out)
                    copied = d
                }
            }
            lineStart = lineEnd + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        return Data(out)
    }

    /// One series as the Codable path writes its `Columns`: a column that is empty for every
    /// value is left out, except `day` and `total`.
    static func write(_ m: MeasurementSeries, indent: Int, to out: inout [UInt8]) {
        let inner = indent + 2
        out.append(UInt8(ascii: "{"))
        var first = true
        func column(_ name: String, _ element: (Int, inout [UInt8]) -> Void) {
            out.append(contentsOf: first ? [0x0A] : [UInt8(ascii: ","), 0x0A])
            first = false
            spaces(inner, &out)
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: "\" : [".utf8)
            var firstValue = true
            for value in m.indices {
                out.append(contentsOf: firstValue ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                firstValue = false
                spaces(inner + 2, &out)
                element(value, &out)
            }
            out.append(0x0A)
            spaces(inner, &out)
            out.append(UInt8(ascii: "]"))
        }
        if m.hasCheckpoint {
            column("checkpoint") { i, o in optionalText(m[i].checkpoint, &o) }
        }
        if m.hasCorrection {
            column("correction") { i, o in optionalText(m[i].correction, &o) }
        }
        column("day") { i, o in day(m.day(at: i), &o) }
        if m.hasExample {
            column("example") { i, o in o.append(contentsOf: m[i].example ? "true".utf8 : "false".utf8) }
        }
        if m.hasMen {
            column("men") { i, o in number(m.men(at: i), &o) }
        }
        if m.hasStatus {
            column("status") { i, o in text(m[i].status, &o) }
        }
        column("total") { i, o in number(m.total(at: i), &o) }
        if m.hasWomen {
            column("women") { i, o in number(m.women(at: i), &o) }
        }
        out.append(0x0A)
        spaces(indent, &out)
        out.append(UInt8(ascii: "}"))
    }

    @inline(__always)
    private static func spaces(_ count: Int, _ out: inout [UInt8]) {
        for _ in 0..<count { out.append(UInt8(ascii: " ")) }
    }

    private static func day(_ day: Day, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: day.description.utf8)
        out.append(UInt8(ascii: "\""))
    }

    /// A number as JSONEncoder writes a Double: its shortest form, without a trailing `.0`.
    static func number(_ value: Double?, _ out: inout [UInt8]) {
        guard let value else {
            out.append(contentsOf: "null".utf8)
            return
        }
        if value.magnitude < 1e15, value == value.rounded(.towardZero) {
            // A whole number: its digits, as the shortest form is for these.
            if value == 0 {
                out.append(contentsOf: value.sign == .minus ? "-0".utf8 : "0".utf8)
            } else {
                out.append(contentsOf: String(Int64(value)).utf8)
            }
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }

    private static func optionalText(_ value: String?, _ out: inout [UInt8]) {
        guard let value else {
            out.append(contentsOf: "null".utf8)
            return
        }
        text(value, &out)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A string as JSONEncoder writes it with slashes unescaped.
    private static func text(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
