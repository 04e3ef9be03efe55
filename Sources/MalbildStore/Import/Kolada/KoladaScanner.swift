import MalbildCore

/// A hand-written reader of Kolada's data JSON, straight from the bytes.
///
/// `JSONSerialization` builds a dictionary per value and `JSONDecoder` a container per key;
/// on a file of a million values they took 11.6 s and 4.0 s, this about 0.3 s (release
/// build, Linux). It reads the one shape Kolada serves, in one pass, checks it as it goes,
/// and stops at the first place where the text is not JSON (a byte offset) or the JSON is
/// not Kolada's shape (a path such as `values[3].values[0].gender`). Keys it does not know
/// are skipped, their JSON checked.
///
/// The v2 and v3 APIs serve the same shape; the spellings `kpi_id`, `municipality_id` and
/// `year` are read as `kpi`, `municipality` and `period`, and a `period` inside a gender's
/// entry is read too, so that variants of the shape import alike.
struct KoladaScanner {
    /// Why scanning stopped.
    enum Failure: Error, Equatable {
        /// The text is not JSON at a byte offset.
        case syntax(offset: Int, detail: String)
        /// The JSON is not Kolada's shape at a place.
        case shape(place: String, detail: String)
        /// The entries have an `id` and no `kpi`: the file is Kolada's metadata, not data.
        case metadata
    }

    /// A string in the bytes, without its quotes; decoded only when asked.
    private struct Token {
        let start: Int
        let end: Int
        let escaped: Bool
    }

    /// The keys of Kolada's shape, each with its spelling; every other key is `other`.
    private enum Key: String {
        case values, count, kpi, municipality, period, year, gender, value, status, ou, id, other
        case nextPage = "next_page"
        case previousPage = "previous_page"
        case nextURL = "next_url"
        case previousURL = "previous_url"
        case isdeleted
        case isDeleted = "is_deleted"
        case kpiID = "kpi_id"
        case municipalityID = "municipality_id"
        case ouID = "ou_id"
    }

    /// A place in the shape, such as `values[3].values[0].gender`, written out only for a message.
    private struct Place: CustomStringConvertible {
        var entry: Int?
        var gender: Int?
        var key: Key

        var description: String {
            var text = ""
            if let entry { text += "values[\(entry)]" }
            if let gender { text += ".values[\(gender)]" }
            return text.isEmpty ? key.rawValue : text + "." + key.rawValue
        }
    }

    /// One gender's entry, kept until its entry's KPI, municipality and period are known.
    private struct Pending {
        let index: Int
        let gender: KoladaGender
        let value: Double?
        let status: String
        let period: Int?
        let count: Int?
        let deleted: Bool
    }

    /// The last id read at one key and its text, given again for the same bytes.
    private struct Reused {
        var token: Token?
        var text = ""
    }

    /// What a file holds.
    struct Contents {
        /// The values, in the file's order.
        var values: [KoladaValue] = []
        /// The top-level `count`, if the file has one.
        var count: Int?
        /// The address of the next page, if the file has one.
        var nextPage: String?
        /// The address of the previous page, if the file has one.
        var previousPage: String?
    }

    // Only the bytes and the position: a scanner holds nothing counted by reference, so that
    // passing it around costs no retains (the values are gathered in `inout` arguments).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private static let maximumDepth = 512

    /// A scanner over the bytes of a file.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: The shape

    /// Reads the whole file.
    mutating func scan() throws(Failure) -> Contents {
        var contents = Contents()
        contents.values.reserveCapacity(bytes.count / 48)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        skipWhitespace()
        guard i < bytes.count else { throw .syntax(offset: i, detail: "the file ends before any JSON") }
        guard bytes[i] == UInt8(ascii: "{") else {
            let what = try describeValue()
            throw .shape(place: "", detail: "the file holds \(what); Kolada's data is an object with a \"values\" list, "
                + "such as {\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [...]}]}")
        }
        i += 1
        var sawValues = false
        var first = true
        while let key = try nextKey(&first) {
            switch key {
            case .values:
                sawValues = true
                try entries(into: &contents.values)
            case .count:
                if peek() == UInt8(ascii: "n") {
                    try literal("null")
                } else if isNumberStart {
                    let number = try number()
                    contents.count = number.rounded() == number && abs(number) < 1e15 ? Int(number) : nil
                } else {
                    throw .shape(place: "count", detail: "\(try describeValue()) is not a number")
                }
            case .nextPage, .nextURL:
                // The last page says null or "".
                let next = try optionalString(place: Place(key: key))
                contents.nextPage = next?.isEmpty == false ? next : nil
            case .previousPage, .previousURL:
                let previous = try optionalString(place: Place(key: key))
                contents.previousPage = previous?.isEmpty == false ? previous : nil
            default:
                try skipValue(depth: 1)
            }
        }
        skipWhitespace()
        guard i == bytes.count else { throw .syntax(offset: i, detail: "unexpected text after the end of the JSON") }
        guard sawValues else {
            throw .shape(place: "", detail: "there is no \"values\" list; Kolada's data is an object such as "
                + "{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0665\", \"period\": 2019, \"values\": [...]}]}")
        }
        return contents
    }

    /// The top-level `values` list: one entry per KPI, municipality and year.
    private mutating func entries(into values: inout [KoladaValue]) throws(Failure) {
        guard peek() == UInt8(ascii: "[") else {
            throw .shape(place: "values", detail: "\(try describeValue()) is not a list")
        }
        i += 1
        var first = true
        var e = 0
        var pending: [Pending] = []
        var kpis = Reused()
        var places = Reused()
        while try nextElement(&first) {
            try entry(e, into: &values, pending: &pending, kpis: &kpis, places: &places)
            e += 1
        }
    }

    /// One entry: `{"kpi": …, "municipality": …, "period": …, "values": [...]}`.
    private mutating func entry(_ e: Int, into values: inout [KoladaValue], pending: inout [Pending],
                                kpis: inout Reused, places: inout Reused) throws(Failure) {
        func place() -> String { "values[\(e)]" }
        guard peek() == UInt8(ascii: "{") else {
            throw .shape(place: place(), detail: "\(try describeValue()) is not an object with kpi, municipality, period and values")
        }
        i += 1
        var kpi: String?
        var municipality: String?
        var period: Int?
        var sawValues = false
        var sawID = false
        var deleted = false
        pending.removeAll(keepingCapacity: true)
        var first = true
        while let key = try nextKey(&first) {
            switch key {
            case .kpi, .kpiID:
                kpi = try idString(place: Place(entry: e, key: key), reusing: &kpis)
            case .municipality, .municipalityID:
                municipality = try idString(place: Place(entry: e, key: key), reusing: &places)
            case .period, .year:
                period = try year(place: Place(entry: e, key: key))
            case .values:
                sawValues = true
                try genders(e, into: &pending)
            case .isdeleted, .isDeleted:
                deleted = try flag(place: Place(entry: e, key: key))
            case .ou, .ouID:
                throw .shape(place: "\(place()).\(key.rawValue)", detail: "this is data for an organisational unit (ou); "
                    + "Målbild imports a municipality's data, from an address with /municipality/ in it")
            default:
                if key == .id { sawID = true }
                try skipValue(depth: 2)
            }
        }
        guard let kpi else {
            if sawID { throw .metadata }
            throw .shape(place: place(), detail: "there is no \"kpi\"")
        }
        guard let municipality else { throw .shape(place: place(), detail: "there is no \"municipality\"") }
        guard sawValues else { throw .shape(place: place(), detail: "there is no \"values\" list") }
        for p in pending {
            guard let year = p.period ?? period else {
                throw .shape(place: "\(place()).values[\(p.index)]", detail: "there is no \"period\" here or in \(place())")
            }
            values.append(KoladaValue(kpi: kpi, municipality: municipality, period: year, gender: p.gender,
                                      value: p.value, status: p.status, count: p.count, deleted: deleted || p.deleted))
        }
    }

    /// An entry's `values` list: one object per gender.
    private mutating func genders(_ e: Int, into pending: inout [Pending]) throws(Failure) {
        guard peek() == UInt8(ascii: "[") else {
            throw .shape(place: "values[\(e)].values", detail: "\(try describeValue()) is not a list")
        }
        i += 1
        var first = true
        var j = 0
        while try nextElement(&first) {
            try gender(e, j, into: &pending)
            j += 1
        }
    }

    /// One gender's value: `{"gender": "T", "count": 1, "status": "", "value": 53.0}`.
    private mutating func gender(_ e: Int, _ j: Int, into pending: inout [Pending]) throws(Failure) {
        func place() -> String { "values[\(e)].values[\(j)]" }
        guard peek() == UInt8(ascii: "{") else {
            throw .shape(place: place(), detail: "\(try describeValue()) is not an object with gender, value and status")
        }
        i += 1
        var gender: KoladaGender?
        var value: Double?
        var status = ""
        var period: Int?
        var count: Int?
        var deleted = false
        var first = true
        while let key = try nextKey(&first) {
            switch key {
            case .gender:
                gender = try genderLetter(place: Place(entry: e, gender: j, key: key))
            case .value:
                if peek() == UInt8(ascii: "n") {
                    try literal("null")
                    value = nil
                } else if isNumberStart {
                    let start = i
                    let number = try number()
                    guard Number.isAllowed(number) else {
                        i = start
                        throw .shape(place: "\(place()).value", detail: "\(try describeValue()) is too large: "
                                     + "a value must be smaller than 1 000 000 000 000 000 in size")
                    }
                    value = number
                } else {
                    throw .shape(place: "\(place()).value", detail: "\(try describeValue()) is not a number or null")
                }
            case .status:
                status = try optionalString(place: Place(entry: e, gender: j, key: key)) ?? ""
            case .period, .year:
                period = try year(place: Place(entry: e, gender: j, key: key))
            case .count:
                if isNumberStart {
                    let n = try number()
                    count = n.rounded() == n && n >= 0 && n < 1e9 ? Int(n) : nil
                } else {
                    try skipValue(depth: 3)
                }
            case .isdeleted, .isDeleted:
                deleted = try flag(place: Place(entry: e, gender: j, key: key))
            default:
                try skipValue(depth: 3)
            }
        }
        guard let gender else { throw .shape(place: place(), detail: "there is no \"gender\" (T, K or M)") }
        pending.append(Pending(index: j, gender: gender, value: value, status: status, period: period,
                               count: count, deleted: deleted))
    }

    // MARK: Fields

    /// A non-empty string, such as a KPI or municipality id. The text read last time is
    /// given again when the bytes are the same (the entries of a file repeat their ids).
    private mutating func idString(place: Place, reusing last: inout Reused) throws(Failure) -> String {
        guard peek() == UInt8(ascii: "\"") else {
            throw .shape(place: place.description, detail: "\(try describeValue()) is not a string")
        }
        let token = try string()
        guard token.end > token.start else { throw .shape(place: place.description, detail: "is empty") }
        if let previous = last.token, sameBytes(previous, token) { return last.text }
        let text = text(token)
        last = Reused(token: token, text: text)
        return text
    }

    /// Whether two string tokens have the same bytes, escapes and all.
    private func sameBytes(_ a: Token, _ b: Token) -> Bool {
        let count = a.end - a.start
        guard b.end - b.start == count, a.escaped == b.escaped else { return false }
        for k in 0..<count where bytes[a.start + k] != bytes[b.start + k] { return false }
        return true
    }

    /// A yes or no: `true`, `false`, `null` (no), or a number (0 is no).
    private mutating func flag(place: Place) throws(Failure) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        case UInt8(ascii: "n"): try literal("null"); return false
        default:
            guard isNumberStart else { throw .shape(place: place.description, detail: "\(try describeValue()) is not true or false") }
            return try number() != 0
        }
    }

    /// A string or null.
    private mutating func optionalString(place: Place) throws(Failure) -> String? {
        if peek() == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        guard peek() == UInt8(ascii: "\"") else {
            throw .shape(place: place.description, detail: "\(try describeValue()) is not a string")
        }
        return text(try string())
    }

    /// A year: a whole number of four digits, or a string of one.
    private mutating func year(place: Place) throws(Failure) -> Int {
        let start = i
        let year: Int?
        if isNumberStart {
            let n = try number()
            year = n.rounded() == n && n >= 1000 && n <= 9999 ? Int(n) : nil
        } else if peek() == UInt8(ascii: "\"") {
            let t = text(try string())
            year = t.utf8.count == 4 ? Int(t) : nil
        } else {
            year = nil
        }
        guard let year, year >= 1000 else {
            i = start
            throw .shape(place: place.description, detail: "\(try describeValue()) is not a year")
        }
        return year
    }

    /// `"T"`, `"K"` or `"M"`.
    private mutating func genderLetter(place: Place) throws(Failure) -> KoladaGender {
        guard peek() == UInt8(ascii: "\"") else {
            throw .shape(place: place.description, detail: "\(try describeValue()) is not T, K or M")
        }
        let token = try string()
        if !token.escaped, token.end == token.start + 1 {
            switch bytes[token.start] {
            case UInt8(ascii: "T"): return .total
            case UInt8(ascii: "K"): return .women
            case UInt8(ascii: "M"): return .men
            default: break
            }
        }
        throw .shape(place: place.description, detail: "\(quoted(text(token))) is not T, K or M")
    }

    // MARK: JSON

    /// Inside an object (after its `{`): moves to the next member's value and returns its
    /// key, or moves past the `}` and returns nil. `first` is true before the first member.
    private mutating func nextKey(_ first: inout Bool) throws(Failure) -> Key? {
        skipWhitespace()
        guard i < bytes.count else { throw .syntax(offset: i, detail: "the file ends inside an object") }
        if first {
            first = false
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                return nil
            }
        } else {
            switch bytes[i] {
            case UInt8(ascii: ","):
                i += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                i += 1
                return nil
            default:
                throw .syntax(offset: i, detail: "expected ',' or '}' after a value in an object")
            }
        }
        guard peek() == UInt8(ascii: "\"") else {
            throw .syntax(offset: i, detail: i < bytes.count ? "expected a key in double quotes" : "the file ends inside an object")
        }
        let key: Key
        if let known = knownKey() { key = known } else { key = classify(try string()) }
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw .syntax(offset: i, detail: "expected ':' after the key") }
        i += 1
        skipWhitespace()
        guard i < bytes.count else { throw .syntax(offset: i, detail: "the file ends inside an object") }
        return key
    }

    // The keys of Kolada's shape as they are written most often, with their quotes: the
    // little-endian words that their first eight bytes load as (first byte lowest). A key
    // with an escape in it, or any other key, is left to the general path.
    private static let quotedGender: UInt64 = 0x2272_6564_6E65_6722 // "gender"
    private static let quotedStatus: UInt64 = 0x2273_7574_6174_7322 // "status"
    private static let quotedValues: UInt64 = 0x2273_6575_6C61_7622 // "values"
    private static let quotedPeriod: UInt64 = 0x2264_6F69_7265_7022 // "period"
    private static let quotedValue: UInt64 = 0x22_6575_6C61_7622 // "value"
    private static let quotedCount: UInt64 = 0x22_746E_756F_6322 // "count"
    private static let quotedKPI: UInt64 = 0x22_6970_6B22 // "kpi"
    private static let quotedMunicipality: UInt64 = 0x7069_6369_6E75_6D22 // "municip
    private static let quotedMunicipalityEnd: UInt64 = 0x2279_7469_6C61_7069 // ipality" (its bytes 6 to 13)

    /// At a key's opening quote: the key, moving past its closing quote, when its bytes are
    /// exactly one of the usual keys; nil, without moving, otherwise.
    private mutating func knownKey() -> Key? {
        guard i + 8 <= bytes.count else { return nil }
        let raw = UnsafeRawBufferPointer(bytes)
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let seven = word & 0x00FF_FFFF_FFFF_FFFF
        let key: Key
        let length: Int
        switch word {
        case Self.quotedGender: key = .gender; length = 8
        case Self.quotedStatus: key = .status; length = 8
        case Self.quotedValues: key = .values; length = 8
        case Self.quotedPeriod: key = .period; length = 8
        default:
            if seven == Self.quotedValue {
                key = .value; length = 7
            } else if seven == Self.quotedCount {
                key = .count; length = 7
            } else if word & 0xFF_FFFF_FFFF == Self.quotedKPI {
                key = .kpi; length = 5
            } else if word == Self.quotedMunicipality, i + 14 <= bytes.count,
                      raw.loadUnaligned(fromByteOffset: i + 6, as: UInt64.self) == Self.quotedMunicipalityEnd {
                key = .municipality; length = 14
            } else {
                return nil
            }
        }
        i += length
        return key
    }

    /// Inside a list (after its `[`): moves to the next element and returns true, or moves
    /// past the `]` and returns false. `first` is true before the first element.
    private mutating func nextElement(_ first: inout Bool) throws(Failure) -> Bool {
        skipWhitespace()
        guard i < bytes.count else { throw .syntax(offset: i, detail: "the file ends inside a list") }
        if first {
            first = false
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return false
            }
        } else {
            switch bytes[i] {
            case UInt8(ascii: ","):
                i += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                i += 1
                return false
            default:
                throw .syntax(offset: i, detail: "expected ',' or ']' after an element of a list")
            }
        }
        guard i < bytes.count else { throw .syntax(offset: i, detail: "the file ends inside a list") }
        return true
    }

    /// Skips any JSON value, checking it.
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth <= Self.maximumDepth else { throw .syntax(offset: i, detail: "the JSON is nested too deeply") }
        guard i < bytes.count else { throw .syntax(offset: i, detail: "the file ends where a value should be") }
        switch bytes[i] {
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "{"):
            i += 1
            var first = true
            while try nextKey(&first) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            i += 1
            var first = true
            while try nextElement(&first) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            guard isNumberStart else { throw .syntax(offset: i, detail: "invalid value") }
            _ = try number()
        }
    }

    /// A literal word: `true`, `false` or `null`.
    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { throw .syntax(offset: i, detail: "invalid value") }
        let w = word.utf8Start
        for k in 0..<count where bytes[i + k] != w[k] {
            throw .syntax(offset: i, detail: "invalid value")
        }
        i += count
    }

    /// A string from its opening quote; the scanner ends after the closing quote.
    private mutating func string() throws(Failure) -> Token {
        i += 1
        let start = i
        var escaped = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let token = Token(start: start, end: i, escaped: escaped)
                i += 1
                return token
            }
            if b == UInt8(ascii: "\\") {
                escaped = true
                guard i + 1 < bytes.count else { break }
                switch bytes[i + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 5 < bytes.count, (2...5).allSatisfy({ Self.hexValue(bytes[i + $0]) != nil }) else {
                        throw .syntax(offset: i, detail: "invalid \\u escape in a string")
                    }
                    i += 6
                default:
                    throw .syntax(offset: i, detail: "invalid escape in a string")
                }
                continue
            }
            if b < 0x20 { throw .syntax(offset: i, detail: "a control character (such as a line break) inside a string") }
            i += 1
        }
        throw .syntax(offset: bytes.count, detail: "the file ends inside a string")
    }

    /// Whether the next byte can begin a number.
    private var isNumberStart: Bool {
        guard let b = peek() else { return false }
        return b == UInt8(ascii: "-") || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    /// A number. Up to 15 significant digits without an exponent, the common case, is
    /// computed exactly from the digits (one correctly rounded division); anything else is
    /// left to the standard library.
    private mutating func number() throws(Failure) -> Double {
        let start = i
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var fraction = 0
        var simple = true
        guard i < bytes.count, Self.isDigit(bytes[i]) else { throw .syntax(offset: start, detail: "invalid number") }
        while i < bytes.count, Self.isDigit(bytes[i]) {
            let d = UInt64(bytes[i] &- UInt8(ascii: "0"))
            if significant > 0 || d != 0 { significant += 1 }
            if significant <= 19 { mantissa = mantissa &* 10 &+ d } else { simple = false }
            i += 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, Self.isDigit(bytes[i]) else { throw .syntax(offset: start, detail: "invalid number") }
            while i < bytes.count, Self.isDigit(bytes[i]) {
                let d = UInt64(bytes[i] &- UInt8(ascii: "0"))
                if significant > 0 || d != 0 { significant += 1 }
                if significant <= 19 { mantissa = mantissa &* 10 &+ d } else { simple = false }
                fraction += 1
                i += 1
            }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            simple = false
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, Self.isDigit(bytes[i]) else { throw .syntax(offset: start, detail: "invalid number") }
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        }
        if simple, significant <= 15, let power = Self.powerOfTen(fraction) {
            let magnitude = Double(mantissa) / power
            return negative ? -magnitude : magnitude
        }
        if simple, let magnitude = Self.quotient(mantissa, fraction) {
            return negative ? -magnitude : magnitude
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let value = Double(literal) else { throw .syntax(offset: start, detail: "invalid number") }
        return value
    }

    /// `mantissa / 10^fraction` correctly rounded (to nearest, ties to even), for a mantissa
    /// of up to 19 digits and up to 19 decimals; nil for more decimals. The quotient is
    /// worked out in whole numbers with two to three bits more than a Double holds, and the
    /// remainder tells whether anything is left below them.
    static func quotient(_ mantissa: UInt64, _ fraction: Int) -> Double? {
        guard fraction >= 0, fraction <= 19 else { return nil }
        if mantissa == 0 { return 0 }
        if fraction == 0 { return Double(mantissa) }
        var divisor: UInt64 = 1
        for _ in 0..<fraction { divisor &*= 10 }
        let mantissaBits = 64 - mantissa.leadingZeroBitCount
        let divisorBits = 64 - divisor.leadingZeroBitCount
        // The quotient then has 55 or 56 bits (more when the mantissa alone is long enough:
        // 61 at most); the shifted mantissa at most 119.
        let shift = max(0, 55 - mantissaBits + divisorBits)
        let (q, r) = (UInt128(mantissa) << shift).quotientAndRemainder(dividingBy: UInt128(divisor))
        let extra = (128 - q.leadingZeroBitCount) - 53
        let dropped = q & ((1 << extra) - 1)
        let half: UInt128 = 1 << (extra - 1)
        var kept = UInt64(truncatingIfNeeded: q >> extra)
        if dropped > half || (dropped == half && (r != 0 || kept & 1 == 1)) { kept += 1 }
        return Double(sign: .plus, exponent: extra - shift, significand: Double(kept))
    }

    /// 10 to the power, exactly, for 0...22 (the powers a Double holds exactly).
    private static func powerOfTen(_ n: Int) -> Double? {
        switch n {
        case 0: return 1
        case 1: return 1e1
        case 2: return 1e2
        case 3: return 1e3
        case 4: return 1e4
        case 5: return 1e5
        case 6: return 1e6
        case 7: return 1e7
        case 8: return 1e8
        case 9: return 1e9
        case 10: return 1e10
        case 11: return 1e11
        case 12: return 1e12
        case 13: return 1e13
        case 14: return 1e14
        case 15: return 1e15
        case 16: return 1e16
        case 17: return 1e17
        case 18: return 1e18
        case 19: return 1e19
        case 20: return 1e20
        case 21: return 1e21
        case 22: return 1e22
        default: return nil
        }
    }

    private func peek() -> UInt8? {
        i < bytes.count ? bytes[i] : nil
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private static func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    // MARK: Text

    /// Which key of Kolada's shape a string is, by its length and then its bytes.
    private func classify(_ token: Token) -> Key {
        if token.escaped { return Key(rawValue: text(token)) ?? .other }
        switch token.end - token.start {
        case 2:
            if matches(token, "ou") { return .ou }
            if matches(token, "id") { return .id }
        case 3:
            if matches(token, "kpi") { return .kpi }
        case 4:
            if matches(token, "year") { return .year }
        case 5:
            if matches(token, "value") { return .value }
            if matches(token, "count") { return .count }
            if matches(token, "ou_id") { return .ouID }
        case 6:
            if matches(token, "gender") { return .gender }
            if matches(token, "status") { return .status }
            if matches(token, "values") { return .values }
            if matches(token, "period") { return .period }
            if matches(token, "kpi_id") { return .kpiID }
        case 8:
            if matches(token, "next_url") { return .nextURL }
        case 9:
            if matches(token, "next_page") { return .nextPage }
            if matches(token, "isdeleted") { return .isdeleted }
        case 10:
            if matches(token, "is_deleted") { return .isDeleted }
        case 12:
            if matches(token, "municipality") { return .municipality }
            if matches(token, "previous_url") { return .previousURL }
        case 13:
            if matches(token, "previous_page") { return .previousPage }
        case 15:
            if matches(token, "municipality_id") { return .municipalityID }
        default:
            break
        }
        return .other
    }

    /// Whether an unescaped string token of the word's length is the word.
    @inline(__always)
    private func matches(_ token: Token, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount where bytes[token.start + k] != w[k] { return false }
        return true
    }

    /// A string token's text, escapes decoded.
    private func text(_ token: Token) -> String {
        guard token.end > token.start else { return "" }
        let raw = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        guard token.escaped else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = 0
        func hex4(_ at: Int) -> UInt32 {
            (0..<4).reduce(0) { $0 << 4 | (Self.hexValue(raw[at + $1]) ?? 0) }
        }
        func append(_ scalar: Unicode.Scalar) {
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        while k < raw.count {
            let b = raw[k]
            guard b == UInt8(ascii: "\\"), k + 1 < raw.count else {
                out.append(b)
                k += 1
                continue
            }
            let e = raw[k + 1]
            k += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u") where k + 4 <= raw.count:
                var code = hex4(k)
                k += 4
                if (0xD800...0xDBFF).contains(code), k + 6 <= raw.count, raw[k] == UInt8(ascii: "\\"),
                   raw[k + 1] == UInt8(ascii: "u") {
                    let low = hex4(k + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        k += 6
                    }
                }
                append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What the value at the scanner is, for a message: a string or number as written,
    /// otherwise its kind. Consumes the value.
    private mutating func describeValue() throws(Failure) -> String {
        guard let b = peek() else { throw .syntax(offset: i, detail: "the file ends where a value should be") }
        switch b {
        case UInt8(ascii: "\""): return quoted(text(try string()))
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "a list"
        case UInt8(ascii: "t"): try literal("true"); return "true"
        case UInt8(ascii: "f"): try literal("false"); return "false"
        case UInt8(ascii: "n"): try literal("null"); return "null"
        default:
            guard isNumberStart else { throw .syntax(offset: i, detail: "invalid value") }
            let start = i
            _ = try number()
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
    }

    /// A text in double quotes for a message, shortened when long.
    private func quoted(_ text: String) -> String {
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "\"\(short)\""
    }
}
