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
    /// What `formatVersion` holds when it is there but not a whole number, in words
    /// (`2.5`, `a text`), so that the message names the real fault.
    let unusableFormatVersion: String?
    /// Whether there is a `workspace` member.
    let hasWorkspace: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hasWorkspace = container.contains(.workspace)
        guard container.contains(.formatVersion) else {
            formatVersion = nil
            unusableFormatVersion = nil
            return
        }
        if let whole = try? container.decode(Int.self, forKey: .formatVersion) {
            formatVersion = whole
            unusableFormatVersion = nil
        } else if let number = try? container.decode(Double.self, forKey: .formatVersion) {
            formatVersion = nil
            unusableFormatVersion = "it is \(number)"
        } else if let text = try? container.decode(String.self, forKey: .formatVersion) {
            formatVersion = nil
            unusableFormatVersion = "it is the text \"\(text)\""
        } else if (try? container.decodeNil(forKey: .formatVersion)) == true {
            formatVersion = nil
            unusableFormatVersion = "it is null"
        } else {
            formatVersion = nil
            unusableFormatVersion = "it is not a number"
        }
    }
}
