/// The outer shape of a workspace file: `{"formatVersion": 1, "workspace": {...}}`.
struct WorkspaceEnvelope<Document: Codable>: Codable {
    /// The format the file is written in.
    let formatVersion: Int
    /// The document itself.
    let workspace: Document
}

/// What can be learnt from a file before decoding its document: whether it is an object,
/// which format it claims, and whether it has a `workspace` member.
struct WorkspaceVersionProbe: Decodable {
    private enum CodingKeys: String, CodingKey {
        case formatVersion
        case workspace
    }

    /// The declared format, or nil when there is none.
    let formatVersion: Int?
    /// Whether there is a `workspace` member.
    let hasWorkspace: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decodeIfPresent(Int.self, forKey: .formatVersion)
        hasWorkspace = container.contains(.workspace)
    }
}
