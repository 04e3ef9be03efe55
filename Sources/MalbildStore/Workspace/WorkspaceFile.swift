import Foundation

/// The workspace file on disk: `{"formatVersion": 1, "workspace": {...}}` as pretty JSON with
/// sorted keys, so that it diffs well in git.
///
/// Generic over the document so that the store does not depend on the model's details; the
/// shell uses `WorkspaceFile<Workspace>`. Loading never changes the file. Saving writes a
/// temporary file in the same folder, flushes it, renames it over the old file and flushes
/// the folder, so that the file on disk is always either the old version or the new one.
///
/// All members are static: `WorkspaceFile<Workspace>.load(from: url)`. Each takes the format
/// version to read or write, the current one unless a test says otherwise.
public struct WorkspaceFile<Document: Codable> {
    private init() {}

    /// The format version of this build of Målbild.
    public static var currentFormatVersion: Int { StoreCoding.currentFormatVersion }

    /// The encoder used for workspace files (pretty, sorted keys, ISO 8601 dates).
    public static func makeEncoder() -> JSONEncoder { StoreCoding.makeEncoder(pretty: true) }

    /// The decoder used for workspace files.
    public static func makeDecoder() -> JSONDecoder { StoreCoding.makeDecoder() }

    /// Reads the document from a workspace file.
    ///
    /// - Throws: `WorkspaceFileError` naming the path and the fault: missing, a folder, not
    ///   readable, not JSON (with line and column), no or a newer `formatVersion`, or a wrong
    ///   shape (with the place, such as `goals[3].kind`).
    public static func load(from url: URL, formatVersion: Int = StoreCoding.currentFormatVersion) throws -> Document {
        try loadWithFingerprint(from: url, formatVersion: formatVersion).document
    }

    /// Reads the document and returns it with the fingerprint of the exact bytes it was read
    /// from, for `Journal.recover(for:fingerprint:)`.
    ///
    /// - Throws: `WorkspaceFileError`, as `load(from:)`.
    public static func loadWithFingerprint(
        from url: URL,
        formatVersion: Int = StoreCoding.currentFormatVersion
    ) throws -> (document: Document, fingerprint: FileFingerprint) {
        let shown = url.standardizedFileURL.path
        let data: Data
        do {
            switch try FileSystem.readFile(path: FileSystem.canonicalPath(of: url)) {
            case .missing: throw WorkspaceFileError(path: shown, fault: .missing)
            case .contents(let bytes): data = bytes
            }
        } catch let error as SystemCallError {
            if error.code == EISDIR { throw WorkspaceFileError(path: shown, fault: .isFolder) }
            throw WorkspaceFileError(path: shown, fault: .notReadable(reason: error.reason))
        }
        return (try decode(data, path: shown, formatVersion: formatVersion), FileFingerprint(of: data))
    }

    /// Decodes the bytes of a workspace file; `path` is only for messages.
    ///
    /// - Throws: `WorkspaceFileError`.
    public static func decode(
        _ data: Data,
        path: String,
        formatVersion: Int = StoreCoding.currentFormatVersion
    ) throws -> Document {
        let decoder = Self.makeDecoder()
        let probe: WorkspaceVersionProbe
        do {
            probe = try decoder.decode(WorkspaceVersionProbe.self, from: data)
        } catch let error as DecodingError {
            throw probeFault(error, data: data, path: path)
        }
        guard let version = probe.formatVersion else {
            throw WorkspaceFileError(path: path, fault: .missingFormatVersion)
        }
        if version > formatVersion {
            throw WorkspaceFileError(path: path, fault: .newerFormat(found: version, readable: formatVersion))
        }
        // Earlier formats read with the same code: format 2 only changed how
        // indicator values are laid out, and decoding takes both layouts; format 3
        // only added the optional `kolada` section.
        if version < StoreCoding.oldestReadableFormatVersion {
            throw WorkspaceFileError(path: path, fault: .unknownFormat(found: version, readable: formatVersion))
        }
        guard probe.hasWorkspace else { throw WorkspaceFileError(path: path, fault: .missingWorkspace) }
        do {
            return try decoder.decode(WorkspaceEnvelope<Document>.self, from: data).workspace
        } catch let error as DecodingError {
            let (place, detail) = CodingPathText.describe(error, dropping: 1)
            throw WorkspaceFileError(path: path, fault: .wrongShape(path: place, detail: detail))
        }
    }

    private static func probeFault(_ error: DecodingError, data: Data, path: String) -> WorkspaceFileError {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            let location = JSONSyntaxLocation.locate(in: data)
            return WorkspaceFileError(
                path: path, fault: .notJSON(line: location.line, column: location.column, detail: location.detail))
        case .typeMismatch(_, let context) where context.codingPath.isEmpty,
             .valueNotFound(_, let context) where context.codingPath.isEmpty:
            return WorkspaceFileError(path: path, fault: .notAnObject)
        default:
            return WorkspaceFileError(path: path, fault: .badFormatVersion(detail: CodingPathText.describe(error).detail))
        }
    }

    /// The bytes `save` writes for a document: pretty JSON with a trailing newline.
    ///
    /// - Throws: `WorkspaceFileError` with `.cannotEncode`; `path` is only for messages.
    public static func encode(
        _ document: Document,
        path: String,
        formatVersion: Int = StoreCoding.currentFormatVersion
    ) throws -> Data {
        let envelope = WorkspaceEnvelope(formatVersion: formatVersion, workspace: document)
        var data: Data
        do {
            data = try Self.makeEncoder().encode(envelope)
        } catch let error as EncodingError {
            let detail: String
            switch error {
            case .invalidValue(_, let context):
                let place = CodingPathText.render(Array(context.codingPath.dropFirst()))
                detail = place.isEmpty ? context.debugDescription : "at \(place): \(context.debugDescription)"
            @unknown default:
                detail = String(describing: error)
            }
            throw WorkspaceFileError(path: path, fault: .cannotEncode(detail: detail))
        } catch {
            throw WorkspaceFileError(path: path, fault: .cannotEncode(detail: String(describing: error)))
        }
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Saves a document atomically and returns the fingerprint of the bytes written.
    ///
    /// The new file is written to a hidden temporary file in the same folder, flushed, and
    /// renamed over the target; the folder is then flushed. A file that exists keeps its
    /// permissions. On any failure no temporary file is left and the old file is unchanged.
    /// A symbolic link is followed: the file it points to is replaced.
    ///
    /// - Parameters:
    ///   - beforeReplacing: runs with the new bytes' fingerprint once they are safely on disk,
    ///     just before the rename; pass `journal.recordPendingSave` so that a crash between
    ///     the rename and `journal.reset` is recognised on the next open. If it throws, the
    ///     old file stays and its error is rethrown.
    /// - Throws: `WorkspaceFileError` (`.cannotEncode`, `.cannotWrite`), or the error of
    ///   `beforeReplacing`.
    @discardableResult
    public static func save(
        _ document: Document,
        to url: URL,
        formatVersion: Int = StoreCoding.currentFormatVersion,
        beforeReplacing: (FileFingerprint) throws -> Void = { _ in }
    ) throws -> FileFingerprint {
        let shown = url.standardizedFileURL.path
        let data = try encode(document, path: shown, formatVersion: formatVersion)
        let fingerprint = FileFingerprint(of: data)
        do {
            try FileSystem.replaceAtomically(path: FileSystem.canonicalPath(of: url), with: data) {
                try beforeReplacing(fingerprint)
            }
        } catch let error as SystemCallError {
            throw WorkspaceFileError(path: shown, fault: .cannotWrite(reason: error.description))
        }
        return fingerprint
    }
}
