import MalbildCore

/// What is wrong with one line of a spreadsheet of values: the line's number and the fault.
public struct MeasurementCSVLineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// More fields than the header has columns, and the extra ones are not empty.
        case tooManyFields(found: Int, expected: Int, form: MeasurementCSVForm)
        /// A cell that should hold a number does not; `column` is its header as written.
        case notANumber(column: String, text: String)
        /// A number too large to record (``Number/isAllowed(_:)``); `column` is its header as written.
        case valueOutOfRange(column: String, text: String)
        /// The indicator cell is empty.
        case noIndicator
        /// The date or checkpoint cell is empty.
        case noDate
        /// Neither a value nor a status.
        case noValue
        /// No indicator of the workspace has the id.
        case unknownIndicator(String, known: [String])
        /// The date does not exist, such as 2019-04-31 (Day's message says why).
        case badDate(DayError)
        /// The text is neither a date nor a checkpoint of the calendar.
        case notADateOrCheckpoint(String, checkpoints: [String])
        /// The indicator's series has ended and takes no new values.
        case discontinued(String, replacedBy: String?)
        /// An earlier line has a value for the same indicator and day.
        case duplicate(indicator: String, day: Day, firstLine: Int)
    }

    /// The line, from 1 (the header is a line too).
    public let line: Int
    /// What is wrong.
    public let fault: Fault

    /// Creates an error about a line.
    public init(line: Int, fault: Fault) {
        self.line = line
        self.fault = fault
    }

    /// `line 4: 2019-04-31 does not exist: April has 30 days`.
    public var description: String { "line \(line): \(message)" }

    /// What is wrong, without the line number.
    public var message: String {
        switch fault {
        case let .tooManyFields(found, expected, form):
            var text = "it has \(found) fields but the header has \(expected)"
            if form == .plain { text += " (a decimal comma in a comma-separated file? write 52.5, or put the number in quotes: \"52,5\")" }
            return text
        case let .notANumber(column, text):
            return "\"\(text)\" is not a number (\(column)); write e.g. 52.5 or 52,5, or leave the cell empty"
        case let .valueOutOfRange(column, text):
            return "\"\(text)\" is too large (\(column)): a value must be smaller than 1 000 000 000 000 000 in size"
        case .noIndicator:
            return "there is no indicator id"
        case .noDate:
            return "there is no date or checkpoint"
        case .noValue:
            return "there is no value: give a value, or - and a status saying why it is missing"
        case let .unknownIndicator(id, known):
            guard !known.isEmpty else { return "there is no indicator \"\(id)\": the workspace has none yet" }
            let shown = known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
            return "there is no indicator \"\(id)\": the indicators are \(shown)"
        case .badDate(let error):
            return error.description
        case let .notADateOrCheckpoint(text, checkpoints):
            return "\"\(text)\" is neither a date (YYYY-MM-DD, e.g. 2019-04-30) nor a checkpoint ("
                + checkpoints.joined(separator: ", ") + ")"
        case let .discontinued(id, replacedBy):
            let next = replacedBy.map { "; record new values on \"\($0)\"" } ?? ""
            return "the series \"\(id)\" has ended and takes no new values\(next)"
        case let .duplicate(indicator, day, firstLine):
            return "\(indicator) has a value for \(day) on line \(firstLine) already"
        }
    }
}
