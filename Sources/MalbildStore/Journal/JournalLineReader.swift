import Foundation

/// A JSON value of a journal line, read once by ``JournalLineReader``.
public indirect enum JournalValue {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written.
    case number(String)
    /// A string, its escapes undone.
    case string(String)
    /// An array and where it stands in the line.
    case array([JournalValue], Range<Int>)
    /// An object and where it stands in the line.
    case object(JournalFields)
}

/// Why a journal line cannot be read: where in the line, and what is wrong.
public struct JournalLineError: Error, CustomStringConvertible, Sendable {
    /// The member names leading to the fault, joined by dots; empty at the top.
    public var place: String
    /// What is wrong.
    public var detail: String

    /// Creates an error.
    public init(place: String = "", detail: String) {
        self.place = place
        self.detail = detail
    }

    /// The error inside a member: `key` goes in front of the place.
    func inside(_ key: String) -> JournalLineError {
        JournalLineError(place: place.isEmpty ? key : key + "." + place, detail: detail)
    }

    /// `at PLACE: DETAIL`, or the detail alone at the top.
    public var description: String {
        place.isEmpty ? detail : "at \(place): \(detail)"
    }
}

/// The members of one JSON object of a journal line, with typed getters that say which
/// member is wrong. Values of types without a reader of their own are decoded from their
/// bytes in the line with the store's decoder (``coded(_:_:)``).
public struct JournalFields {
    /// The members in the order written.
    public let members: [(key: String, value: JournalValue)]
    /// Where the object stands in the line.
    public let range: Range<Int>
    /// The whole line.
    let line: Data
    /// The decoder for values without a reader of their own.
    let decoder: JSONDecoder

    /// The value of a member, or nil when it is missing.
    public subscript(key: String) -> JournalValue? {
        members.first { $0.key == key }?.value
    }

    /// The bytes of the object as written in the line.
    public var bytes: Data { line.subdata(in: line.startIndex + range.lowerBound..<line.startIndex + range.upperBound) }

    /// A text member.
    public func string(_ key: String) throws(JournalLineError) -> String {
        guard let text = try optionalString(key) else { throw JournalLineError(place: key, detail: "a text is missing") }
        return text
    }

    /// A text member that may be missing or null.
    public func optionalString(_ key: String) throws(JournalLineError) -> String? {
        switch self[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw JournalLineError(place: key, detail: "expected a text")
        }
    }

    /// A whole number member.
    public func int(_ key: String) throws(JournalLineError) -> Int {
        guard let number = try optionalInt(key) else { throw JournalLineError(place: key, detail: "a number is missing") }
        return number
    }

    /// A whole number member that may be missing or null.
    public func optionalInt(_ key: String) throws(JournalLineError) -> Int? {
        switch self[key] {
        case nil, .null?: return nil
        case .number(let text)?:
            guard let number = Int(text) else { throw JournalLineError(place: key, detail: "\(text) is not a whole number") }
            return number
        default: throw JournalLineError(place: key, detail: "expected a whole number")
        }
    }

    /// A member holding the raw text of an enumeration.
    public func raw<T: RawRepresentable>(_ key: String) throws(JournalLineError) -> T where T.RawValue == String {
        let text = try string(key)
        guard let value = T(rawValue: text) else {
            throw JournalLineError(place: key, detail: "\"\(text)\" is not a \(T.self)")
        }
        return value
    }

    /// A date member, as the store writes dates.
    public func date(_ key: String) throws(JournalLineError) -> Date {
        let text = try string(key)
        guard let date = Self.wholeSecondsDate(text) ?? StoreCoding.parse(text) else {
            throw JournalLineError(place: key, detail: "\"\(text)\" is not an ISO 8601 date and time such as 2019-04-30T10:42:00Z")
        }
        return date
    }

    /// The date of a text `YYYY-MM-DDTHH:MM:SSZ` (years from 1970) worked out directly, as
    /// ``JournalLineWriter`` writes the times a session logs; nil for any other text.
    static func wholeSecondsDate(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              year >= 1970, (1...12).contains(month), hour < 24, minute < 60, second < 60 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day >= 1, day <= lengths[month - 1] else { return nil }
        // A civil date to days since 1970-01-01 (proleptic Gregorian), in eras of 400 years.
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// An object member.
    public func object(_ key: String) throws(JournalLineError) -> JournalFields {
        guard case .object(let fields)? = self[key] else { throw JournalLineError(place: key, detail: "expected an object") }
        return fields
    }

    /// Any decodable member, decoded from its bytes in the line with the store's decoder;
    /// nil when missing or null.
    public func coded<T: Decodable>(_ key: String, _ type: T.Type = T.self) throws(JournalLineError) -> T? {
        let range: Range<Int>
        switch self[key] {
        case nil, .null?: return nil
        case .object(let fields)?: range = fields.range
        case .array(_, let where_)?: range = where_
        case .string(let text)?:
            return try decode(Data(JournalLineWriter.quoted(text)), key: key)
        case .number(let text)?:
            return try decode(Data(text.utf8), key: key)
        case .bool(let flag)?:
            return try decode(Data((flag ? "true" : "false").utf8), key: key)
        }
        return try decode(line.subdata(in: line.startIndex + range.lowerBound..<line.startIndex + range.upperBound), key: key)
    }

    /// Like ``coded(_:_:)``, for a member that must be there.
    public func required<T: Decodable>(_ key: String, _ type: T.Type = T.self) throws(JournalLineError) -> T {
        guard let value = try coded(key, type) else { throw JournalLineError(place: key, detail: "a value is missing") }
        return value
    }

    private func decode<T: Decodable>(_ data: Data, key: String) throws(JournalLineError) -> T {
        do {
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            let (place, detail) = CodingPathText.describe(error)
            throw JournalLineError(place: place.isEmpty ? key : key + "." + place, detail: detail)
        } catch {
            throw JournalLineError(place: key, detail: String(describing: error))
        }
    }
}

/// Reads one journal line, a compact JSON object, into ``JournalValue``s in one pass.
public enum JournalLineReader {
    /// Objects and arrays nest no deeper than this in a line.
    static let depthLimit = 256

    /// A byte as an error shows it: a printable ASCII character as itself, any other (a control
    /// character, a part of a multi-byte character) by its value, so that nothing unprintable
    /// reaches the screen.
    static func shown(_ byte: UInt8) -> String {
        guard byte > 0x20, byte < 0x7F else {
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
        }
        return String(Character(Unicode.Scalar(byte)))
    }

    /// Reads a line that must be a JSON object.
    public static func read(_ line: Data, decoder: JSONDecoder) throws(JournalLineError) -> JournalFields {
        let result: Result<JournalValue, JournalLineError> = line.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            var parser = Parser(bytes: buffer, line: line, decoder: decoder)
            do throws(JournalLineError) {
                parser.skipSpace()
                let value = try parser.value(depth: 0)
                parser.skipSpace()
                guard parser.position == buffer.count else { throw parser.fault("more after the end of the object") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        guard case .object(let fields) = try result.get() else { throw JournalLineError(detail: "the line is not a JSON object") }
        return fields
    }

    /// A recursive descent over the bytes of one line.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let line: Data
        let decoder: JSONDecoder
        var position = 0
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, line: Data, decoder: JSONDecoder) {
            self.bytes = bytes
            self.line = line
            self.decoder = decoder
        }

        func fault(_ detail: String) -> JournalLineError {
            JournalLineError(detail: "\(detail) (byte \(position + 1))")
        }

        var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 32 || byte == 9 || byte == 10 || byte == 13 { position += 1 }
        }

        mutating func expect(_ byte: UInt8) throws(JournalLineError) {
            skipSpace()
            guard current == byte else { throw fault("expected \(Character(Unicode.Scalar(byte)))") }
            position += 1
        }

        mutating func value(depth: Int) throws(JournalLineError) -> JournalValue {
            guard depth < JournalLineReader.depthLimit else { throw fault("nested too deeply") }
            skipSpace()
            guard let byte = current else { throw fault("the line ends where a value should be") }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try word("true"); return .bool(true)
            case UInt8(ascii: "f"): try word("false"); return .bool(false)
            case UInt8(ascii: "n"): try word("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw fault("unexpected \(JournalLineReader.shown(byte))")
            }
        }

        mutating func object(depth: Int) throws(JournalLineError) -> JournalValue {
            let start = position
            position += 1
            var members: [(key: String, value: JournalValue)] = []
            skipSpace()
            if current == UInt8(ascii: "}") {
                position += 1
            } else {
                while true {
                    skipSpace()
                    guard current == UInt8(ascii: "\"") else { throw fault("expected a member name") }
                    let key = try string()
                    try expect(UInt8(ascii: ":"))
                    do throws(JournalLineError) {
                        members.append((key, try value(depth: depth + 1)))
                    } catch {
                        throw error.inside(key)
                    }
                    skipSpace()
                    if current == UInt8(ascii: ",") { position += 1; continue }
                    try expect(UInt8(ascii: "}"))
                    break
                }
            }
            return .object(JournalFields(members: members, range: start..<position, line: line, decoder: decoder))
        }

        mutating func array(depth: Int) throws(JournalLineError) -> JournalValue {
            let start = position
            position += 1
            var items: [JournalValue] = []
            skipSpace()
            if current == UInt8(ascii: "]") {
                position += 1
            } else {
                while true {
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    if current == UInt8(ascii: ",") { position += 1; continue }
                    try expect(UInt8(ascii: "]"))
                    break
                }
            }
            return .array(items, start..<position)
        }

        mutating func word(_ text: StaticString) throws(JournalLineError) {
            let count = text.utf8CodeUnitCount
            guard position + count <= bytes.count else { throw fault("the line ends inside \(text)") }
            for i in 0..<count where bytes[position + i] != text.utf8Start[i] { throw fault("expected \(text)") }
            position += count
        }

        mutating func number() throws(JournalLineError) -> String {
            let start = position
            while let byte = current, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || (48...57).contains(byte) {
                position += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard Double(text) != nil else { throw fault("\(text) is not a number") }
            return text
        }

        mutating func string() throws(JournalLineError) -> String {
            do throws(JSONStringScanner.Fault) {
                let (close, plain) = try JSONStringScanner.end(in: bytes, openingAt: position)
                let raw = UnsafeBufferPointer(rebasing: bytes[position + 1..<close])
                position = close + 1
                return try JSONStringScanner.text(raw, plain: plain, scratch: &scratch)
            } catch {
                throw fault(Self.detail(error))
            }
        }

        /// What a fault of a string is, in words.
        static func detail(_ fault: JSONStringScanner.Fault) -> String {
            switch fault {
            case .notClosed: "a text is not closed"
            case .controlCharacter: "a control character inside a text"
            case .unknownEscape(let escape): "an unknown escape \\\(JournalLineReader.shown(escape)) in a text"
            case .shortEscape: "a \\u escape is cut short"
            case .wrongDigit: "a \\u escape with a wrong digit"
            case .halfSurrogate: "half of a surrogate pair in a text"
            case .notUTF8: "a text is not UTF-8"
            }
        }
    }
}

extension JournalLineWriter {
    /// A text as a JSON string, quoted and escaped.
    static func quoted(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        append(string: text, to: &bytes)
        return bytes
    }
}
