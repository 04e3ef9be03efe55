/// Splits CSV text into records of fields, each with the line it starts on.
///
/// Fields may be quoted (`"…"`), with `""` for a quote inside; a quoted field may hold the
/// separator and line breaks. Lines end in LF, CRLF or CR. A quote inside an unquoted field
/// is kept as it is, as Excel does.
struct CSVRecords {
    /// A record: the line it starts on (from 1) and its fields, untrimmed.
    struct Record: Equatable {
        let line: Int
        let fields: [String]
    }

    /// A quoted field that is never closed, and the line it opens on.
    struct UnclosedQuote: Error, Equatable {
        let line: Int
    }

    /// The records of `bytes`, fields separated by `separator`, from `start`.
    static func split(_ bytes: [UInt8], separator: UInt8, from start: Int = 0, firstLine: Int = 1) throws(UnclosedQuote) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = firstLine
        var recordLine = firstLine
        var i = start
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var atFieldStart = true
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == quote && atFieldStart {
                // A quoted field: up to the closing quote, "" standing for one quote.
                let opened = line
                i += 1
                var closed = false
                while i < bytes.count {
                    let c = bytes[i]
                    if c == quote {
                        if i + 1 < bytes.count, bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if c == lf || (c == cr && !(i + 1 < bytes.count && bytes[i + 1] == lf)) { line += 1 }
                    field.append(c)
                    i += 1
                }
                guard closed else { throw UnclosedQuote(line: opened) }
                atFieldStart = false
                continue
            }
            atFieldStart = false
            if b == separator {
                endField()
                atFieldStart = true
                i += 1
            } else if b == lf || b == cr {
                endField()
                records.append(Record(line: recordLine, fields: fields))
                fields.removeAll(keepingCapacity: true)
                i += (b == cr && i + 1 < bytes.count && bytes[i + 1] == lf) ? 2 : 1
                line += 1
                recordLine = line
                atFieldStart = true
            } else {
                field.append(b)
                i += 1
            }
        }
        if !fields.isEmpty || !field.isEmpty || !atFieldStart {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
