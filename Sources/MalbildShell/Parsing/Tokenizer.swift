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
    public static func split(_ source: String) -> Outcome {
        let chars = Array(source)
        var tokens: [Token] = []
        var current = ""
        var literal = ""
        var gap = ""
        var inWord = false
        var quoted = false
        var start = 0
        var inQuote = false
        var quotedPart = ""
        var i = 0

        if let first = chars.firstIndex(where: { $0 != " " && $0 != "\t" }), chars[first] == "#" {
            return .complete([])
        }

        func finish() {
            if inWord {
                tokens.append(Token(text: current, quoted: quoted, offset: start, literal: literal, gap: tokens.isEmpty ? "" : gap))
                gap = ""
            }
            current = ""
            literal = ""
            inWord = false
            quoted = false
        }

        func closeQuote() {
            let part = trimmedAtQuotes(quotedPart)
            current += part
            literal += part + "\""
            quotedPart = ""
            inQuote = false
        }

        while i < chars.count {
            let c = chars[i]
            if inQuote {
                if c == "\\", i + 1 < chars.count, chars[i + 1] == "\"" || chars[i + 1] == "\\" {
                    quotedPart.append(chars[i + 1])
                    i += 2
                    continue
                }
                if c == "\"" {
                    closeQuote()
                } else {
                    quotedPart.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case " ", "\t":
                finish()
                gap.append(c)
            case "\n", "\r\n":
                finish()
                gap.append(" ")
            case "\"":
                if !inWord { start = i }
                inWord = true
                quoted = true
                inQuote = true
                literal.append("\"")
            case "\\":
                if i + 1 >= chars.count { return .incomplete(.continuation) }
                let next = chars[i + 1]
                if next == "\n" || next == "\r\n" {
                    // A backslash before a newline joins the lines with one blank.
                    finish()
                    gap.append(" ")
                    i += 2
                    continue
                }
                if !inWord { start = i }
                inWord = true
                current.append(next)
                literal.append(next)
                i += 2
                continue
            default:
                if !inWord { start = i }
                inWord = true
                current.append(c)
                literal.append(c)
            }
            i += 1
        }
        if inQuote { return .incomplete(.openQuote) }
        finish()
        return .complete(tokens)
    }

    /// A quoted text without the line break after an opening quote that ends
    /// its line, or before a closing quote that starts one.
    static func trimmedAtQuotes(_ text: String) -> String {
        // A text of one line has no line break to take away.
        if !text.utf8.contains(0x0A) { return text }
        var chars = Substring(text)
        if let newline = chars.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }),
           chars[..<newline].allSatisfy({ $0 == " " || $0 == "\t" }) {
            chars = chars[chars.index(after: newline)...]
        }
        if let newline = chars.lastIndex(where: { $0 == "\n" || $0 == "\r\n" }),
           chars[chars.index(after: newline)...].allSatisfy({ $0 == " " || $0 == "\t" }) {
            chars = chars[..<newline]
        }
        return String(chars)
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
