/// A municipality with its Kolada identifier.
public struct Municipality: Codable, Equatable, Sendable {
    /// The name, e.g. "Vaggeryd".
    public var name: String
    /// The four-digit Kolada id, e.g. "0665".
    public var koladaID: String

    /// Creates a municipality.
    public init(name: String, koladaID: String) {
        self.name = name
        self.koladaID = koladaID
    }
}
