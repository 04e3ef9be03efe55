/// A place Kolada has values for: a municipality, a region, the whole country, or a group of
/// municipalities (whose value is the unweighted mean of its members').
public struct KoladaArea: Codable, Equatable, Sendable {
    /// What kind of place.
    public enum Kind: String, Codable, Equatable, Sendable {
        /// A municipality (kommun), four digits such as `0665`.
        case municipality
        /// A region (län), `0001`–`0025`, Kolada's type `L`.
        case region
        /// The whole country, `0000`.
        case country
        /// A group of municipalities, `G…`.
        case group

        /// The kind an id has by its shape.
        public init(id: String) {
            if id.first == "G" {
                self = .group
            } else if id == "0000" {
                self = .country
            } else if id.count == 4, let n = Int(id), (1...25).contains(n) {
                self = .region
            } else {
                self = .municipality
            }
        }
    }

    /// The Kolada id.
    public var id: String
    /// The name, e.g. "Vaggeryd" or "Liknande kommuner, övergripande, Vaggeryd".
    public var title: String
    /// The kind of place.
    public var kind: Kind
    /// A group's members' ids; empty for other places.
    public var members: [String]

    /// Creates a place.
    public init(id: String, title: String, kind: Kind? = nil, members: [String] = []) {
        self.id = id
        self.title = title
        self.kind = kind ?? Kind(id: id)
        self.members = members
    }
}
