/// Why a text is not a valid day.
public enum DayError: Error, Equatable, CustomStringConvertible {
    /// The text is not of the form YYYY-MM-DD.
    case notADate(String)
    /// The year is outside 1000–9999.
    case yearOutOfRange(Int)
    /// The month is outside 1–12.
    case noSuchMonth(Int)
    /// The day is outside the month.
    case noSuchDay(year: Int, month: Int, day: Int, length: Int)

    /// A message that says what is wrong.
    public var description: String {
        switch self {
        case .notADate(let text):
            return "\"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. 2019-04-30"
        case .yearOutOfRange(let year):
            return "the year \(year) is out of range: years run from 1000 to 9999"
        case .noSuchMonth(let month):
            return "there is no month \(month); months run from 01 to 12"
        case let .noSuchDay(year, month, day, length):
            let name = Day.monthNames[month - 1]
            let m = month < 10 ? "0\(month)" : "\(month)"
            let d = day < 10 ? "0\(day)" : "\(day)"
            if month == 2 && day == 29 {
                return "\(year)-\(m)-\(d) does not exist: \(year) is not a leap year, so February has 28 days"
            }
            return "\(year)-\(m)-\(d) does not exist: \(name) has \(length) days"
        }
    }
}
