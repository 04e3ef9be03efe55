/// How a CSV report writes its fields and numbers.
public enum CSVStyle: String, CaseIterable, Sendable {
    /// What Swedish Excel opens directly: a byte order mark, semicolons between
    /// fields, decimal comma (52,5).
    case swedishExcel = "excel"
    /// For other tools: no byte order mark, commas between fields, decimal point (52.5).
    case plain

    /// The character between fields.
    public var separator: Character {
        self == .swedishExcel ? ";" : ","
    }

    /// The decimal separator in numbers.
    public var decimalSeparator: Character {
        self == .swedishExcel ? "," : "."
    }
}
