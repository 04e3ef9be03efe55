/// What an interactive reader does when the user presses Tab: the pure part of completion,
/// kept apart from libedit so it can be tested without a terminal.
public enum CompletionPlan: Equatable, Sendable {
    /// Nothing to complete: the reader beeps.
    case none
    /// Delete `wordLength` Unicode scalars before the cursor (the last word) and insert `text`.
    case replace(wordLength: Int, text: String)
    /// Several candidates and no progress possible: show them below the line.
    case list([String])

    /// The plan for `candidates` (full replacements for the last word of `lineBeforeCursor`).
    ///
    /// One candidate replaces the word and adds a space. Several candidates insert their
    /// longest common prefix when that makes progress, and are listed otherwise.
    public static func plan(lineBeforeCursor: String, candidates: [String]) -> CompletionPlan {
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0).inserted }
        let word = lastWord(of: lineBeforeCursor)
        let wordLength = word.unicodeScalars.count
        guard let first = unique.first else { return .none }
        if unique.count == 1 {
            return .replace(wordLength: wordLength, text: first + " ")
        }
        let prefix = longestCommonPrefix(unique)
        if prefix.count >= word.count && prefix != word {
            return .replace(wordLength: wordLength, text: prefix)
        }
        return .list(unique)
    }

    /// The last word of `line`: the text after the last whitespace that is not inside quotes
    /// ("…" or '…') or escaped with a backslash; empty when the line ends with whitespace.
    public static func lastWord(of line: String) -> Substring {
        var wordStart = line.startIndex
        var quote: Character?
        var escaped = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if escaped {
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character.isWhitespace {
                wordStart = next
            }
            index = next
        }
        return line[wordStart...]
    }

    /// `candidates` laid out in columns (filled top to bottom, then left to right, like `ls`)
    /// to fit `width` terminal columns; every row ends with a newline.
    public static func columns(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let cellWidth = (candidates.map(\.count).max() ?? 0) + 2
        let columnCount = max(1, min(candidates.count, width / cellWidth))
        let rowCount = (candidates.count + columnCount - 1) / columnCount
        var output = ""
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                let candidate = candidates[index]
                line += candidate
                line += String(repeating: " ", count: cellWidth - candidate.count)
            }
            while line.last == " " { line.removeLast() }
            output += line + "\n"
        }
        return output
    }

    /// The longest string that every one of `strings` starts with.
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first?[...] else { return "" }
        for string in strings.dropFirst() {
            let common = zip(prefix, string).prefix { $0 == $1 }.count
            prefix = prefix.prefix(common)
        }
        return String(prefix)
    }
}
