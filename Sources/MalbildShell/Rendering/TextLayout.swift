/// Lays text out for a terminal of a given width: wrapping, cutting, padding.
/// Only the display is shaped; the texts themselves are never changed.
enum TextLayout {
    /// Wraps a text at word boundaries to lines of at most `width` characters,
    /// each starting with `indent`. Newlines in the text start new lines.
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        let room = max(20, width - indent.count)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= room {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
                while line.count > room {
                    lines.append(String(line.prefix(room)))
                    line = String(line.dropFirst(room))
                }
            }
            lines.append(line)
        }
        return lines.map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }

    /// `text` with every line longer than `width` broken at its last blanks that fit, the
    /// later parts indented as the line was; lines that fit, and lines with escape sequences
    /// (colours), are left exactly as they are. For output laid out elsewhere, so that the
    /// terminal never breaks a word.
    static func wrapLongLines(_ text: String, width: Int) -> String {
        guard width > 0, text.split(separator: "\n", omittingEmptySubsequences: false)
            .contains(where: { $0.count > width && !$0.contains("\u{1B}") }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width, !line.contains("\u{1B}") else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            let room = max(width - indent.count, width / 2, 1)
            var pieces: [String] = []
            var rest = Substring(line.dropFirst(indent.count))
            while rest.count > room {
                let window = rest.prefix(room + 1)
                if let blank = window.lastIndex(of: " "), blank > rest.startIndex {
                    pieces.append(String(rest[..<blank]).trimmingTrailingBlanks())
                    rest = rest[blank...].drop { $0 == " " }
                } else {
                    // A word longer than the line (a path): whole, on a line of its own that the
                    // terminal wraps, so it can still be copied as one.
                    let end = rest.firstIndex(of: " ") ?? rest.endIndex
                    pieces.append(String(rest[..<end]))
                    rest = rest[end...].drop { $0 == " " }
                }
            }
            pieces.append(String(rest))
            return pieces.map { indent + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A labelled field: the label padded to `labelWidth`, the value wrapped
    /// with its later lines indented under the value's start.
    static func field(_ label: String, _ value: String, labelWidth: Int = 9, width: Int) -> String {
        let indent = String(repeating: " ", count: labelWidth)
        let body = wrap(value, width: width, indent: indent)
        return pad(label, labelWidth) + body.dropFirst(labelWidth)
    }

    /// Cuts a text to `width` characters, ending in `…` when cut.
    static func cut(_ text: String, to width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard flat.count > width else { return flat }
        guard width > 1 else { return String(flat.prefix(max(0, width))) }
        return String(flat.prefix(width - 1)) + "…"
    }

    /// Pads a text with blanks to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A table: a heading row, a rule, then the rows. Every column but the
    /// last is as wide as its widest cell; the last is cut to fit `width`.
    static func table(_ headings: [String], _ rows: [[String]], width: Int, wrapLast: Bool = false) -> String {
        let columns = headings.count
        var widths = headings.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns - 1 {
                widths[i] = max(widths[i], cell.count)
            }
        }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (columns - 1)
        let last = max(10, width - fixed)
        func render(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                if i < columns - 1 {
                    parts.append(pad(cell, widths[i]))
                } else if wrapLast {
                    // Later lines of the last cell start under its first.
                    let lines = wrap(cell, width: last).split(separator: "\n", omittingEmptySubsequences: false)
                    let indent = String(repeating: " ", count: fixed)
                    parts.append(lines.enumerated().map { $0.offset == 0 ? String($0.element) : indent + $0.element }
                        .joined(separator: "\n"))
                } else {
                    parts.append(cut(cell, to: last))
                }
            }
            return parts.joined(separator: "  ").trimmingTrailingBlanks()
        }
        let rule = widths.dropLast().map { String(repeating: "-", count: $0) }
            + [String(repeating: "-", count: min(last, max(headings.last?.count ?? 0, rows.map { min(last, $0.last?.count ?? 0) }.max() ?? 0)))]
        return ([render(headings), rule.joined(separator: "  ")] + rows.map(render)).joined(separator: "\n")
    }
}

extension String {
    /// The text without blanks at its end.
    func trimmingTrailingBlanks() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
