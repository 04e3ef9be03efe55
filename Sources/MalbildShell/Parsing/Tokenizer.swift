/// Splits a command line into words.
///
/// Words are separated by blanks. A double quote starts a quoted text that may
/// hold blanks and newlines and ends at the next unescaped double quote;
/// inside it `\"` is a quote and `\\` a backslash. Outside quotes a backslash
/// makes the next character plain. A line is incomplete while a quote is open
/// or when it ends with a backslash: the shell then reads another line
/// (`...>`). A backslash at the end of a line joins the next line with one
/// space. A line whose first non-blank character is `#` is a comment.
public enum Tokenizer {
    /// The outcome of splitting a text.
    public enum Outcome: Equatable, Sendable {
        /// The words of a complete command (empty for a blank or comment line).
        case complete([Token])
        /// More lines are needed: a quote is open, or the line ends in a backslash.
        case incomplete(Incomplete)
    }

    /// Why a text needs another line.
    public enum Incomplete: Equatable, Sendable {
        /// A double quote was opened and not closed.
        case openQuote
        /// The text ends with a backslash.
        case continuation
    }

    /// Splits a text, which may span several lines joined by newlines.
    ///
    /// A quoted text that opens at the end of a line or closes at the start
    /// of one does not keep that line break: `"` alone on a line ends the
    /// text without adding an empty line to it.
    ///
    /// The text is read as UTF-8 bytes. Blanks, quotes, backslashes and `#`
    /// count as marks only where they are characters of their own: a mark
    /// that a combining mark follows (or a prepended sign precedes) forms one
    /// character with it and is plain text, and offsets count characters.
    public static func split(_ source: String) -> Outcome {
        var source = source
        return source.withUTF8 { bytes in
            var scan = ByteScan(bytes)
            return scan.split()
        }
    }

    /// The part of a quoted text's bytes kept as its text: without the line break after
    /// an opening quote that ends its line, or before a closing quote that starts one.
    static func trimmedAtQuotes(_ text: ArraySlice<UInt8>) -> Range<Int> {
        var lower = text.startIndex
        var upper = text.endIndex
        // A text of one line has no line break to take away.
        guard let first = text.firstIndex(of: ByteScan.lineFeed) else { return lower..<upper }
        // A carriage return before a line feed is one line break with it.
        let firstBreak = first > lower && text[first - 1] == ByteScan.carriageReturn ? first - 1 : first
        if text[lower..<firstBreak].allSatisfy(ByteScan.isBlank) {
            lower = first + 1
        }
        if let last = text[lower...].lastIndex(of: ByteScan.lineFeed), text[(last + 1)...].allSatisfy(ByteScan.isBlank) {
            upper = last > lower && text[last - 1] == ByteScan.carriageReturn ? last - 1 : last
        }
        return lower..<upper
    }

    /// Quotes a text so that ``split(_:)`` gives it back as one word.
    public static func quote(_ text: String) -> String {
        let plain = !text.isEmpty && !text.contains { " \t\n\"\\#".contains($0) }
        if plain { return text }
        var out = "\""
        for c in text {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        out.append("\"")
        return out
    }
}
