/// One word of a command line, after quotes and escapes are resolved.
public struct Token: Equatable, Sendable {
    /// The word's text.
    public var text: String
    /// Whether any part of it was quoted.
    public var quoted: Bool
    /// Where the word starts in the source line, in characters.
    public var offset: Int
    /// The word as typed, its quotation marks kept (escapes resolved): what
    /// it reads as inside a longer unquoted text, such as a note in which
    /// someone is quoted.
    public var literal: String
    /// The blanks typed before the word, as typed (a joined line counts as
    /// one blank): what separates it from the word before inside a text.
    public var gap: String

    /// Creates a token.
    public init(text: String, quoted: Bool, offset: Int, literal: String? = nil, gap: String = " ") {
        self.text = text
        self.quoted = quoted
        self.offset = offset
        self.literal = literal ?? text
        self.gap = gap
    }

    /// The text that several words make when a slot takes the rest of the
    /// line: one word gives its text; more words give what was typed, with
    /// quotation marks inside it kept and the blanks between them as typed.
    public static func joined<Words: Collection<Token>>(_ words: Words) -> String {
        guard let first = words.first else { return "" }
        guard words.count > 1 else { return first.text }
        var out = first.literal
        for word in words.dropFirst() {
            out += word.gap + word.literal
        }
        return out
    }
}
