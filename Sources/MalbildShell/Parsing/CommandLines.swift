/// Gathers the lines of one command: a command goes on while a quote is open
/// or a line ends with a backslash.
///
/// Each line is looked at once, carrying whether a quote is open from the
/// line before, so a text of many lines takes time in proportion to its
/// length. A command longer than ``limit`` characters is not kept: its lines
/// are read to its end and then ``tooLong`` says so, so no line of it runs as
/// a command of its own.
public struct CommandLines: Sendable {
    /// The most characters one command may have: about 300 pages of text.
    public static let limit = 1_000_000

    /// The limit as messages write it, in groups of thousands: `1 000 000`.
    public static var limitText: String {
        var digits = String(limit)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: " ")
    }

    /// The command so far, its lines joined by newlines (empty once it is too long).
    public private(set) var text = ""
    /// How many lines it has.
    public private(set) var lineCount = 0
    /// Whether it went over ``limit``.
    public private(set) var tooLong = false
    /// Characters so far; counted only once the bytes go over ``limit`` (a character has at
    /// least one byte, so below that the command cannot be too long).
    private var length: Int?
    private var bytes = 0
    private var inQuote = false
    /// The words of a command of one line, split while its end was looked for; nil for a
    /// command of several lines or one too long, which the session splits itself.
    public private(set) var tokens: [Token]?

    /// An empty command.
    public init() {}

    /// Whether no line has been added.
    public var isEmpty: Bool { lineCount == 0 }

    /// Whether a quote is open at the end of the lines so far (else a final backslash
    /// continues them).
    public var quoteIsOpen: Bool { inQuote }

    /// Adds a line (without its newline). Returns whether the command is complete.
    public mutating func add(_ line: String) -> Bool {
        let first = lineCount == 0
        lineCount += 1
        bytes += line.utf8.count + (first ? 0 : 1)
        if let counted = length {
            length = counted + line.count + (first ? 0 : 1)
        } else if bytes > Self.limit {
            length = first ? line.count : text.count + 1 + line.count
        }
        if let length, length > Self.limit {
            tooLong = true
            text = ""
        } else {
            if !first { text += "\n" }
            text += line
        }
        if first, !tooLong {
            // A first line is split into its words at once: where a command is one line,
            // as most are, that split is the only look at it.
            switch Tokenizer.split(line) {
            case .complete(let words):
                tokens = words
                return true
            case .incomplete(.openQuote):
                inQuote = true
                return false
            case .incomplete(.continuation):
                return false
            }
        }
        tokens = nil
        if first, let c = line.first(where: { $0 != " " && $0 != "\t" }), c == "#" { return true }
        return !continues(after: line)
    }

    /// Reads one line from where the last one left off: whether the command
    /// goes on after it.
    private mutating func continues(after line: String) -> Bool {
        var escaped = false
        for c in line {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if c == "\\" {
                    // Inside quotes only \" and \\ are escapes; skipping the
                    // next character is the same for any other.
                    escaped = true
                } else if c == "\"" {
                    inQuote = false
                }
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                inQuote = true
            }
        }
        // A backslash at the end outside quotes joins the next line; inside
        // quotes it is a plain character and the line break stays.
        return inQuote || escaped
    }
}
