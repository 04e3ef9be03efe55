/// Why no Kolada addresses can be given for a workspace.
public enum KoladaURLsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The workspace has no Kolada municipality id.
    case noMunicipality
    /// No indicator of the workspace (that still takes values) has a Kolada source.
    case noKoladaIndicators
    /// The list of years is empty.
    case noYears
    /// An id to compare with is neither a municipality, region or country (four digits) nor a
    /// group (`G…`).
    case notAPlace(String)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .noMunicipality:
            return "the workspace has no Kolada municipality id (four digits, e.g. 0665 for Vaggeryd)"
        case .noKoladaIndicators:
            return "no indicator has a Kolada source: give one the source kolada:KPI, e.g. kolada:N00945"
        case .noYears:
            return "no years were given to download"
        case .notAPlace(let id):
            return "\"\(id)\" is not a Kolada id: four digits for a municipality (0680), the country (0000) or a region "
                + "(0001–0025), or G and digits for a group (G37572)"
        }
    }
}
