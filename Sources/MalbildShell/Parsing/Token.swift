/// One word of a command line, after quotes and escapes are resolved.
public struct Token: Equatable, Sendable {
    /// The word's text.
    public var text: String
    /// Whether any part of it was quoted.
    public var quoted: Bool
    /// Where the word starts in the source line, in characters.
    public var offset: Int

    /// Creates a token.
    public init(text: String, quoted: Bool, offset: Int) {
        self.text = text
        self.quoted = quoted
        self.offset = offset
    }
}
