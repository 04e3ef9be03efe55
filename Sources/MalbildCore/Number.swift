import Foundation

/// How numbers are written in messages: at most two decimals, no trailing zeros.
public enum Number {
    /// `53`, `52.5`, `0.33`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Reads a number typed with a decimal point or a decimal comma:
    /// `52.5` and `52,5` alike; blanks between thousands are allowed.
    public static func parse(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty, cleaned.filter({ $0 == "." }).count <= 1,
              cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }),
              let value = Double(cleaned), value.isFinite, abs(value) < 1e15
        else { return nil }
        return value
    }

    /// A share as a whole percentage: `43%`.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        let clamped = min(max(share * 100, -1e9), 1e9)
        return "\(Int(clamped.rounded()))%"
    }
}
