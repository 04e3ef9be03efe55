/// The lines of a decision's text, numbered as they stand, with a page laid
/// out in two columns (as `pdftotext -layout` gives a two-column PDF: both
/// columns side by side on each line) read column by column.
enum ColumnLayout {
    /// The text's lines, trimmed, numbered from 1; form feeds (page breaks) removed.
    static func lines(of text: String) -> [DecisionLine] {
        let normal = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var pages: [[(Int, String)]] = [[]]
        for (i, raw) in normal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw).replacingOccurrences(of: "\t", with: "    ")
            if line.contains("\u{C}") {
                if !(pages.last?.isEmpty ?? true) { pages.append([]) }
                line = line.replacingOccurrences(of: "\u{C}", with: "")
            }
            pages[pages.count - 1].append((i + 1, line))
        }
        if normal.hasSuffix("\n"), pages.last?.last?.1.isEmpty == true { pages[pages.count - 1].removeLast() }
        return pages.flatMap(read).map { DecisionLine(number: $0.0, text: DecisionText.trimmed($0.1)) }
    }

    /// One page: as it stands, or its two columns one after the other.
    private static func read(_ page: [(Int, String)]) -> [(Int, String)] {
        let chars = page.map { Array($0.1) }
        guard let edge = rightColumnEdge(chars) else { return page }
        // The block of lines with text on both sides of the gap.
        let twoSided = chars.indices.filter { hasGap(chars[$0], at: edge) && hasText(chars[$0], before: edge) }
        guard let top = twoSided.first, let bottom = twoSided.last else { return page }
        // Every line of the block must leave the gap free; a line across it means no columns.
        for i in top...bottom where chars[i].count > edge - 1 {
            guard chars[i][edge - 1] == " " else { return page }
        }
        var left: [(Int, String)] = []
        var right: [(Int, String)] = []
        for i in top...bottom {
            let line = chars[i]
            left.append((page[i].0, String(line.prefix(edge - 1))))
            // A row empty on one side is a blank line in that column: it ends a paragraph there.
            right.append((page[i].0, line.count > edge ? String(line[edge...]) : ""))
        }
        return Array(page[..<top]) + left + right + Array(page[(bottom + 1)...])
    }

    /// The column where a right-hand column starts: the position most lines
    /// resume at after a gap of three or more spaces, if at least three lines
    /// and a quarter of the page's lines with text do.
    private static func rightColumnEdge(_ lines: [[Character]]) -> Int? {
        var counts: [Int: Int] = [:]
        for line in lines {
            var spaces = 0
            var seenText = false
            for (p, c) in line.enumerated() {
                if c == " " {
                    spaces += 1
                    continue
                }
                if seenText, spaces >= 3, p >= 10 { counts[p, default: 0] += 1 }
                seenText = true
                spaces = 0
            }
        }
        let withText = lines.filter { $0.contains { $0 != " " } }.count
        guard let (edge, count) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              count >= 3, count * 4 >= withText else { return nil }
        return edge
    }

    private static func hasGap(_ line: [Character], at edge: Int) -> Bool {
        line.count > edge && line[edge] != " " && line[(edge - 3)..<edge].allSatisfy { $0 == " " }
    }

    private static func hasText(_ line: [Character], before edge: Int) -> Bool {
        line.prefix(edge - 3).contains { $0 != " " }
    }
}
