/// Where an indicator's values come from.
public enum IndicatorSource: Codable, Equatable, Sendable, CustomStringConvertible {
    /// A key figure in Kolada, by its KPI id, e.g. N00945.
    case kolada(kpi: String)
    /// An index of SCB's citizen survey: NRI, NMI or NII.
    case scb(index: String)
    /// An area of SKR's Kommunkompassen evaluation.
    case kommunkompassen(area: String)
    /// Values entered by hand.
    case manual

    /// Parses `kolada:KPI`, `scb:NII`, `kommunkompassen:AREA` or `manual`.
    public init(parsing text: String) throws(IndicatorSourceError) {
        if text.lowercased() == "manual" {
            self = .manual
            return
        }
        guard let colon = text.firstIndex(of: ":") else { throw .unknown(text) }
        let kind = text[..<colon].lowercased()
        let value = String(text[text.index(after: colon)...])
        guard !value.isEmpty else { throw .missingValue(kind) }
        switch kind {
        case "kolada":
            let kpi = value.uppercased()
            guard kpi.count == 6, kpi.first?.isLetter == true, kpi.dropFirst().allSatisfy(\.isNumber) else {
                throw .badKPI(value)
            }
            self = .kolada(kpi: kpi)
        case "scb":
            let index = value.uppercased()
            guard ["NRI", "NMI", "NII"].contains(index) else { throw .badSCBIndex(value) }
            self = .scb(index: index)
        case "kommunkompassen":
            self = .kommunkompassen(area: value)
        default:
            throw .unknown(text)
        }
    }

    /// The source as it is typed: `kolada:N00945`.
    public var description: String {
        switch self {
        case .kolada(let kpi): return "kolada:\(kpi)"
        case .scb(let index): return "scb:\(index)"
        case .kommunkompassen(let area): return "kommunkompassen:\(area)"
        case .manual: return "manual"
        }
    }
}
