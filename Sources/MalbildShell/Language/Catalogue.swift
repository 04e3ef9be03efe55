import MalbildCore

/// The shell's strings in one language: `t(.goalRemoved, 6)`.
///
/// Every user-visible string of the shell has a ``Key``; its English and
/// Swedish text is in the tables of `Catalogue+*.swift`. A test walks every
/// key and fails on a missing or empty text or on placeholders that differ.
public struct Catalogue: Sendable {
    /// The language texts are given in.
    public let language: Language

    /// The catalogue of a language.
    public init(_ language: Language) {
        self.language = language
    }

    /// English.
    public static let english = Catalogue(.en)

    /// The text of a key with its values filled in.
    public func callAsFunction(_ key: Key, _ values: Any...) -> String {
        text(key, values)
    }

    /// The text of a key with its values filled in.
    public func text(_ key: Key, _ values: [Any]) -> String {
        guard let phrase = Self.phrase(of: key) else { return key.rawValue }
        return Self.fill(phrase.text(in: language), values)
    }

    /// One of two texts by language, for the few places a whole text is data
    /// of the command table (help).
    func pick(_ english: String, _ swedish: String?) -> String {
        language == .sv ? (swedish ?? english) : english
    }

    /// Every key's phrase: the tables of all features together.
    public static let phrases: [Key: Phrase] = tables.reduce(into: [:]) { all, table in
        all.merge(table) { first, _ in first }
    }

    /// A key's phrase, found by the key's case number in ``phrasesByCase``.
    static func phrase(of key: Key) -> Phrase? {
        let index = key.caseNumber
        return index < phrasesByCase.count ? phrasesByCase[index] : nil
    }

    /// ``phrases`` at the case numbers of their keys: the phrase of a key is looked up for
    /// every message, and an index is found faster than a hash.
    static let phrasesByCase: [Phrase?] = {
        var table = [Phrase?](repeating: nil, count: (Key.allCases.map(\.caseNumber).max() ?? 0) + 1)
        for (key, phrase) in phrases { table[key.caseNumber] = phrase }
        return table
    }()

    /// The tables, one per feature; a key must be in exactly one.
    static let tables: [[Key: Phrase]] = [
        general, parsing, navigation, editing, indicators, followUp, activities, history, files,
        recording, workspace, report, tutorial, glossary, rendering, coreErrors, editSummaries,
        commandLanguage, decision, storeSafety, kolada, values, terminal, goalChains, domainValues, linkedGoals,
        calendar, goalTree, swedish, planPeriod, sharedStore, results, polish, postgres, heldOutput, libraries,
    ]

    /// Fills `{N}` and `{N:one|other}` placeholders with values.
    static func fill(_ template: String, _ values: [Any]) -> String {
        var source = template
        // The marks are ASCII, so the template is looked at byte by byte and cut only there;
        // the text is put together as bytes and made a string once.
        let out = source.withUTF8 { bytes -> String? in
            // A text without placeholders is given back as it is.
            guard bytes.contains(UInt8(ascii: "{")) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            func copy(_ range: Range<Int>) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            }
            func append(_ text: String) {
                var text = text
                text.withUTF8 { out.append(contentsOf: $0) }
            }
            var rest = 0
            while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
                copy(rest..<open)
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else {
                    rest = open
                    break
                }
                let colon = bytes[open..<close].firstIndex(of: UInt8(ascii: ":"))
                if let n = number(bytes[(open + 1)..<(colon ?? close)]), n < values.count {
                    let value = values[n]
                    if let colon {
                        let bar = bytes[colon..<close].firstIndex(of: UInt8(ascii: "|"))
                        let lastBar = bytes[colon..<close].lastIndex(of: UInt8(ascii: "|"))
                        let one = (exactInt(value) ?? value as? Int).map { $0 == 1 } ?? (valueText(value) == "1")
                        let form = one ? (colon + 1)..<(bar ?? close) : ((lastBar ?? colon) + 1)..<close
                        // `#` in the form stands for the value.
                        var shown: String?
                        for byte in UnsafeBufferPointer(rebasing: bytes[form]) {
                            if byte == UInt8(ascii: "#") {
                                if shown == nil { shown = valueText(value) }
                                append(shown ?? "")
                            } else {
                                out.append(byte)
                            }
                        }
                    } else {
                        append(valueText(value))
                    }
                } else {
                    copy(open..<close + 1)
                }
                rest = close + 1
            }
            copy(rest..<bytes.count)
            return String(decoding: out, as: UTF8.self)
        }
        return out ?? template
    }

    /// The whole number a placeholder's digits write, as `Int` reads it: nil for none, a
    /// sign alone or anything but digits.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        // A number of up to 18 digits cannot overflow; longer ones go the long way.
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return Int(String(decoding: UnsafeBufferPointer(rebasing: digits), as: UTF8.self))
        }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// A value as a placeholder shows it: texts and whole numbers directly, anything else
    /// as it describes itself. A goal number, the most common value after those, is asked
    /// for its description directly, which is what describing it gives.
    private static func valueText(_ value: Any) -> String {
        // The value is opened as its own type: the common ones are told by that type alone,
        // without a dynamic cast (which costs more than the rest of a short message).
        if let text = exactText(value) { return text }
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        default: return String(describing: value)
        }
    }

    /// The text of a value that is exactly a text, a whole number or a goal number; nil for a
    /// value of any other type (an optional one included: it takes the casts of ``valueText(_:)``).
    private static func exactText<Value>(_ value: Value) -> String? {
        if Value.self == String.self { return unsafeBitCast(value, to: String.self) }
        if Value.self == Int.self { return String(unsafeBitCast(value, to: Int.self)) }
        // A goal number is asked for its description, which is what describing it gives.
        if Value.self == GoalNumber.self { return unsafeBitCast(value, to: GoalNumber.self).description }
        return nil
    }

    /// A value that is exactly a whole number, opened as its own type; nil for any other.
    private static func exactInt<Value>(_ value: Value) -> Int? {
        Value.self == Int.self ? unsafeBitCast(value, to: Int.self) : nil
    }

    /// The value numbers a template uses, e.g. [0, 1] for "{0} of {1}".
    static func placeholders(in template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isNumber }
            if let n = Int(digits), after.dropFirst(digits.count).first.map({ $0 == "}" || $0 == ":" }) == true {
                found.insert(n)
            }
            rest = after
        }
        return found
    }
}
