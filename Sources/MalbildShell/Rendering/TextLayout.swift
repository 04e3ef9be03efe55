/// Lays text out for a terminal of a given width: wrapping, cutting, padding.
/// Only the display is shaped; the texts themselves are never changed.
enum TextLayout {
    /// Wraps a text at word boundaries to lines of at most `width` terminal columns (an emoji takes two),
    /// each starting with `indent`. Newlines in the text start new lines.
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        let room = max(20, width - indent.displayWidth)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wide = word.displayWidth
                if line.isEmpty {
                    line = String(word)
                    used = wide
                } else if used + 1 + wide <= room {
                    line += " " + word
                    used += 1 + wide
                } else {
                    lines.append(line)
                    line = String(word)
                    used = wide
                }
                guard used > room else { continue }
                // A word wider than the line: cut into pieces that fit.
                var piece = ""
                var pieceWidth = 0
                for character in line {
                    let w = character.displayWidth
                    if pieceWidth + w > room, !piece.isEmpty {
                        lines.append(piece)
                        piece = ""
                        pieceWidth = 0
                    }
                    piece.append(character)
                    pieceWidth += w
                }
                line = piece
                used = pieceWidth
            }
            lines.append(line)
        }
        return lines.map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }

    /// `text` with every line longer than `width` broken at its last blanks that fit, the
    /// later parts indented as the line was; lines that fit, and lines with escape sequences
    /// (colours), are left exactly as they are. For output laid out elsewhere, so that the
    /// terminal never breaks a word. Widths are terminal columns: an emoji takes two.
    static func wrapLongLines(_ text: String, width: Int) -> String {
        guard width > 0, text.split(separator: "\n", omittingEmptySubsequences: false)
            .contains(where: { $0.count > width / 2 && $0.displayWidth > width && !$0.contains("\u{1B}") }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width / 2, line.displayWidth > width, !line.contains("\u{1B}") else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            let room = max(width - indent.count, width / 2, 1)
            let characters = Array(line.dropFirst(indent.count))
            let widths = characters.map(\.displayWidth)
            // The columns from each place to the end.
            var after = [Int](repeating: 0, count: characters.count + 1)
            for i in stride(from: characters.count - 1, through: 0, by: -1) { after[i] = after[i + 1] + widths[i] }
            func skipBlanks(_ i: Int) -> Int {
                var i = i
                while i < characters.count, characters[i] == " " { i += 1 }
                return i
            }
            var pieces: [String] = []
            var start = 0
            while after[start] > room {
                // The window: as many characters as take at most one column more than the room.
                var end = start
                var used = 0
                while end < characters.count, used + widths[end] <= room + 1 {
                    used += widths[end]
                    end += 1
                }
                if let blank = (start..<end).last(where: { characters[$0] == " " }), blank > start {
                    pieces.append(String(characters[start..<blank]).trimmingTrailingBlanks())
                    start = skipBlanks(blank)
                } else {
                    // A word longer than the line (a path): whole, on a line of its own that the
                    // terminal wraps, so it can still be copied as one.
                    var stop = start
                    while stop < characters.count, characters[stop] != " " { stop += 1 }
                    pieces.append(String(characters[start..<stop]))
                    start = skipBlanks(stop)
                }
            }
            pieces.append(String(characters[start...]))
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
        guard flat.displayWidth > width else { return flat }
        guard width > 1 else { return String(flat.prefix(max(0, width))) }
        // As many characters as fit in width - 1 columns, then the ellipsis.
        var kept = ""
        var used = 0
        for character in flat {
            let w = character.displayWidth
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        return kept + "…"
    }

    /// Pads a text with blanks to `width` columns of a terminal (an emoji takes two).
    static func pad(_ text: String, _ width: Int) -> String {
        let used = text.displayWidth
        return used >= width ? text : text + String(repeating: " ", count: width - used)
    }

    /// A table: a heading row, a rule, then the rows, each row one line.
    /// Every column is as wide as its widest cell; where the rows do not fit
    /// `width`, the widest column is cut (its cells end in `…`), then the
    /// next widest, down to the width of its heading; then headings wider
    /// than their cells are cut; then texts further. The columns in `whole`
    /// (numbers, ids that are typed) keep every cell whole. With `wrapLast`
    /// the last column's cells wrap under their start instead, and the other
    /// columns are cut to leave it room.
    static func table(_ headings: [String], _ rows: [[String]], width: Int, wrapLast: Bool = false, whole: Set<Int> = [0]) -> String {
        let columns = headings.count
        guard columns > 0 else { return "" }
        var widths = headings.map(\.displayWidth)
        var cells = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns {
                cells[i] = max(cells[i], cell.replacingOccurrences(of: "\n", with: " ").displayWidth)
            }
        }
        for i in 0..<columns { widths[i] = max(widths[i], cells[i]) }
        let natural = widths
        let gaps = 2 * (columns - 1)
        let cuttable = (0..<(wrapLast ? columns - 1 : columns))
        let lastRoom = wrapLast ? min(natural[columns - 1], 20) : 0
        func tooWide() -> Bool { cuttable.map { widths[$0] }.reduce(0, +) + gaps + lastRoom > width }
        // Each pass cuts the widest column it may, one character at a time, down to a floor:
        // Texts first keep eight characters and their heading; then headings
        // are cut to their cells; then texts are cut to three characters.
        let floors: [(Int) -> Int] = [
            { i in whole.contains(i) ? natural[i] : min(natural[i], max(8, headings[i].count)) },
            { i in whole.contains(i) ? max(3, cells[i]) : min(natural[i], 8) },
            { i in whole.contains(i) ? max(3, cells[i]) : min(natural[i], 3) },
        ]
        for least in floors {
            while tooWide(), let widest = cuttable.filter({ widths[$0] > least($0) }).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
            }
        }
        let fixed = widths.dropLast().reduce(0, +) + gaps
        if wrapLast { widths[columns - 1] = max(10, width - fixed) }
        func render(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() where i < columns {
                if i < columns - 1 {
                    parts.append(pad(cut(cell, to: widths[i]), widths[i]))
                } else if wrapLast {
                    // Later lines of the last cell start under its first.
                    let lines = wrap(cell, width: widths[i]).split(separator: "\n", omittingEmptySubsequences: false)
                    let indent = String(repeating: " ", count: fixed)
                    parts.append(lines.enumerated().map { $0.offset == 0 ? String($0.element) : indent + $0.element }
                        .joined(separator: "\n"))
                } else {
                    parts.append(cut(cell, to: widths[i]))
                }
            }
            return parts.joined(separator: "  ").trimmingTrailingBlanks()
        }
        let rule = (0..<columns).map { String(repeating: "-", count: min(widths[$0], natural[$0])) }
        return ([render(headings), rule.joined(separator: "  ")] + rows.map(render)).joined(separator: "\n")
    }
}

extension Character {
    /// The columns the character takes at a terminal: 2 for emoji and wide East Asian
    /// characters, 0 for a lone joiner or variation selector, otherwise 1.
    var displayWidth: Int {
        guard let first = unicodeScalars.first else { return 0 }
        if unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        if unicodeScalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji { return 2 }
        switch first.value {
        case 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}

extension StringProtocol {
    /// The columns the text takes at a terminal, an emoji counted as two.
    var displayWidth: Int {
        reduce(0) { $0 + $1.displayWidth }
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
