/// Escaping for Markdown: a text from the workspace renders as it was
/// written, and stays readable as plain text (only the few characters that
/// would change the rendering get a backslash).
enum MarkdownText {
    /// Escapes text for a paragraph or list item. Its line breaks become hard
    /// breaks, and continuation lines are indented by `indent`.
    static func inline(_ text: String, indent: String = "") -> String {
        lines(text).map(escape).joined(separator: "  \n" + indent)
    }

    /// Escapes text for a table cell, where a line break becomes a space.
    static func cell(_ text: String) -> String {
        lines(text).map(escape).joined(separator: " ")
    }

    private static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// Backslashes before the characters that would otherwise be markup.
    private static func escape(_ line: String) -> String {
        let chars = Array(line)
        let start = chars.firstIndex { $0 != " " && $0 != "\t" } ?? chars.count
        // An ordered-list marker: digits at the line's start followed by "." or ")".
        var listMark: Int?
        if let end = chars[start...].firstIndex(where: { !$0.isASCII || !$0.isNumber }),
           end > start, chars[end] == "." || chars[end] == ")" {
            listMark = end
        }
        let lastContent = chars.lastIndex { $0 != "#" && $0 != " " } ?? -1
        var out = ""
        for (i, c) in chars.enumerated() {
            let escaped: Bool
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|":
                escaped = true
            case "&":
                escaped = i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1] == "#")
            case "#":
                escaped = i == start || i > lastContent
            case "-", "+", "=", "~":
                escaped = i == start
            default:
                escaped = i == listMark
            }
            if escaped { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
