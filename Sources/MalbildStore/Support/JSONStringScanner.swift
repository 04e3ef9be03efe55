/// The one scanner of JSON strings for the store's own readers (journal lines, value
/// columns): finds where a string ends and undoes its escapes, refusing what JSON refuses
/// (a control character, an unknown escape, half of a surrogate pair, bytes that are not
/// UTF-8), so that a reader of its own never takes a text the Codable path would not.
enum JSONStringScanner {
    /// What is wrong with a string.
    enum Fault: Error, Equatable {
        /// The bytes end before the closing quote.
        case notClosed
        /// A byte below 0x20 inside the string.
        case controlCharacter
        /// A backslash followed by a character that is no escape.
        case unknownEscape(UInt8)
        /// A `\u` escape with fewer than four hexadecimal digits.
        case shortEscape
        /// A `\u` escape with a digit that is not hexadecimal.
        case wrongDigit
        /// A surrogate without its other half.
        case halfSurrogate
        /// The bytes, with the escapes undone, are not UTF-8.
        case notUTF8
    }

    /// Where the string whose opening quote is at `open` ends: the index of its closing
    /// quote, and whether it has no escape (its bytes are its text).
    @inline(__always)
    static func end(in bytes: UnsafeBufferPointer<UInt8>, openingAt open: Int) throws(Fault) -> (close: Int, plain: Bool) {
        var at = open + 1
        var plain = true
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { return (at, plain) }
            if byte < 0x20 { throw .controlCharacter }
            if byte == UInt8(ascii: "\\") {
                plain = false
                at += 2
            } else {
                at += 1
            }
        }
        throw .notClosed
    }

    /// The text of a string's bytes between its quotes; `plain` when they hold no escape.
    /// `scratch` is room to undo escapes in, kept between calls.
    static func text(_ raw: UnsafeBufferPointer<UInt8>, plain: Bool, scratch: inout [UInt8]) throws(Fault) -> String {
        if plain {
            guard let text = utf8Text(raw) else { throw .notUTF8 }
            return text
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.reserveCapacity(raw.count)
        var k = 0
        while k < raw.count {
            let byte = raw[k]
            guard byte == UInt8(ascii: "\\") else {
                scratch.append(byte)
                k += 1
                continue
            }
            guard k + 1 < raw.count else { throw .notClosed }
            let escape = raw[k + 1]
            k += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var unit = try hex(raw, k)
                k += 4
                if (0xD800...0xDBFF).contains(unit) {
                    guard k + 6 <= raw.count, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u") else { throw .halfSurrogate }
                    let low = try hex(raw, k + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw .halfSurrogate }
                    k += 6
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw .halfSurrogate
                }
                guard let scalar = Unicode.Scalar(unit) else { throw .halfSurrogate }
                scratch.append(contentsOf: String(Character(scalar)).utf8)
            default:
                throw .unknownEscape(escape)
            }
        }
        guard let text = scratch.withUnsafeBufferPointer({ utf8Text($0) }) else { throw .notUTF8 }
        return text
    }

    /// The text of bytes that are UTF-8; nil for any others. As `String(validating:as:)`, but
    /// without its generic path, which looks up type metadata on every call: decoded (repairs
    /// would change the bytes) and compared with the bytes.
    static func utf8Text(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: raw, as: UTF8.self)
        let same = text.withUTF8 { decoded in decoded.count == raw.count && decoded.elementsEqual(raw) }
        return same ? text : nil
    }

    /// The value of the four hexadecimal digits at `from`.
    private static func hex(_ raw: UnsafeBufferPointer<UInt8>, _ from: Int) throws(Fault) -> UInt32 {
        guard from + 4 <= raw.count else { throw .shortEscape }
        var unit: UInt32 = 0
        for k in from..<(from + 4) {
            let byte = raw[k]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .wrongDigit
            }
            unit = unit << 4 | UInt32(digit)
        }
        return unit
    }
}
