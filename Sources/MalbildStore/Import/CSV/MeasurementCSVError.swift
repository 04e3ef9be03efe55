/// Why a spreadsheet of values could not be read or imported: the file's path and the fault.
///
/// The description names both; bad lines are listed one a line as `PATH:LINE: what is wrong`,
/// the way a script's errors are.
public struct MeasurementCSVError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// There is no file at the path.
        case missing
        /// The path is a folder.
        case isFolder
        /// The file exists but the system refused to read it.
        case notReadable(reason: String)
        /// The file has no header row (it is empty, or holds only blank lines).
        case empty
        /// The header has no column for something needed; the headers it has.
        case missingColumns([MeasurementCSVColumn], found: [String])
        /// Two columns of the header mean the same, by their numbers (from 1).
        case duplicateColumn(MeasurementCSVColumn, first: Int, second: Int)
        /// A quoted field opens on a line and is never closed.
        case unclosedQuote(line: Int)
        /// Lines that cannot be imported; nothing was imported.
        case badLines([MeasurementCSVLineError])
    }

    /// The file.
    public let path: String
    /// What is wrong.
    public let fault: Fault

    /// Creates an error about a file.
    public init(path: String, fault: Fault) {
        self.path = path
        self.fault = fault
    }

    /// A sentence naming the file and the fault; for bad lines, one line each after it.
    public var description: String {
        switch fault {
        case .missing:
            return "\(path) does not exist"
        case .isFolder:
            return "\(path) is a folder, not a spreadsheet of values"
        case .notReadable(let reason):
            return "\(path) cannot be read: \(reason)"
        case .empty:
            return "\(path) is empty: it needs a header row, such as indikator;datum;värde;kvinnor;män"
        case let .missingColumns(missing, found):
            let names = missing.map { column -> String in
                switch column {
                case .indicator: return "the indicator"
                case .when: return "the date (or checkpoint)"
                case .value, .women, .men: return "a value (value, women or men)"
                case .status: return "the status"
                }
            }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names.joined()
            let has = found.isEmpty ? "no headers" : "the headers " + found.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(path) has no column for \(list): it has \(has). Name the columns "
                + "indicator, date (or checkpoint), value, women, men, status, or in Swedish "
                + "indikator, datum, värde, kvinnor, män, status"
        case let .duplicateColumn(column, first, second):
            return "\(path) has two columns for the \(column.rawValue): columns \(first) and \(second)"
        case .unclosedQuote(let line):
            return "\(path):\(line): a quoted field opens here and is never closed"
        case .badLines(let lines):
            let count = lines.count == 1 ? "1 line cannot" : "\(lines.count) lines cannot"
            let list = lines.map { "\(path):\($0.line): \($0.message)" }
            return (["\(path): \(count) be imported, so nothing was imported"] + list).joined(separator: "\n")
        }
    }
}
