import Foundation

/// How numbers are written in messages: at most two decimals, no trailing zeros;
/// and the one rule for which values may be recorded, however they come in.
public enum Number {
    /// The bound on a value's size: a recorded value (typed, imported or read from a
    /// script) is finite and smaller than this in size. Within it every whole number
    /// is held exactly, and every value can be written out in plain digits.
    public static let limit = 1e15

    /// Whether a value may be recorded: finite and smaller than ``limit`` in size.
    public static func isAllowed(_ value: Double) -> Bool {
        value.isFinite && abs(value) < limit
    }

    /// `53`, `52.5`, `0.33`.
    public static func format(_ value: Double) -> String {
        guard isAllowed(value) else { return String(value) }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Reads a number typed with a decimal point or a decimal comma:
    /// `52.5` and `52,5` alike; blanks between thousands are allowed.
    /// Nil for a text that is not a number, or a value outside ``isAllowed(_:)``.
    public static func parse(_ text: String) -> Double? {
        guard let value = read(text), isAllowed(value) else { return nil }
        return value
    }

    /// Reads a number as ``parse(_:)`` does, whatever its size (infinite when the
    /// digits are too many for a Double): to tell a value that is too large from
    /// a text that is no number.
    public static func read(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty, cleaned.filter({ $0 == "." }).count <= 1,
              cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(cleaned), !value.isNaN
        else { return nil }
        return value
    }

    /// A value written exactly, in plain digits with a decimal point, so that
    /// ``parse(_:)`` reads back the very same Double: `1234567890123456`,
    /// `0.0000001`, `-52.5`. No exponent, no trailing `.0`.
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == 0 { return "0" }
        // The shortest text that reads back the same, perhaps with an exponent.
        var text = String(value.magnitude)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts.first ?? "0")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.allSatisfy({ $0 == "0" }) { fraction = "" }
        // Move the decimal point by the exponent.
        var digits = whole + fraction
        var point = whole.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        whole = String(digits.prefix(point))
        fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        let sign = value < 0 ? "-" : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A share as a whole percentage: `43%`.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        let clamped = min(max(share * 100, -1e9), 1e9)
        return "\(Int(clamped.rounded()))%"
    }
}
