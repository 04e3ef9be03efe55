import Foundation

/// A calendar day without a time zone, such as 2019-04-30.
///
/// Creating one checks the date: 2019-04-31 is refused, because April has 30
/// days, rather than being shifted to 1 May.
public struct Day: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// The English month names, for messages.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Creates a day, checking that it exists.
    public init(year: Int, month: Int, day: Int) throws(DayError) {
        guard (1000...9999).contains(year) else { throw DayError.yearOutOfRange(year) }
        guard (1...12).contains(month) else { throw DayError.noSuchMonth(month) }
        let length = Day.length(ofMonth: month, year: year)
        guard (1...length).contains(day) else {
            throw DayError.noSuchDay(year: year, month: month, day: day, length: length)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day taken apart from one that was checked, put together again without a check.
    init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 date, `YYYY-MM-DD`.
    public init(parsing text: String) throws(DayError) {
        // The usual case, YYYY-MM-DD in ASCII digits, without splitting the text.
        let utf8 = text.utf8
        if utf8.count == 10 {
            var digits: [Int] = []
            digits.reserveCapacity(8)
            var shape = true
            for (i, byte) in utf8.enumerated() {
                if i == 4 || i == 7 {
                    if byte != UInt8(ascii: "-") { shape = false; break }
                } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    digits.append(Int(byte - UInt8(ascii: "0")))
                } else {
                    shape = false
                    break
                }
            }
            if shape {
                let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
                try self.init(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
                return
            }
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw DayError.notADate(text) }
        try self.init(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`, a day and a month name in Swedish or English
    /// with an optional year (`31 april`, `30 April 2019`), or a day and a month's
    /// number as Swedish writes them (`31/8`, `31/8/2019`), taking the year
    /// from `year` when none is written.
    public init(parsing text: String, year: Int) throws(DayError) {
        if let slashed = Day.slashed(text) {
            try self.init(year: slashed.year ?? year, month: slashed.month, day: slashed.day)
            return
        }
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard words.count == 2 || words.count == 3, let day = Int(words[0]),
              let month = Day.monthNumber(words[1])
        else {
            try self.init(parsing: text)
            return
        }
        var y = year
        if words.count == 3 {
            guard let given = Int(words[2]), words[2].count == 4 else { throw DayError.notADate(text) }
            y = given
        }
        try self.init(year: y, month: month, day: day)
    }

    /// Whether a date as ``init(parsing:year:)`` reads it names its year: `2025-03-31`,
    /// `31 mars 2025` and `31/3/2025` do, `31 mars` and `31/3` do not.
    public static func writesYear(_ text: String) -> Bool {
        if let slashed = slashed(text) { return slashed.year != nil }
        let words = text.split(separator: " ")
        return !(words.count == 2 && Int(words[0]) != nil && monthNumber(words[1].lowercased()) != nil)
    }

    /// `D/M` or `D/M/YYYY` taken apart; nil for a text of another shape.
    private static func slashed(_ text: String) -> (day: Int, month: Int, year: Int?)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        func digits(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 2 || parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
              digits(parts[0]), digits(parts[1]), let day = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        guard parts.count == 3 else { return (day, month, nil) }
        guard parts[2].count == 4, digits(parts[2]), let year = Int(parts[2]) else { return nil }
        return (day, month, year)
    }

    /// The month a Swedish or English name (or its first three letters) means.
    static func monthNumber(_ name: String) -> Int? {
        let swedish = ["januari", "februari", "mars", "april", "maj", "juni",
                       "juli", "augusti", "september", "oktober", "november", "december"]
        let key = name.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if let i = swedish.firstIndex(of: key) ?? monthNames.map({ $0.lowercased() }).firstIndex(of: key) {
            return i + 1
        }
        guard key.count >= 3 else { return nil }
        if let i = swedish.firstIndex(where: { $0.hasPrefix(key) }) { return i + 1 }
        if let i = monthNames.firstIndex(where: { $0.lowercased().hasPrefix(key) }) { return i + 1 }
        return nil
    }

    /// Whether a word names a month in Swedish or English (or is its first
    /// three letters or more), as a date phrase such as `31 april` writes it.
    public static func isMonthName(_ word: String) -> Bool {
        monthNumber(word.lowercased()) != nil
    }

    /// The number of days in a month.
    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The number of days in a year.
    public static func length(ofYear year: Int) -> Int {
        Day.length(ofMonth: 2, year: year) == 29 ? 366 : 365
    }

    /// The day's number in its year, 1 January = 1.
    public var dayOfYear: Int {
        (1..<month).map { Day.length(ofMonth: $0, year: year) }.reduce(0, +) + day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    /// Orders days in time.
    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Encodes as the string `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from the string `YYYY-MM-DD`, checking the date.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }
}
