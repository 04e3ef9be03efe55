/// The form a spreadsheet of values was saved in, told from its header row.
public enum MeasurementCSVForm: String, Equatable, Sendable, CustomStringConvertible {
    /// As Swedish Excel saves CSV: fields separated by semicolons, decimal commas (`52,5`).
    case swedish
    /// Plain CSV: fields separated by commas, decimal points (`52.5`).
    case plain
    /// Tab-separated text, as Excel saves "Unicode text"; either decimal mark.
    case tabs

    /// The byte that separates fields.
    var separator: UInt8 {
        switch self {
        case .swedish: return UInt8(ascii: ";")
        case .plain: return UInt8(ascii: ",")
        case .tabs: return UInt8(ascii: "\t")
        }
    }

    /// The form whose separator is `byte`, if any.
    init?(separator byte: UInt8) {
        switch byte {
        case UInt8(ascii: ";"): self = .swedish
        case UInt8(ascii: ","): self = .plain
        case UInt8(ascii: "\t"): self = .tabs
        default: return nil
        }
    }

    /// `semicolons and decimal commas (Swedish Excel)`.
    public var description: String {
        switch self {
        case .swedish: return "semicolons and decimal commas (Swedish Excel)"
        case .plain: return "commas and decimal points"
        case .tabs: return "tabs"
        }
    }
}
