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
    /// such as `sv_SE.UTF-8`), otherwise English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        guard let value = environment["MALBILD_LANG"], !value.isEmpty else { return .en }
        let head = value.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "-" }).first.map(String.init) ?? value
        return Language(word: head) ?? .en
    }
}
