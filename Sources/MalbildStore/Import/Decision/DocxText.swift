/// The text of a Word file's `word/document.xml`: each paragraph on a line
/// of its own with a blank line after it, a list item with a bullet, a line
/// break as a new line, a tab as a space. A small reader of the few elements
/// that carry text (`w:p`, `w:t`, `w:tab`, `w:br`, `w:numPr`).
enum DocxText {
    /// The text of the document.
    static func text(ofDocumentXML xml: String) -> String {
        var lines: [String] = []
        var paragraph = ""
        var isListItem = false
        var inText = false
        var rest = Substring(xml)
        while let open = rest.firstIndex(of: "<") {
            if inText { paragraph += unescape(rest[..<open]) }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let name = tag.prefix { $0 != " " && $0 != "/" && $0 != ">" || (tag.first == "/" && $0 == "/") }
            let selfClosing = tag.hasSuffix("/")
            switch name {
            case "w:p":
                paragraph = ""
                isListItem = false
                if selfClosing { lines += ["", ""] }
            case "/w:p":
                lines.append((isListItem ? "• " : "") + paragraph)
                lines.append("")
                paragraph = ""
            case "w:t": inText = !selfClosing
            case "/w:t": inText = false
            case "w:tab": paragraph += " "
            case "w:br", "w:cr":
                lines.append((isListItem ? "• " : "") + paragraph)
                paragraph = ""
                isListItem = false
            case "w:numPr": isListItem = true
            default: break
            }
        }
        return lines.joined(separator: "\n")
    }

    /// XML's five entities and numeric character references.
    static func unescape(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                let digits = entity.dropFirst(hex ? 2 : 1)
                if entity.hasPrefix("#"), let code = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(code) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
