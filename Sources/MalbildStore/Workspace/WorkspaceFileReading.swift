/// A workspace file read in one pass: the format it claims (as ``WorkspaceVersionProbe``
/// finds it) and, only when this build reads that format and a `workspace` member is there, the
/// document. The bytes are parsed once; the document is not decoded from a file of a newer
/// or unknown format, so its error is the format's, not a wrong shape.
struct WorkspaceFileReading<Document: Decodable>: Decodable {
    private enum CodingKeys: String, CodingKey {
        case workspace
    }

    /// What the file claims.
    let probe: WorkspaceVersionProbe
    /// The document or why its shape is wrong; nil when it was not decoded.
    let workspace: Result<Document, DecodingError>?

    init(from decoder: any Decoder) throws {
        probe = try WorkspaceVersionProbe(from: decoder)
        guard probe.hasWorkspace, probe.unusableFormatVersion == nil, let version = probe.formatVersion,
              version <= StoreCoding.currentFormatVersion, version >= StoreCoding.oldestReadableFormatVersion
        else {
            workspace = nil
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            workspace = .success(try container.decode(Document.self, forKey: .workspace))
        } catch let error as DecodingError {
            workspace = .failure(error)
        }
    }
}
