import Foundation
import MalbildCore

/// Writes one compact JSON line as the store's `JSONEncoder` would (keys in the order given,
/// which callers keep sorted; slashes unescaped; numbers as Swift prints them), without
/// going through `Encodable` for the values it knows: for the journal, where one line is
/// written per change and the generic path would cost more than the change itself.
///
/// Values it does not know are encoded with the store's encoder and spliced in
/// (``coded(_:_:)``), so a line is always the JSON that encoder would write.
public struct JournalLineWriter: ~Copyable {
    /// The bytes written so far, written through a pointer (see ``ByteRun``).
    private var run = ByteRun()
    /// Whether the object being written already has a member (the next needs a comma).
    private var hasMember = false
    private let encoder: JSONEncoder

    /// A writer with nothing written, splicing in values through `encoder`.
    public init(encoder: JSONEncoder) {
        self.encoder = encoder
    }

    /// The bytes written so far.
    public var bytes: [UInt8] {
        run.withBytes { Array($0) }
    }

    /// Appends the bytes written so far to `lines`.
    func appendBytes(to lines: inout [UInt8]) {
        run.withBytes { lines.append(contentsOf: $0) }
    }

    /// Writes `{"key":` and opens an object as the value of `key` (or a bare object when
    /// `key` is nil), runs `body` for its members and closes it.
    public mutating func object(_ key: StaticString?, _ body: (inout JournalLineWriter) throws -> Void) rethrows {
        if let key { member(key) }
        run.append(UInt8(ascii: "{"))
        hasMember = false
        try body(&self)
        run.append(UInt8(ascii: "}"))
        hasMember = true
    }

    /// Writes a text member.
    public mutating func string(_ key: StaticString, _ value: String) {
        member(key)
        Self.append(string: value, to: &run)
    }

    /// Writes a text member, or nothing when the value is nil.
    public mutating func string(_ key: StaticString, _ value: String?) {
        if let value { string(key, value) }
    }

    /// Writes a whole number member.
    public mutating func int(_ key: StaticString, _ value: Int) {
        member(key)
        DecimalDigits.withDigits(of: Int64(value)) { run.append(bytes: $0) }
    }

    /// Writes a whole number member, or nothing when the value is nil.
    public mutating func int(_ key: StaticString, _ value: Int?) {
        if let value { int(key, value) }
    }

    /// Writes a true-or-false member.
    public mutating func bool(_ key: StaticString, _ value: Bool) {
        member(key)
        let word: StaticString = value ? "true" : "false"
        word.withUTF8Buffer { run.append(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes a number member as the store's encoder writes a `Double` (its shortest form,
    /// without a trailing `.0`); a value that is not finite is refused by the encoder, as
    /// the generic path refuses it.
    public mutating func double(_ key: StaticString, _ value: Double) throws {
        guard value.isFinite else { return try coded(key, value) }
        member(key)
        var number: [UInt8] = []
        ValueColumnsWriter.number(value, &number)
        number.withUnsafeBytes { run.append(bytes: $0) }
    }

    /// Writes a number member, or nothing when the value is nil.
    public mutating func double(_ key: StaticString, _ value: Double?) throws {
        if let value { try double(key, value) }
    }

    /// Writes a day member, `"YYYY-MM-DD"`, or nothing when the value is nil.
    public mutating func day(_ key: StaticString, _ value: Day?) {
        if let value { string(key, value.description) }
    }

    /// Writes an array member: `body` writes each item as a bare value (an object with
    /// ``object(_:_:)`` and a nil key, or ``item(_:)``), the commas between them are written here.
    public mutating func array<Items: Sequence>(
        _ key: StaticString, _ items: Items, _ body: (inout JournalLineWriter, Items.Element) throws -> Void
    ) rethrows {
        member(key)
        run.append(UInt8(ascii: "["))
        var first = true
        for item in items {
            if !first { run.append(UInt8(ascii: ",")) }
            first = false
            try body(&self, item)
        }
        run.append(UInt8(ascii: "]"))
        hasMember = true
    }

    /// Writes a text as a bare value: an item of an array.
    public mutating func item(_ value: String) {
        Self.append(string: value, to: &run)
    }

    /// Writes a whole number as a bare value: an item of an array.
    public mutating func item(_ value: Int) {
        DecimalDigits.withDigits(of: Int64(value)) { run.append(bytes: $0) }
    }

    /// Writes a member whose value is the raw text of an enumeration.
    public mutating func raw<T: RawRepresentable>(_ key: StaticString, _ value: T) where T.RawValue == String {
        string(key, value.rawValue)
    }

    /// Writes a date member as the store writes dates (``StoreCoding/format(_:)``).
    public mutating func date(_ key: StaticString, _ value: Date) {
        // A date of whole seconds (the times a session logs) needs no escape: its bytes go straight in.
        guard Self.isWholeSeconds(value) else { return string(key, StoreCoding.format(value)) }
        member(key)
        run.append(UInt8(ascii: "\""))
        Self.appendWholeSeconds(value, to: &run)
        run.append(UInt8(ascii: "\""))
    }

    /// A date of whole seconds in the years 1970 to 9999 as `YYYY-MM-DDTHH:MM:SSZ` in UTC,
    /// worked out directly (the times a session logs); nil for any other date.
    static func wholeSecondsText(_ date: Date) -> String? {
        guard isWholeSeconds(date) else { return nil }
        var text: [UInt8] = []
        appendWholeSeconds(date, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether ``wholeSecondsText(_:)`` writes the date.
    private static func isWholeSeconds(_ date: Date) -> Bool {
        let seconds = date.timeIntervalSince1970
        return seconds >= 0 && seconds < 253_402_300_800 && seconds.rounded(.down) == seconds
    }

    /// Appends the bytes of ``wholeSecondsText(_:)`` for a date ``isWholeSeconds(_:)`` takes.
    private static func appendWholeSeconds<Sink: ByteSink & ~Copyable>(_ date: Date, to text: inout Sink) {
        let whole = Int(date.timeIntervalSince1970)
        let (days, time) = whole.quotientAndRemainder(dividingBy: 86_400)
        // Days since 1970-01-01 to a civil date (proleptic Gregorian), in eras of 400 years.
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // The 20 bytes are put together in place and appended at once.
        var room: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &room) { room in
            var at = 0
            // Constant divisors, which the compiler turns into multiplications.
            func two(_ value: Int) {
                room[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10)
                room[at + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
                at += 2
            }
            func mark(_ byte: Unicode.Scalar) {
                room[at] = UInt8(ascii: byte)
                at += 1
            }
            two(year / 100); two(year % 100); mark("-"); two(month); mark("-"); two(day)
            mark("T"); two(time / 3600); mark(":"); two(time / 60 % 60); mark(":"); two(time % 60); mark("Z")
            text.append(bytes: UnsafeRawBufferPointer(rebasing: room[..<at]))
        }
    }

    /// Writes any encodable value through the store's encoder; nothing when it is nil.
    public mutating func coded<T: Encodable>(_ key: StaticString, _ value: T?) throws {
        guard let value else { return }
        member(key)
        try encoder.encode(value).withUnsafeBytes { run.append(bytes: $0) }
    }

    /// Writes a member's name; the value written next is its value.
    mutating func key(_ key: StaticString) {
        member(key)
    }

    /// Writes a member named by any text (escaped as a JSON string) whose value `body`
    /// appends as JSON bytes.
    mutating func member(named name: String, _ body: (inout [UInt8]) throws -> Void) rethrows {
        if hasMember { run.append(UInt8(ascii: ",")) }
        hasMember = true
        Self.append(string: name, to: &run)
        run.append(UInt8(ascii: ":"))
        var value: [UInt8] = []
        try body(&value)
        value.withUnsafeBytes { run.append(bytes: $0) }
    }

    /// Member names are the coding keys, plain ASCII: written as they are.
    private mutating func member(_ key: StaticString) {
        if hasMember { run.append(UInt8(ascii: ",")) }
        hasMember = true
        run.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { run.append(bytes: UnsafeRawBufferPointer($0)) }
        run.append(UInt8(ascii: "\""))
        run.append(UInt8(ascii: ":"))
    }

    /// Appends a JSON string: quotes, backslashes and control characters escaped, all else
    /// as its UTF-8 bytes.
    static func append<Sink: ByteSink & ~Copyable>(string: String, to bytes: inout Sink) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escape: copied whole, from the text's own contiguous bytes.
        var text = string
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(bytes: UnsafeRawBufferPointer(utf8))
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            let escape: UInt8? = switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
            case 0x0A: UInt8(ascii: "n")
            case 0x0D: UInt8(ascii: "r")
            case 0x09: UInt8(ascii: "t")
            case 0x08: UInt8(ascii: "b")
            case 0x0C: UInt8(ascii: "f")
            default: nil
            }
            if let escape {
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(escape)
            } else if byte < 0x20 {
                for part in [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48, hexDigit(byte >> 4), hexDigit(byte & 15)] {
                    bytes.append(part)
                }
            } else {
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The lowercase hexadecimal digit of a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
