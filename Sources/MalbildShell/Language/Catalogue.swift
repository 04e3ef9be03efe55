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
        guard let phrase = Self.phrases[key] else { return key.rawValue }
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

    /// The tables, one per feature; a key must be in exactly one.
    static let tables: [[Key: Phrase]] = [
        general, parsing, navigation, editing, indicators, followUp, activities, history, files,
        recording, workspace, report, tutorial, glossary, rendering, coreErrors, editSummaries,
        commandLanguage, decision, storeSafety, kolada, values, terminal, goalChains, domainValues, linkedGoals,
        calendar, goalTree, swedish, planPeriod, sharedStore, results, polish, postgres, heldOutput, libraries,
    ]

    /// Fills `{N}` and `{N:one|other}` placeholders with values.
    static func fill(_ template: String, _ values: [Any]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        // The marks are ASCII, so the template is looked at byte by byte and cut only there.
        let bytes = Array(template.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var out = ""
        out.reserveCapacity(bytes.count + 16)
        var rest = 0
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
            out += text(rest..<open)
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else {
                rest = open
                break
            }
            let colon = bytes[open..<close].firstIndex(of: UInt8(ascii: ":"))
            if let n = Int(text(open + 1..<(colon ?? close))), n < values.count {
                let value = values[n]
                if let colon {
                    let forms = text(colon + 1..<close).split(separator: "|", omittingEmptySubsequences: false)
                    let one = (value as? Int).map { $0 == 1 } ?? (valueText(value) == "1")
                    let form = one ? (forms.first ?? "") : (forms.last ?? "")
                    out += form.contains("#") ? form.replacingOccurrences(of: "#", with: valueText(value)) : String(form)
                } else {
                    out += valueText(value)
                }
            } else {
                out += text(open..<close + 1)
            }
            rest = close + 1
        }
        return out + text(rest..<bytes.count)
    }

    /// A value as a placeholder shows it: texts and whole numbers directly, anything else
    /// as it describes itself.
    private static func valueText(_ value: Any) -> String {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        default: String(describing: value)
        }
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
