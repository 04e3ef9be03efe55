/// The language the shell speaks: messages, help, table headings and prompts.
///
/// Domain words stay the real Swedish ones in both languages, and goal texts
/// are data, never translated.
public enum Language: String, Codable, CaseIterable, Sendable {
    /// English, the default.
    case en
    /// Swedish.
    case sv

    /// The language a word names: `sv`, `svenska`, `swedish`, `en`, `engelska`, `english`.
    public init?(word: String) {
        switch word.lowercased() {
        case "sv", "svenska", "swedish", "se": self = .sv
        case "en", "engelska", "english": self = .en
        default: return nil
        }
    }

    /// The language to start in: `MALBILD_LANG` (`sv`, `en`, or a locale
    /// such as `sv_SE.UTF-8`); else the locale's language for messages (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`: `sv_SE.UTF-8` is Swedish); otherwise English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        func language(_ value: String) -> Language? {
            let head = value.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "-" || $0 == "@" }).first.map(String.init) ?? value
            return Language(word: head)
        }
        if let value = environment["MALBILD_LANG"], !value.isEmpty { return language(value) ?? .en }
        // The first of the locale's variables that is set decides, as for any program.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return language(value) == .sv ? .sv : .en }
        }
        return .en
    }
}
