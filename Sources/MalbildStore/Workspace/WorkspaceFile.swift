import Foundation
import MalbildCore

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
        let document = try decode(data, path: shown, formatVersion: formatVersion)
        if let checked = document as? any CheckedDocument, let problem = checked.outOfRange() {
            throw WorkspaceFileError(path: shown, fault: .wrongShape(path: problem.place, detail: problem.detail))
        }
        return (document, FileFingerprint(of: data))
    }

    /// Decodes the bytes of a workspace file; `path` is only for messages.
    ///
    /// - Throws: `WorkspaceFileError`.
    public static func decode(
        _ data: Data,
        path: String,
        formatVersion: Int = StoreCoding.currentFormatVersion
    ) throws -> Document {
        // The value columns, most of a large file, read by a reader of their own; the rest
        // the Codable way. Anything that reader does not take, and any fault, is read again
        // wholly the Codable way, whose error names the place.
        if Document.self is Workspace.Type, let key = IndicatorValuesTable.key, let read = ValueColumnsReader.read(data) {
            let decoder = Self.makeDecoder()
            decoder.userInfo[key] = read.table
            if let document = try? decodeWhole(read.rest, decoder: decoder, path: path, formatVersion: formatVersion) {
                return document
            }
        }
        return try decodeWhole(data, decoder: Self.makeDecoder(), path: path, formatVersion: formatVersion)
    }

    /// Decodes the bytes of a workspace file wholly the Codable way.
    static func decodeWhole(
        _ data: Data,
        decoder: JSONDecoder,
        path: String,
        formatVersion: Int
    ) throws -> Document {
        // One parse: the format is checked before the document is used, and the document is
        // only decoded when this build reads its format.
        let reading: WorkspaceFileReading<Document>
        do {
            reading = try decoder.decode(WorkspaceFileReading<Document>.self, from: data)
        } catch let error as DecodingError {
            throw probeFault(error, data: data, path: path)
        }
        let probe = reading.probe
        if let unusable = probe.unusableFormatVersion {
            throw WorkspaceFileError(path: path, fault: .badFormatVersion(detail: unusable))
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
        let workspace: Result<Document, DecodingError>
        if let read = reading.workspace {
            workspace = read
        } else {
            // A format newer than this build's, read on request: decoded on its own.
            do {
                workspace = .success(try decoder.decode(WorkspaceEnvelope<Document>.self, from: data).workspace)
            } catch let error as DecodingError {
                workspace = .failure(error)
            }
        }
        switch workspace {
        case .success(let document):
            // Format 5 keeps the log's changes as values; older formats' sentences are read once here.
            let read = version < 5 ? readingOldSentences(document) : document
            return ((read as? Workspace)?.placingSingleResults() as? Document) ?? read
        case .failure(let error):
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
            // The value columns written by a writer of their own, in the same bytes.
            data = try ValueColumnsWriter.encode(envelope, with: Self.makeEncoder())
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
        let target = FileSystem.canonicalPath(of: url)
        if let kind = FileSystem.specialKind(path: target) {
            throw WorkspaceFileError(path: shown, fault: .notRegularFile(kind: kind))
        }
        if FileSystem.isReadOnlyFile(path: target) {
            throw WorkspaceFileError(path: shown, fault: .readOnly)
        }
        let data = try encode(document, path: shown, formatVersion: formatVersion)
        let fingerprint = FileFingerprint(of: data)
        do {
            try FileSystem.replaceAtomically(path: target, with: data) {
                try beforeReplacing(fingerprint)
            }
        } catch let error as SystemCallError {
            throw WorkspaceFileError(path: shown, fault: .cannotWrite(reason: error.description))
        }
        return fingerprint
    }

    /// Removes the temporary files that saves of this workspace (and rewrites of its journal,
    /// and the taking of its lock) left when their process was killed midway:
    /// `.NAME.tmp-PID-…`, `.NAME.journal.tmp-…` and `.NAME.lock.tmp-…` beside it, of
    /// processes that no longer run. Call while holding
    /// the workspace's lock, so no save of it is under way. Returns how many were removed.
    @discardableResult
    public static func removeLeftoverTemporaries(of url: URL) -> Int {
        let path = FileSystem.canonicalPath(of: url)
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for prefix in [".\(name).tmp-", ".\(name).journal.tmp-", ".\(name).lock.tmp-"] {
            for candidate in names where candidate.hasPrefix(prefix) {
                let rest = candidate.dropFirst(prefix.count)
                guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }),
                      pid != getpid(), !WorkspaceLock.isProcessAlive(pid) || ProcessIdentity.startDate(of: pid).map({
                          $0 > (FileSystem.modificationDate(path: (folder as NSString).appendingPathComponent(candidate)) ?? .distantFuture)
                      }) == true
                else { continue }
                let full = (folder as NSString).appendingPathComponent(candidate)
                if (try? FileSystem.removeFile(path: full)) != nil { removed += 1 }
            }
        }
        if removed > 0 { FileSystem.syncFolder(containing: path) }
        return removed
    }

    /// Refuses a path that names a FIFO, a device or another special file (links followed),
    /// before anything is made beside it or read from it. A missing file or a regular one
    /// passes; a folder is left to the read, which names it.
    ///
    /// - Throws: `WorkspaceFileError` with `.notRegularFile`.
    public static func checkRegularFile(at url: URL) throws {
        if let kind = FileSystem.specialKind(path: FileSystem.canonicalPath(of: url)) {
            throw WorkspaceFileError(path: url.standardizedFileURL.path, fault: .notRegularFile(kind: kind))
        }
    }

    /// Where a whole file written at `url` (a report, an export) lands: links followed, so that
    /// a link stays a link and the file it names is replaced; and whether that place must not be
    /// written over at all: a FIFO, a device, a socket or a link to nothing.
    public static func writeTarget(of url: URL) -> (path: String, isSpecial: Bool) {
        let path = FileSystem.canonicalPath(of: url)
        return (path, FileSystem.specialKind(path: path) != nil || FileSystem.isDanglingLink(path: path))
    }

    /// What a path is when it is one of the files the store keeps beside a workspace
    /// (`NAME.json.journal`, `NAME.json.lock`, a journal kept aside, a save's temporary file),
    /// which a report, an export or a save must never write over; nil for any other path.
    public static func companionKind(of url: URL) -> WorkspaceCompanion? {
        let name = (FileSystem.canonicalPath(of: url) as NSString).lastPathComponent
        if name.hasSuffix(".journal") { return .journal }
        if name.hasSuffix(".lock") { return .lock }
        if name.contains(".journal.orphaned-") { return .keptAside }
        if name.hasPrefix("."), name.contains(".tmp-") { return .temporary }
        return nil
    }
}

/// The kinds of file the store keeps beside a workspace file.
public enum WorkspaceCompanion: Equatable, Sendable {
    /// `NAME.json.journal`: the changes not yet saved.
    case journal
    /// `NAME.json.lock`: who has the file open.
    case lock
    /// `NAME.json.journal.orphaned-…`: a journal kept aside.
    case keptAside
    /// `.NAME.json.tmp-…`: a save under way (or one killed midway).
    case temporary
}
