/// Why a text is not an indicator source.
public enum IndicatorSourceError: Error, Equatable, CustomStringConvertible {
    /// Not one of the known forms.
    case unknown(String)
    /// A form without its value, e.g. `kolada:`.
    case missingValue(String)
    /// A Kolada KPI id that is not a letter and five digits.
    case badKPI(String)
    /// Not one of SCB's three indices.
    case badSCBIndex(String)

    /// A message that says what is wrong.
    public var description: String {
        switch self {
        case .unknown(let text):
            return "\"\(text)\" is not a source: use kolada:KPI, scb:NII, kommunkompassen:AREA or manual"
        case .missingValue(let kind):
            return "\(kind): needs a value after the colon, e.g. kolada:N00945"
        case .badKPI(let text):
            return "\"\(text)\" is not a Kolada KPI id: those are a letter and five digits, e.g. N00945"
        case .badSCBIndex(let text):
            return "\"\(text)\" is not an index of SCB's citizen survey: use NRI, NMI or NII"
        }
    }
}
