/// Supplies completion candidates to an interactive reader when the user presses Tab.
public protocol CompletionProvider: AnyObject {
    /// Candidates for the last word of `lineBeforeCursor`: each one is the full text that
    /// should replace that word (the text after the last unquoted whitespace; empty when the
    /// line ends with a space). See ``CompletionPlan/lastWord(of:)``.
    ///
    /// The reader inserts the longest common prefix of the candidates; a single candidate is
    /// completed and followed by a space; several candidates that allow no progress are listed
    /// below the line.
    func completions(forLine lineBeforeCursor: String) -> [String]
}
