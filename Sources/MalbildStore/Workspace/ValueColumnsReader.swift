import Foundation
import MalbildCore

/// Reads the value columns of a workspace file (`workspace.goals[…].indicators[…].values`)
/// straight from its bytes, and leaves the rest of the document, with each `values` object
/// replaced by its entry number in an ``IndicatorValuesTable``, to the Codable path.
///
/// The columns are most of a large file, and reading them here is many times faster than
/// generic decoding. The reader only takes what it reads exactly as the Codable path would:
/// at the first thing it does not take (a fault of any kind, an escape in a key, a shape it
/// does not know), it gives up and returns nil, and the whole file is read the Codable way,
/// whose error then names the place.
struct ValueColumnsReader {
    /// Why the reader gave up; the Codable path says what is wrong.
    struct GiveUp: Error {}

    /// What the reader made of a file: the bytes with each `values` object replaced by its
    /// entry number, and the series by entry number.
    struct Result {
        let rest: Data
        let table: IndicatorValuesTable
    }

    /// Where in the document a container is.
    private enum Place {
        case other, root, workspace, goals, goal, indicators, indicator
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private var rest: [UInt8] = []
    private var copied = 0
    private var series: [MeasurementSeries] = []
    private var scratch: [UInt8] = []

    /// The deepest nesting read; deeper files are left to the Codable path.
    private static let deepest = 256

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads a file's bytes; nil when the Codable path must read them.
    static func read(_ data: Data) -> Result? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result? in
            var reader = ValueColumnsReader(bytes: raw.bindMemory(to: UInt8.self))
            do {
                try reader.document()
            } catch {
                return nil
            }
            return Result(rest: Data(reader.rest), table: IndicatorValuesTable(series: reader.series))
        }
    }

    private mutating func document() throws(GiveUp) {
        rest.reserveCapacity(min(bytes.count, 1 << 16))
        space()
        try value(.root, depth: 0)
        space()
        guard at == bytes.count else { throw GiveUp() }
        rest.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
    }

    // MARK: - The structure around the columns

    @inline(__always)
    private mutating func space() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x0A, 0x0D, 0x09: at += 1
            default: return
            }
        }
    }

    @inline(__always)
    private func peek() throws(GiveUp) -> UInt8 {
        guard at < bytes.count else { throw GiveUp() }
        return bytes[at]
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws(GiveUp) {
        guard try peek() == byte else { throw GiveUp() }
        at += 1
    }

    private mutating func value(_ place: Place, depth: Int) throws(GiveUp) {
        guard depth < Self.deepest else { throw GiveUp() }
        switch try peek() {
        case UInt8(ascii: "{"): try object(place, depth: depth)
        case UInt8(ascii: "["): try array(place, depth: depth)
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(GiveUp) {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count else { throw GiveUp() }
        let start = word.utf8Start
        for k in 0..<count where bytes[at + k] != start[k] { throw GiveUp() }
        at += count
    }

    /// A key's raw bytes (a key with an escape is left to the Codable path).
    private mutating func key() throws(GiveUp) -> Range<Int> {
        try expect(UInt8(ascii: "\""))
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                return start..<(at - 1)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { throw GiveUp() }
            at += 1
        }
        throw GiveUp()
    }

    private func isKey(_ range: Range<Int>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard range.count == count else { return false }
        let start = name.utf8Start
        for k in 0..<count where bytes[range.lowerBound + k] != start[k] { return false }
        return true
    }

    private mutating func object(_ place: Place, depth: Int) throws(GiveUp) {
        at += 1
        space()
        if try peek() == UInt8(ascii: "}") {
            at += 1
            return
        }
        while true {
            space()
            let name = try key()
            space()
            try expect(UInt8(ascii: ":"))
            space()
            let inner: Place
            switch place {
            case .root where isKey(name, "workspace"): inner = .workspace
            case .workspace where isKey(name, "goals"): inner = .goals
            case .goal where isKey(name, "indicators"): inner = .indicators
            default: inner = .other
            }
            if isKey(name, "values") {
                let first = try peek()
                if place == .indicator && first == UInt8(ascii: "{") {
                    try columns(depth: depth + 1)
                } else if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"")
                            || first == UInt8(ascii: "n") || first == UInt8(ascii: "t") || first == UInt8(ascii: "f") {
                    // Any other `values` (Kolada's comparison series) is read as it stands; a
                    // number there could be taken for an entry, so such a file is left whole.
                    try value(.other, depth: depth + 1)
                } else {
                    throw GiveUp()
                }
            } else {
                try value(inner, depth: depth + 1)
            }
            space()
            let next = try peek()
            at += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    private mutating func array(_ place: Place, depth: Int) throws(GiveUp) {
        at += 1
        space()
        if try peek() == UInt8(ascii: "]") {
            at += 1
            return
        }
        let inner: Place
        switch place {
        case .goals: inner = .goal
        case .indicators: inner = .indicator
        default: inner = .other
        }
        while true {
            space()
            try value(inner, depth: depth + 1)
            space()
            let next = try peek()
            at += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    private mutating func skipString() throws(GiveUp) {
        // Checked as a string (escapes, UTF-8) so that a file the Codable path refuses is
        // never half read here.
        _ = try string()
    }

    // MARK: - The columns

    /// Reads a `values` object into a series and puts its entry number in its place.
    private mutating func columns(depth: Int) throws(GiveUp) {
        let start = at
        at += 1
        var days: [Day]?
        var total: [Double?]?
        var women: [Double?]?
        var men: [Double?]?
        var status: [String]?
        var checkpoint: [String?]?
        var correction: [String?]?
        var example: [Bool]?
        var seen = Set<String>()
        space()
        if try peek() == UInt8(ascii: "}") {
            at += 1
        } else {
            while true {
                space()
                let name = try key()
                guard let text = JSONStringScanner.utf8Text(UnsafeBufferPointer(rebasing: bytes[name])),
                      seen.insert(text).inserted
                else { throw GiveUp() }
                space()
                try expect(UInt8(ascii: ":"))
                space()
                switch text {
                case "day": days = try dayColumn()
                case "total": total = try numberColumn()
                case "women": women = try nullable { (r: inout Self) throws(GiveUp) in try r.numberColumn() }
                case "men": men = try nullable { (r: inout Self) throws(GiveUp) in try r.numberColumn() }
                case "status": status = try nullable { (r: inout Self) throws(GiveUp) in try r.textColumn() }
                case "checkpoint": checkpoint = try nullable { (r: inout Self) throws(GiveUp) in try r.optionalTextColumn() }
                case "correction": correction = try nullable { (r: inout Self) throws(GiveUp) in try r.optionalTextColumn() }
                case "example": example = try nullable { (r: inout Self) throws(GiveUp) in try r.boolColumn() }
                default: try value(.other, depth: depth + 1)
                }
                space()
                let next = try peek()
                at += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else { throw GiveUp() }
            }
        }
        guard let days, let total,
              let values = MeasurementSeries(
                days: days, total: total, women: women, men: men, status: status,
                checkpoint: checkpoint, correction: correction, example: example)
        else { throw GiveUp() }
        rest.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
        rest.append(contentsOf: String(series.count).utf8)
        copied = at
        series.append(values)
    }

    /// A column that may be written as `null` (the Codable path reads it as absent).
    private mutating func nullable<T>(_ read: (inout Self) throws(GiveUp) -> T) throws(GiveUp) -> T? {
        if try peek() == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        return try read(&self)
    }

    /// The elements of an array, each read by `element`.
    private mutating func elements<T>(_ element: (inout Self) throws(GiveUp) -> T) throws(GiveUp) -> [T] {
        try expect(UInt8(ascii: "["))
        var out: [T] = []
        space()
        if try peek() == UInt8(ascii: "]") {
            at += 1
            return out
        }
        while true {
            space()
            out.append(try element(&self))
            space()
            let next = try peek()
            at += 1
            if next == UInt8(ascii: "]") { return out }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    private mutating func dayColumn() throws(GiveUp) -> [Day] {
        try elements { (r: inout Self) throws(GiveUp) -> Day in try r.day() }
    }

    private mutating func numberColumn() throws(GiveUp) -> [Double?] {
        try elements { (r: inout Self) throws(GiveUp) -> Double? in
            if try r.peek() == UInt8(ascii: "n") {
                try r.literal("null")
                return nil
            }
            return try r.number()
        }
    }

    private mutating func textColumn() throws(GiveUp) -> [String] {
        try elements { (r: inout Self) throws(GiveUp) -> String in try r.string() }
    }

    private mutating func optionalTextColumn() throws(GiveUp) -> [String?] {
        try elements { (r: inout Self) throws(GiveUp) -> String? in
            if try r.peek() == UInt8(ascii: "n") {
                try r.literal("null")
                return nil
            }
            return try r.string()
        }
    }

    private mutating func boolColumn() throws(GiveUp) -> [Bool] {
        try elements { (r: inout Self) throws(GiveUp) -> Bool in
            if try r.peek() == UInt8(ascii: "t") {
                try r.literal("true")
                return true
            }
            try r.literal("false")
            return false
        }
    }

    // MARK: - Scalars

    /// A day: `"YYYY-MM-DD"` read from its digits, any other text through `Day(parsing:)`.
    private mutating func day() throws(GiveUp) -> Day {
        if at + 12 <= bytes.count, bytes[at] == UInt8(ascii: "\""), bytes[at + 11] == UInt8(ascii: "\""),
           bytes[at + 5] == UInt8(ascii: "-"), bytes[at + 8] == UInt8(ascii: "-") {
            var digits = (0, 0, 0)
            var shape = true
            for k in [1, 2, 3, 4, 6, 7, 9, 10] {
                let d = Int(bytes[at + k]) - 48
                guard d >= 0 && d <= 9 else {
                    shape = false
                    break
                }
                switch k {
                case 1...4: digits.0 = digits.0 * 10 + d
                case 6, 7: digits.1 = digits.1 * 10 + d
                default: digits.2 = digits.2 * 10 + d
                }
            }
            if shape {
                at += 12
                do {
                    return try Day(year: digits.0, month: digits.1, day: digits.2)
                } catch {
                    throw GiveUp()
                }
            }
        }
        let text = try string()
        do {
            return try Day(parsing: text)
        } catch {
            throw GiveUp()
        }
    }

    /// A JSON string, its escapes resolved; invalid UTF-8, a control character or a lone
    /// surrogate gives up.
    private mutating func string() throws(GiveUp) -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw GiveUp() }
        do throws(JSONStringScanner.Fault) {
            let (close, plain) = try JSONStringScanner.end(in: bytes, openingAt: at)
            let raw = UnsafeBufferPointer(rebasing: bytes[at + 1..<close])
            at = close + 1
            return try JSONStringScanner.text(raw, plain: plain, scratch: &scratch)
        } catch {
            throw GiveUp()
        }
    }

    private static let powers: [Double] = (0...22).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    /// A JSON number, checked against the grammar: exact when its digits fit in 2⁵³ and its
    /// power of ten in 10²², otherwise by `Double(_:)`, which rounds correctly too. A number out
    /// of Double's range gives up.
    private mutating func number() throws(GiveUp) -> Double {
        let start = at
        var negative = false
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") {
            negative = true
            at += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exact = true
        guard at < bytes.count else { throw GiveUp() }
        if bytes[at] == UInt8(ascii: "0") {
            at += 1
            if at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { throw GiveUp() }
        } else {
            guard bytes[at] >= UInt8(ascii: "1"), bytes[at] <= UInt8(ascii: "9") else { throw GiveUp() }
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
                if digits < 18 { mantissa = mantissa * 10 + UInt64(bytes[at] - 48) } else { exact = false }
                digits += 1
                at += 1
            }
        }
        var scale = 0
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            let first = at
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
                if digits < 18 { mantissa = mantissa * 10 + UInt64(bytes[at] - 48); scale += 1 } else { exact = false }
                if mantissa > 0 { digits += 1 }
                at += 1
            }
            guard at > first else { throw GiveUp() }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            exact = false
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            let first = at
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { at += 1 }
            guard at > first else { throw GiveUp() }
        }
        if exact, mantissa < (1 << 53), scale < Self.powers.count {
            let magnitude = Double(mantissa) / Self.powers[scale]
            return negative ? -magnitude : magnitude
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        guard let parsed = Double(text), parsed.isFinite else { throw GiveUp() }
        return parsed
    }
}
