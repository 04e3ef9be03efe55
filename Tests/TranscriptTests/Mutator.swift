import Foundation

/// A small, fast random number generator with a seed, so that a run can be repeated
/// exactly (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutations of a valid input, as bytes: bit flips, bytes replaced, ranges deleted and
/// copied, truncation, invalid UTF-8, NUL, huge and odd numbers, long lines, unbalanced
/// quotes, and whole lines spliced in from other inputs.
struct Mutator {
    /// Lines to splice in (for scripts: every line of every transcript, and some slips).
    var lines: [String]

    /// Numbers at the edges of what a Double or an Int holds, and texts that look like numbers.
    static let extremeNumbers = [
        "1e308", "-1e308", "1.7976931348623157e308", "-1.7976931348623157e308", "179769313486231570000000000000000000000",
        "99999999999999999999999", "1234567890123456", "999999999999999", "1000000000000000", "-1000000000000000",
        "9223372036854775807", "-9223372036854775808", "18446744073709551616", "1e-400", "5e-324", "0.0000001",
        "-0", "NaN", "Infinity", "-inf", "1e15", "2,5e3", "1 000 000 000 000 000", "0x1p1023", "٣",
        String(repeating: "9", count: 400), "." + String(repeating: "0", count: 330) + "1",
    ]

    /// Values put in place of a field, a JSON value or a word: other types, odd escapes,
    /// extreme numbers and deep nesting.
    static let values: [String] = [
        "null", "true", "\"\"", "\"T\"", "\"K\"", "[]", "{}", "-0", "0", "2019", "\"2019\"", "2019.5", "-1",
        "\"\\ud800\"", "\"\\u0000\"", "\"\\\"", "\"å\\u00e4\"", "\"0665\"", "\"N03926\"", "delår1", "2019-02-29", "-",
        String(repeating: "[", count: 100_000), String(repeating: "{\"values\":", count: 20_000),
        String(repeating: "[1,", count: 50_000), "\"" + String(repeating: "å", count: 100_000) + "\"",
    ] + extremeNumbers

    /// Byte sequences that are not UTF-8.
    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xFE, 0xFF], [0xC3], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ]

    /// Bytes that mean something to a tokenizer, a JSON reader or a CSV reader.
    static let specialBytes: [UInt8] = Array("\"\\\n\r\t {}[],;:-.#'`$0123456789eE".utf8) + [0, 0xFF, 0xC3, 0xA5, 0x1B, 0x7F]

    /// One mutation of `input` (half the time) or two to four; `what` names each, for a failure's report.
    func mutate(_ input: [UInt8], using rng: inout SeededGenerator) -> (bytes: [UInt8], what: [String]) {
        var bytes = input
        var what: [String] = []
        for _ in 0..<(Bool.random(using: &rng) ? 1 : Int.random(in: 2...4, using: &rng)) {
            what.append(mutateOnce(&bytes, using: &rng))
        }
        return (bytes, what)
    }

    private func mutateOnce(_ bytes: inout [UInt8], using rng: inout SeededGenerator) -> String {
        func position(_ extra: Int = 0) -> Int { Int.random(in: 0...max(0, bytes.count - extra), using: &rng) }
        switch Int.random(in: 0..<15, using: &rng) {
        case 0:
            guard !bytes.isEmpty else { fallthrough }
            let at = position(1)
            bytes[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
            return "bit flip at \(at)"
        case 1:
            guard !bytes.isEmpty else { fallthrough }
            let at = position(1)
            bytes[at] = Self.specialBytes.randomElement(using: &rng) ?? 0
            return "byte set at \(at)"
        case 2:
            let at = position()
            let length = min(Int.random(in: 1...64, using: &rng), bytes.count - at)
            bytes.removeSubrange(at..<(at + length))
            return "deleted \(length) at \(at)"
        case 3:
            guard !bytes.isEmpty else { fallthrough }
            let from = position(1)
            let length = min(Int.random(in: 1...256, using: &rng), bytes.count - from)
            let piece = Array(bytes[from..<(from + length)])
            bytes.insert(contentsOf: piece, at: position())
            return "copied \(length) from \(from)"
        case 4:
            let at = position()
            bytes.removeSubrange(at...)
            return "truncated at \(at)"
        case 5:
            let at = position()
            bytes.insert(contentsOf: Self.invalidUTF8.randomElement(using: &rng) ?? [0xFF], at: at)
            return "invalid UTF-8 at \(at)"
        case 6:
            let at = position()
            bytes.insert(0, at: at)
            return "NUL at \(at)"
        case 7:
            let number = Array((Self.extremeNumbers.randomElement(using: &rng) ?? "1e308").utf8)
            let digits = bytes.indices.filter { (48...57).contains(bytes[$0]) && ($0 == 0 || !(48...57).contains(bytes[$0 - 1])) }
            guard let start = digits.randomElement(using: &rng) else {
                bytes.insert(contentsOf: number, at: position())
                return "number inserted"
            }
            var end = start
            while end < bytes.count, (48...57).contains(bytes[end]) || bytes[end] == 46 || bytes[end] == 44 { end += 1 }
            bytes.replaceSubrange(start..<end, with: number)
            return "number replaced at \(start)"
        case 8:
            let unit = Array((["x", "å", "ab ", "\"", "\\", "9", "-", "{", "[", ";", ","].randomElement(using: &rng) ?? "x").utf8)
            let count = [1000, 10000, 100_000].randomElement(using: &rng) ?? 1000
            let at = position()
            bytes.insert(contentsOf: Array((0..<count).map { _ in unit }.joined()), at: at)
            return "long run of \(count) at \(at)"
        case 9:
            let quotes = bytes.indices.filter { bytes[$0] == 34 }
            if let at = quotes.randomElement(using: &rng), Bool.random(using: &rng) {
                bytes.remove(at: at)
                return "quote removed at \(at)"
            }
            let at = position()
            bytes.insert(34, at: at)
            return "quote inserted at \(at)"
        case 10, 11:
            guard let line = lines.randomElement(using: &rng) else { fallthrough }
            let breaks = [0] + bytes.indices.filter { bytes[$0] == 10 }.map { $0 + 1 }
            let at = breaks.randomElement(using: &rng) ?? 0
            bytes.insert(contentsOf: Array((line + "\n").utf8), at: at)
            return "line spliced at \(at): \(line.prefix(60))"
        case 12, 13:
            // The text after a delimiter, up to the next one, replaced by another value.
            let delimiters: Set<UInt8> = Set(":,;[{ \t\n".utf8)
            let ends: Set<UInt8> = Set(",;}] \t\r\n".utf8)
            let starts = bytes.indices.filter { delimiters.contains(bytes[$0]) }
            guard let start = starts.randomElement(using: &rng).map({ $0 + 1 }) else { fallthrough }
            var end = start
            while end < bytes.count, !ends.contains(bytes[end]) { end += 1 }
            let value = Self.values.randomElement(using: &rng) ?? "null"
            bytes.replaceSubrange(start..<end, with: Array(value.utf8))
            return "value at \(start) set to \(value.prefix(24))"
        default:
            let at = position()
            let count = Int.random(in: 1...16, using: &rng)
            bytes.insert(contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: at)
            return "\(count) random bytes at \(at)"
        }
    }
}
