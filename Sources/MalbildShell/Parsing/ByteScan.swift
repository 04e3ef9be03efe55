/// One pass of ``Tokenizer/split(_:)`` over a text's UTF-8 bytes.
///
/// Plain bytes are not copied one by one: a word's text is cut from the
/// source in runs, and only quotes, escapes and line breaks inside a word
/// make it gather its text in a buffer. Every cut falls on an ASCII byte, so
/// each piece is whole UTF-8 and the words keep the bytes typed exactly.
struct ByteScan {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let hash = UInt8(ascii: "#")

    /// Whether a byte is a blank: a space or a tab.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Whether every scalar is below U+0300: then each scalar is a character of its own
    /// (but for a carriage return before a line feed), nothing joins a mark, and characters
    /// are counted by their first bytes.
    private let simple: Bool
    private var tokens: [Token] = []
    /// The word's text and its literal so far, once it has a quote or an escape.
    private var text: [UInt8] = []
    private var literal: [UInt8] = []
    /// The open quote's text so far, with escapes resolved.
    private var part: [UInt8] = []
    /// Whether the word gathers its text in ``text`` and ``literal``.
    private var buffered = false
    private var inWord = false
    private var quoted = false
    /// The byte where the word starts.
    private var start = 0
    /// The first byte of the word's plain run that is not yet in the buffers.
    private var run = 0
    /// The first byte of the blanks before the next word.
    private var gapStart = 0
    /// Characters counted up to a byte (a character boundary).
    private var countedBytes = 0
    private var countedCharacters = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        simple = !bytes.contains { $0 >= 0xCC }
    }

    /// Splits the text.
    mutating func split() -> Tokenizer.Outcome {
        let count = bytes.count
        var first = 0
        while first < count, Self.isBlank(bytes[first]) { first += 1 }
        if first < count, bytes[first] == Self.hash, !joins(first) { return .complete([]) }
        var i = 0
        while i < count {
            let byte = bytes[i]
            switch byte {
            case Self.space where !joins(i), Self.tab, Self.lineFeed:
                finish(at: i)
                i += 1
            case Self.carriageReturn where i + 1 < count && bytes[i + 1] == Self.lineFeed:
                finish(at: i)
                i += 2
            case Self.quote where !inWord && simple:
                // A quoted word alone, as a note's text mostly is, is cut from the source.
                if let close = plainQuote(at: i) {
                    append(text: string(i + 1..<close), literal: string(i..<close + 1), quoted: true, start: i, end: close + 1)
                    i = close + 1
                    continue
                }
                fallthrough
            case Self.quote where !joins(i):
                begin(at: i)
                flush(upTo: i)
                literal.append(Self.quote)
                quoted = true
                guard let close = closeQuote(after: i) else { return .incomplete(.openQuote) }
                run = close + 1
                i = close + 1
            case Self.backslash where !joins(i):
                guard i + 1 < count else { return .incomplete(.continuation) }
                let next = bytes[i + 1]
                if next == Self.lineFeed {
                    // A backslash before a line break joins the lines with one blank.
                    finish(at: i)
                    i += 2
                } else if next == Self.carriageReturn, i + 2 < count, bytes[i + 2] == Self.lineFeed {
                    finish(at: i)
                    i += 3
                } else {
                    begin(at: i)
                    flush(upTo: i)
                    // The next byte starts a plain run: it is taken as it is.
                    run = i + 1
                    i += 2
                }
            default:
                begin(at: i)
                i += 1
            }
        }
        finish(at: count)
        return .complete(tokens)
    }

    /// Starts a word at a byte unless one is going on.
    private mutating func begin(at i: Int) {
        guard !inWord else { return }
        inWord = true
        start = i
        run = i
    }

    /// Moves the plain run before a byte into the buffers.
    private mutating func flush(upTo i: Int) {
        if !buffered {
            buffered = true
            text.removeAll(keepingCapacity: true)
            literal.removeAll(keepingCapacity: true)
        }
        let plain = UnsafeBufferPointer(rebasing: bytes[run..<i])
        text.append(contentsOf: plain)
        literal.append(contentsOf: plain)
        run = i
    }

    /// Reads a quoted text whose quote opens at a byte into the buffers; the byte of the
    /// closing quote, or nil when the quote is not closed.
    private mutating func closeQuote(after open: Int) -> Int? {
        part.removeAll(keepingCapacity: true)
        let count = bytes.count
        var from = open + 1
        var i = open + 1
        while i < count {
            let byte = bytes[i]
            if byte == Self.backslash, i + 1 < count, bytes[i + 1] == Self.quote || bytes[i + 1] == Self.backslash,
               !joins(i), !joins(i + 1) {
                part.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
                part.append(bytes[i + 1])
                i += 2
                from = i
                continue
            }
            if byte == Self.quote, !joins(i) {
                part.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
                let kept = part[Tokenizer.trimmedAtQuotes(part[...])]
                text.append(contentsOf: kept)
                literal.append(contentsOf: kept)
                literal.append(Self.quote)
                return i
            }
            i += 1
        }
        return nil
    }

    /// Ends the word going on, if any, at a byte that separates words.
    private mutating func finish(at end: Int) {
        guard inWord else { return }
        let word: String
        let typed: String
        if buffered {
            flush(upTo: end)
            word = String(decoding: text, as: UTF8.self)
            typed = quoted ? String(decoding: literal, as: UTF8.self) : word
        } else {
            word = string(run..<end)
            typed = word
        }
        append(text: word, literal: typed, quoted: quoted, start: start, end: end)
        inWord = false
        quoted = false
        buffered = false
    }

    /// Adds a word that starts and ends at bytes.
    private mutating func append(text: String, literal: String, quoted: Bool, start: Int, end: Int) {
        // A command has a few words: room for them at once, not grown one by one.
        if tokens.isEmpty { tokens.reserveCapacity(8) }
        let gap = tokens.isEmpty ? "" : blanks(gapStart..<start)
        tokens.append(Token(text: text, quoted: quoted, offset: characters(upTo: start), literal: literal, gap: gap))
        gapStart = end
    }

    /// The closing quote of a quoted text that opens a word at a byte and is the whole
    /// word: no escape or line break inside, and a blank, a line break or the end after
    /// it. Nil for any other word, which is read the general way.
    private func plainQuote(at open: Int) -> Int? {
        let count = bytes.count
        var i = open + 1
        while i < count {
            switch bytes[i] {
            case Self.quote:
                let after = i + 1
                if after == count { return i }
                switch bytes[after] {
                case Self.space, Self.tab, Self.lineFeed: return i
                case Self.carriageReturn where after + 1 < count && bytes[after + 1] == Self.lineFeed: return i
                default: return nil
                }
            case Self.backslash, Self.lineFeed:
                return nil
            default:
                i += 1
            }
        }
        return nil
    }

    /// The blanks between two words as typed, a line break (joined by a backslash or not)
    /// counting as one blank.
    private func blanks(_ range: Range<Int>) -> String {
        let slice = bytes[range]
        guard slice.contains(where: { !Self.isBlank($0) }) else { return string(range) }
        var out: [UInt8] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if Self.isBlank(byte) {
                out.append(byte)
                i += 1
            } else {
                // A line break, or a backslash and a line break: one blank.
                out.append(Self.space)
                if byte == Self.backslash { i += 1 }
                if i < range.upperBound, bytes[i] == Self.carriageReturn { i += 1 }
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The characters before a byte that starts a word (a character boundary).
    private mutating func characters(upTo end: Int) -> Int {
        var counted = countedCharacters
        if simple {
            for i in countedBytes..<end {
                let byte = bytes[i]
                // A continuation byte, or a line feed after a carriage return, adds no character.
                if byte & 0xC0 != 0x80, !(byte == Self.lineFeed && i > 0 && bytes[i - 1] == Self.carriageReturn) {
                    counted += 1
                }
            }
        } else {
            counted += string(countedBytes..<end).count
        }
        countedBytes = end
        countedCharacters = counted
        return counted
    }

    /// Whether the ASCII byte at `i` forms one character with a scalar next to it (a
    /// combining mark after it, or a prepended sign before it), and so is plain text.
    private func joins(_ i: Int) -> Bool {
        guard !simple else { return false }
        let mark = Unicode.Scalar(bytes[i])
        if i + 1 < bytes.count, bytes[i + 1] >= 0x80, let next = scalar(at: i + 1), Self.oneCharacter(mark, next) {
            return true
        }
        if i > 0, bytes[i - 1] >= 0x80 {
            var lead = i - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if let before = scalar(at: lead), Self.oneCharacter(before, mark) { return true }
        }
        return false
    }

    /// The scalar whose first byte is at `i`.
    private func scalar(at i: Int) -> Unicode.Scalar? {
        var iterator = bytes[i...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let value) = decoder.decode(&iterator) { return value }
        return nil
    }

    /// Whether two scalars in a row make one character.
    private static func oneCharacter(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        var pair = String.UnicodeScalarView()
        pair.append(a)
        pair.append(b)
        return String(pair).count == 1
    }
}
