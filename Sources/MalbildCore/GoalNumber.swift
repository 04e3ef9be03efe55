/// A goal's number as a path in the goal tree: `1` for a council goal, `1.2` for a
/// committee's goal under it, `1.2.1` for a sub-goal under that (three levels at most).
///
/// Numbers sort in tree order: `1 < 1.1 < 1.1.1 < 1.2 < 2`. A goal's parent is its
/// number without the last part. In the workspace file a top-level number is written
/// as a JSON integer, as every older format has it, and a deeper one as a string `"1.2"`.
public struct GoalNumber: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The deepest a goal may sit: a top-level goal, a goal under it and one under that.
    public static let maximumDepth = 3
    /// The numbers each part may have: those a command can type.
    public static let partRange = 0...999_999

    /// The top-level part: any whole number as read from a file (the range is checked
    /// where a file is opened), ``partRange`` when typed.
    private let top: Int
    /// The parts below the top packed in one number, so that comparing and hashing goal
    /// numbers costs no more than with whole numbers: the second part times 2^20 plus the
    /// third, 0 for a part that is not there (those parts are 1 to 999 999 < 2^20).
    private let below: Int

    /// The number of bits a part below the top takes in ``below``.
    private static let bits = 20
    /// The mask of one part in ``below``.
    private static let mask = (1 << bits) - 1

    /// The parts, outermost first; never empty.
    public var parts: [Int] {
        let second = below >> Self.bits, third = below & Self.mask
        if second == 0 { return [top] }
        return third == 0 ? [top, second] : [top, second, third]
    }

    /// A number from its parts; nil when there are none, more than ``maximumDepth``,
    /// or a part outside ``partRange`` (a part below the top must be at least 1).
    public init?(parts: [Int]) {
        guard let first = parts.first, parts.count <= Self.maximumDepth,
              parts.allSatisfy({ Self.partRange.contains($0) }),
              parts.dropFirst().allSatisfy({ $0 >= 1 })
        else { return nil }
        top = first
        below = parts.dropFirst().enumerated().reduce(0) { packed, part in
            packed | part.element << (Self.bits * (1 - part.offset))
        }
    }

    private init(top: Int, below: Int) {
        self.top = top
        self.below = below
    }

    /// A top-level number.
    public init(_ number: Int) {
        top = number
        below = 0
    }

    /// A top-level number.
    public init(integerLiteral value: Int) {
        top = value
        below = 0
    }

    /// Reads `6`, `1.2` or `1.2.1`: digits only, parts parted by a dot;
    /// nil for anything else.
    public init?(_ text: String) {
        // A top-level number, as most are, is read from its digits without splitting.
        if let top = Self.digits(text) {
            self.init(top)
            return
        }
        // Every part is digits: a text that starts otherwise (a command's name) is none.
        guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        var parts: [Int] = []
        for piece in pieces {
            guard !piece.isEmpty, piece.count <= 6, piece.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let n = Int(piece) else { return nil }
            parts.append(n)
        }
        self.init(parts: parts)
    }

    /// `1.2`.
    public var description: String {
        let second = below >> Self.bits, third = below & Self.mask
        if second == 0 { return String(top) }
        return third == 0 ? "\(top).\(second)" : "\(top).\(second).\(third)"
    }

    /// The number that one to six ASCII digits write; nil for any other text.
    private static func digits(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard (1...6).contains(utf8.count) else { return nil }
        var n = 0
        for byte in utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            n = n * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return n
    }

    /// How deep the goal sits: 1 for a top-level goal.
    public var depth: Int {
        below == 0 ? 1 : (below & Self.mask == 0 ? 2 : 3)
    }

    /// The last part: `2` of `1.2`.
    public var last: Int {
        switch depth {
        case 1: return top
        case 2: return below >> Self.bits
        default: return below & Self.mask
        }
    }

    /// The parent's number: `1` for `1.2`; nil for a top-level number.
    public var parent: GoalNumber? {
        switch depth {
        case 1: return nil
        case 2: return GoalNumber(top: top, below: 0)
        default: return GoalNumber(top: top, below: below & ~Self.mask)
        }
    }

    /// The number of a child: `1.3` for `child(3)` of `1`; nil when it would be too deep.
    public func child(_ n: Int) -> GoalNumber? {
        GoalNumber(parts: parts + [n])
    }

    /// Whether this number is `other` or lies under it: `1.2.1` is within `1`.
    public func isWithin(_ other: GoalNumber) -> Bool {
        guard top == other.top, depth >= other.depth else { return false }
        switch other.depth {
        case 1: return true
        case 2: return below >> Self.bits == other.below >> Self.bits
        default: return below == other.below
        }
    }

    /// This number with the start `old` replaced by `new`: `1.2.1` moved from `1.2` to `3.1`
    /// is `3.1.1`; nil when it is not within `old` or the result would be too deep.
    public func moved(from old: GoalNumber, to new: GoalNumber) -> GoalNumber? {
        guard isWithin(old) else { return nil }
        return GoalNumber(parts: new.parts + parts.dropFirst(old.parts.count))
    }

    /// Tree order: a parent before its children, children by number.
    public static func < (a: GoalNumber, b: GoalNumber) -> Bool {
        // A part that is not there is 0 and every part below the top is at least 1,
        // so a parent comes before its children.
        (a.top, a.below) < (b.top, b.below)
    }
}

extension GoalNumber: Codable {
    /// Reads an integer (every format) or a dotted string (`"1.2"`, format 5).
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let n = try? container.decode(Int.self) {
            self.init(n)
            return
        }
        let text = try container.decode(String.self)
        guard let number = GoalNumber(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a goal number such as 1, 1.2 or 1.2.1")
        }
        self = number
    }

    /// Writes a top-level number as an integer, a deeper one as a dotted string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if below == 0 {
            try container.encode(top)
        } else {
            try container.encode(description)
        }
    }
}
