import Testing
@testable import MalbildShell

/// The tokenizer read Characters one by one before it read bytes; that reading is kept here
/// as the reference the byte reading must agree with, token for token and byte for byte.
enum CharacterTokenizer {
    static func split(_ source: String) -> Tokenizer.Outcome {
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
}

@Suite struct TokenizerAgreementTests {
    /// A token as bytes, so that canonically equal but different texts do not pass as equal.
    struct Exact: Equatable, CustomStringConvertible {
        var text: [UInt8], literal: [UInt8], gap: [UInt8], quoted: Bool, offset: Int
        init(_ t: Token) {
            text = Array(t.text.utf8)
            literal = Array(t.literal.utf8)
            gap = Array(t.gap.utf8)
            quoted = t.quoted
            offset = t.offset
        }
        var description: String {
            "\(String(decoding: text, as: UTF8.self).debugDescription)@\(offset) lit \(String(decoding: literal, as: UTF8.self).debugDescription) gap \(String(decoding: gap, as: UTF8.self).debugDescription) q \(quoted)"
        }
    }

    enum Result: Equatable {
        case complete([Exact])
        case incomplete(Tokenizer.Incomplete)
        init(_ outcome: Tokenizer.Outcome) {
            switch outcome {
            case .complete(let tokens): self = .complete(tokens.map(Exact.init))
            case .incomplete(let why): self = .incomplete(why)
            }
        }
    }

    func agree(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Result(Tokenizer.split(line)) == Result(CharacterTokenizer.split(line)),
                "\(line.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func agreesOnTypedLines() {
        let lines = [
            "goal 6", "set goal 1 status proposed", #"note "Anteckning 1 om målet""#,
            #"criteria measurable yes "NII, årligen""#, "undo", #"strategy add "Strategi 4""#,
            "", " ", "\t", "  set   kind\tsteering  ", #"note "ett \"citat\" och \\ streck""#,
            #"set title Mål"6"x"#, "note ÅÄÖ åäö é ü – ”citat”", #"set ambition "Att öka"#,
            "note första \\", "set ambition \"rad ett\nrad två\"", "note första \\\nandra",
            "note första\\\r\nandra", "a\r\nb", "a\rb", "# en kommentar", "   # indragen", "note issue #5",
            "set ambition \"\nAtt öka.\n\"", "set ambition \"  \r\nAtt öka.\r\n \t\"", "note \"rad ett\n\nrad tre\"",
            #"note sa "vi mäter"  nu"#, "note \"\n\"", "note \"\r\n\"", "note \"\n\n\"",
            "note e\u{301} e\u{301}x \u{301}", "note \"\u{301}x\" y", "note \\\u{301} y", "note \\\"\u{301} y",
            "note \"a\\\"\u{301} b\" c", "#\u{FE0F}\u{20E3} nummer", " \u{301}# x", "a \u{301}b",
            "\u{600}\"x\" y", "\u{600} x", "x\u{600}\\", "note 👍🏽 👨‍👩‍👧 🇸🇪🇳🇴 \"🙂 ok\"",
            "note 한국어 नमस्ते ภาษาไทย", "set ambition \"Att öka\" \"och\"mer\\ här",
        ]
        for line in lines { agree(line) }
    }

    /// Lines put together from pieces that are hard to split (marks that join a quote or
    /// a blank, prepended signs, emoji of several scalars, line breaks of both kinds), in a
    /// fixed order of a seeded generator: each run looks at the same 4,000 lines.
    @Test func agreesOnLinesOfTrickyPieces() {
        let pieces = [
            "a", "å", "Ö", "e\u{301}", "\u{301}", "\u{308}", " ", "  ", "\t", "\n", "\r\n", "\r", "\"", "\\", "#",
            "👍🏽", "👨‍👩‍👧", "🇸🇪", "\u{600}", "\u{FE0F}", "\u{20E3}", "\u{200D}", "\u{903}", "ك", "x y", "2",
        ]
        agreeOnLines(of: pieces, seed: 0x5EED_0F_4A1B)
    }

    /// Lines of characters below U+0300 only (each its own character) with quoted words
    /// alone and next to other text, escapes, line breaks of all kinds and open quotes:
    /// the byte reading cuts a quoted word that is a word of its own straight from the
    /// line, and must agree with the reference as when it gathers a word piece by piece.
    @Test func agreesOnSimpleLinesWithQuotedWords() {
        let pieces = [
            "note", "å", "Ä", "é", "x", " ", "  ", "\t", "\n", "\r\n", "\r", "\"", "\"\"", "\\", "\\\"",
            "\"Anteckning om målet\"", "\"a b\"", "\"\"", "#", "2", "--owner", "\u{A0}", "\u{2FF}",
        ]
        agreeOnLines(of: pieces, seed: 0x0051_4D_91E)
    }

    /// 4,000 lines of one to ten pieces each, picked by a generator seeded with `seed`.
    private func agreeOnLines(of pieces: [String], seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<4_000 {
            var line = ""
            for _ in 0..<(1 + next(10)) { line += pieces[next(pieces.count)] }
            agree(line)
        }
    }
}
