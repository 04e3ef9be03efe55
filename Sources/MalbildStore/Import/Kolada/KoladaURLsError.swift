/// Why no Kolada addresses can be given for a workspace.
public enum KoladaURLsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The workspace has no Kolada municipality id.
    case noMunicipality
    /// No indicator of the workspace (that still takes values) has a Kolada source.
    case noKoladaIndicators
    /// The list of years is empty.
    case noYears

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .noMunicipality:
            return "the workspace has no Kolada municipality id (four digits, e.g. 0665 for Vaggeryd)"
        case .noKoladaIndicators:
            return "no indicator has a Kolada source: give one the source kolada:KPI, e.g. kolada:N00945"
        case .noYears:
            return "no years were given to download"
        }
    }
}
