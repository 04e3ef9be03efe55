import Foundation
import MalbildCore

/// A spreadsheet of indicator values saved as CSV, read: one row per line with an indicator,
/// a date or checkpoint, and a value in total and/or for women and men.
///
/// The header row names the columns in English or Swedish, in any order: `indicator`/
/// `indikator`, `date`/`datum` (or `checkpoint`/`tidpunkt`), `value`/`värde`, `women`/
/// `kvinnor`, `men`/`män`, and optionally `status`/`kommentar`; other columns are ignored
/// (``ignoredColumns``). The form is told from the header: semicolons with decimal commas
/// as Swedish Excel saves (`indikator;datum;värde` / `nii;2019-04-30;52,5`), or commas with
/// decimal points (`indicator,date,value` / `nii,2019-04-30,52.5`), or tabs. A UTF-8
/// byte-order mark, CRLF line ends, quoted fields and Windows-1252 text are all read;
/// a first line `sep=;` names the separator.
///
/// Numbers are checked here; indicators and dates are checked against a workspace by
/// ``MeasurementCSVPlan``. Lines with faults are kept in ``problems``, not in ``rows``.
public struct MeasurementCSV: Equatable, Sendable {
    /// The text encoding a file was read in.
    public enum Encoding: String, Equatable, Sendable {
        /// UTF-8, with or without a byte-order mark.
        case utf8
        /// UTF-16 with a byte-order mark.
        case utf16
        /// Windows-1252 (what Swedish Excel's plain CSV uses): the text was not UTF-8.
        case windows1252
    }

    /// The file, as shown in messages.
    public let path: String
    /// The form it was saved in.
    public let form: MeasurementCSVForm
    /// The text encoding it was read in.
    public let encoding: Encoding
    /// The line of the header row.
    public let headerLine: Int
    /// The columns found, by what they hold, with their headers as written.
    public let columns: [MeasurementCSVColumn: String]
    /// Headers of columns that are not read.
    public let ignoredColumns: [String]
    /// The rows read without fault, in order.
    public let rows: [MeasurementCSVRow]
    /// The lines with faults, in order.
    public let problems: [MeasurementCSVLineError]

    /// Reads a spreadsheet of values.
    public static func read(at url: URL) throws(MeasurementCSVError) -> MeasurementCSV {
        let (shown, result) = ImportFileReader.read(url)
        switch result {
        case .success(let data): return try parse(data, path: shown)
        case .failure(.missing): throw MeasurementCSVError(path: shown, fault: .missing)
        case .failure(.isFolder): throw MeasurementCSVError(path: shown, fault: .isFolder)
        case .failure(.notReadable(let reason)): throw MeasurementCSVError(path: shown, fault: .notReadable(reason: reason))
        }
    }

    /// Reads the bytes of a spreadsheet of values; `path` is only for messages.
    public static func parse(_ data: Data, path: String) throws(MeasurementCSVError) -> MeasurementCSV {
        let (bytes, encoding) = CSVText.decode(data)
        var (start, line, named) = skipSeparatorLine(bytes)
        // Blank lines before the header are passed over.
        while start < bytes.count, bytes[start] == UInt8(ascii: "\n") || bytes[start] == UInt8(ascii: "\r") {
            if bytes[start] == UInt8(ascii: "\n") || !(start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "\n")) { line += 1 }
            start += 1
        }
        let form = named ?? detectForm(bytes, from: start)
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords.split(bytes, separator: form.separator, from: start, firstLine: line)
        } catch {
            throw MeasurementCSVError(path: path, fault: .unclosedQuote(line: error.line))
        }
        guard let header = records.first(where: { !isBlank($0) }) else { throw MeasurementCSVError(path: path, fault: .empty) }

        // The header: which column holds what.
        var index: [MeasurementCSVColumn: Int] = [:]
        var columns: [MeasurementCSVColumn: String] = [:]
        var ignored: [String] = []
        for (k, raw) in header.fields.enumerated() {
            let name = trimmed(raw)
            guard let column = MeasurementCSVColumn.named(name) else {
                if !name.isEmpty { ignored.append(name) }
                continue
            }
            if let first = index[column] {
                throw MeasurementCSVError(path: path, fault: .duplicateColumn(column, first: first + 1, second: k + 1))
            }
            index[column] = k
            columns[column] = name
        }
        var missing: [MeasurementCSVColumn] = []
        if index[.indicator] == nil { missing.append(.indicator) }
        if index[.when] == nil { missing.append(.when) }
        if index[.value] == nil && index[.women] == nil && index[.men] == nil { missing.append(.value) }
        guard missing.isEmpty else {
            let found = header.fields.map(trimmed).filter { !$0.isEmpty }
            throw MeasurementCSVError(path: path, fault: .missingColumns(missing, found: found))
        }

        // The rows.
        var rows: [MeasurementCSVRow] = []
        var problems: [MeasurementCSVLineError] = []
        for record in records where record.line > header.line && !isBlank(record) {
            func cell(_ column: MeasurementCSVColumn) -> String {
                guard let k = index[column], k < record.fields.count else { return "" }
                return trimmed(record.fields[k])
            }
            func fail(_ fault: MeasurementCSVLineError.Fault) {
                problems.append(MeasurementCSVLineError(line: record.line, fault: fault))
            }
            let extra = record.fields.dropFirst(header.fields.count)
            if extra.contains(where: { !trimmed($0).isEmpty }) {
                fail(.tooManyFields(found: record.fields.count, expected: header.fields.count, form: form))
                continue
            }
            let indicator = cell(.indicator)
            let when = cell(.when)
            guard !indicator.isEmpty else { fail(.noIndicator); continue }
            guard !when.isEmpty else { fail(.noDate); continue }
            var numbers: [MeasurementCSVColumn: Double] = [:]
            var bad: MeasurementCSVLineError.Fault?
            for column in [MeasurementCSVColumn.value, .women, .men] where bad == nil {
                let text = cell(column)
                if text.isEmpty || ["-", "–", "—"].contains(text) { continue }
                if let number = number(text) {
                    guard Number.isAllowed(number) else {
                        bad = .valueOutOfRange(column: columns[column] ?? column.rawValue, text: text)
                        continue
                    }
                    numbers[column] = number
                } else {
                    bad = .notANumber(column: columns[column] ?? column.rawValue, text: text)
                }
            }
            if let bad { fail(bad); continue }
            let status = cell(.status)
            if numbers.isEmpty && status.isEmpty { fail(.noValue); continue }
            rows.append(MeasurementCSVRow(line: record.line, indicator: indicator, when: when, total: numbers[.value],
                                          women: numbers[.women], men: numbers[.men], status: status))
        }
        return MeasurementCSV(path: path, form: form, encoding: encoding, headerLine: header.line, columns: columns,
                              ignoredColumns: ignored, rows: rows, problems: problems)
    }

    /// Creates a read spreadsheet.
    public init(
        path: String,
        form: MeasurementCSVForm,
        encoding: Encoding = .utf8,
        headerLine: Int = 1,
        columns: [MeasurementCSVColumn: String],
        ignoredColumns: [String] = [],
        rows: [MeasurementCSVRow],
        problems: [MeasurementCSVLineError] = []
    ) {
        self.path = path
        self.form = form
        self.encoding = encoding
        self.headerLine = headerLine
        self.columns = columns
        self.ignoredColumns = ignoredColumns
        self.rows = rows
        self.problems = problems
    }

    /// Whether a record has nothing but blanks, as Excel leaves below the data (`;;;;`).
    private static func isBlank(_ record: CSVRecords.Record) -> Bool {
        record.fields.allSatisfy { trimmed($0).isEmpty }
    }

    /// A cell without the white space (line breaks and no-break spaces too) around it.
    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// A number as the shell reads one (``Number/parse(_:)``: a decimal point or comma,
    /// blanks between thousands), with a quick path for plain digits.
    private static func number(_ text: String) -> Double? {
        var plain = true
        var marks = 0
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"): continue
            case UInt8(ascii: "."), UInt8(ascii: ","): marks += 1
            default: plain = false
            }
        }
        guard plain, marks <= 1 else { return Number.read(text) }
        let value = marks == 0 ? Double(text) : Double(String(text.map { $0 == "," ? "." : $0 }))
        return value.flatMap { $0.isNaN ? nil : $0 }
    }

    /// Passes over a first line `sep=X`, as Excel writes and reads it; the position after
    /// it, the line number there, and the form it names.
    private static func skipSeparatorLine(_ bytes: [UInt8]) -> (Int, Int, MeasurementCSVForm?) {
        let prefix = Array("sep=".utf8)
        guard bytes.count > prefix.count, Array(bytes[0..<prefix.count]).map({ $0 | 0x20 }) == prefix,
              let form = MeasurementCSVForm(separator: bytes[prefix.count]) else { return (0, 1, nil) }
        var i = prefix.count + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\r") { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
        return (i, 2, form)
    }

    /// The form the header line is in: semicolons before tabs before commas, outside quotes.
    private static func detectForm(_ bytes: [UInt8], from start: Int) -> MeasurementCSVForm {
        var semicolons = 0
        var tabs = 0
        var quoted = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted {
                if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
                if b == UInt8(ascii: ";") { semicolons += 1 }
                if b == UInt8(ascii: "\t") { tabs += 1 }
            }
            i += 1
        }
        if semicolons > 0 { return .swedish }
        if tabs > 0 { return .tabs }
        return .plain
    }
}
