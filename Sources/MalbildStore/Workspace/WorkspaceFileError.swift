/// Why a workspace file could not be opened or saved: the file's path and the fault.
///
/// The description is a sentence for the user that names both, such as
/// `/home/anna/ks.json was written by a newer Målbild (format 7); this version reads format 1`.
public struct WorkspaceFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// There is no file at the path.
        case missing
        /// The path is a folder.
        case isFolder
        /// The file exists but the system refused to read it.
        case notReadable(reason: String)
        /// The bytes are not JSON; the line and column of the fault when known.
        case notJSON(line: Int?, column: Int?, detail: String)
        /// The JSON is not an object at the top level.
        case notAnObject
        /// There is no `formatVersion`.
        case missingFormatVersion
        /// `formatVersion` is not a whole number.
        case badFormatVersion(detail: String)
        /// The file was written by a newer Målbild.
        case newerFormat(found: Int, readable: Int)
        /// The file claims a format this Målbild cannot read that is not newer (such as 0).
        case unknownFormat(found: Int, readable: Int)
        /// There is no `workspace` object.
        case missingWorkspace
        /// The workspace does not have the expected shape at a place in it, such as
        /// `goals[3].kind` (empty for the workspace as a whole).
        case wrongShape(path: String, detail: String)
        /// The document could not be encoded; nothing was written.
        case cannotEncode(detail: String)
        /// Writing the new file failed; the old file is unchanged.
        case cannotWrite(reason: String)
        /// The path names a FIFO, a device or another special file (`kind` says which);
        /// it is neither read nor written.
        case notRegularFile(kind: String)
        /// The file's permissions do not let it be written; it is not replaced.
        case readOnly
    }

    /// The workspace file.
    public let path: String
    /// What is wrong.
    public let fault: Fault

    /// Creates an error about a file.
    public init(path: String, fault: Fault) {
        self.path = path
        self.fault = fault
    }

    /// A sentence naming the file and the fault.
    public var description: String {
        switch fault {
        case .missing:
            return "\(path) does not exist"
        case .isFolder:
            return "\(path) is a folder, not a workspace file"
        case .notReadable(let reason):
            return "\(path) cannot be read: \(reason)"
        case .notJSON(let line, let column, let detail):
            if let line, let column {
                return "\(path) is not valid JSON: \(detail) at line \(line), column \(column)"
            }
            return "\(path) is not valid JSON: \(detail)"
        case .notAnObject:
            return "\(path) is not a Målbild workspace: the file is JSON but not an object"
        case .missingFormatVersion:
            return "\(path) is not a Målbild workspace: it has no \"formatVersion\""
        case .badFormatVersion(let detail):
            return "\(path) is not a Målbild workspace: its \"formatVersion\" is not a whole number (\(detail))"
        case .newerFormat(let found, let readable):
            return "\(path) was written by a newer Målbild (format \(found)); this version reads format \(readable)"
        case .unknownFormat(let found, let readable):
            return "\(path) has format \(found), which Målbild does not know; this version reads format \(readable)"
        case .missingWorkspace:
            return "\(path) is not a Målbild workspace: it has no \"workspace\" object"
        case .wrongShape(let place, let detail):
            let at = place.isEmpty ? "" : " at \(place)"
            return "\(path) does not hold a valid workspace\(at): \(detail)"
        case .cannotEncode(let detail):
            return "cannot save \(path): the workspace could not be encoded (\(detail)); the file was not changed"
        case .cannotWrite(let reason):
            return "cannot save \(path): \(reason); the file was not changed"
        case .notRegularFile(let kind):
            return "\(path) is \(kind), not a workspace file; it was neither read nor written"
        case .readOnly:
            return "cannot save \(path): the file is read-only; it was not changed "
                + "(make it writable, or save to another file with save FILE.json)"
        }
    }
}
