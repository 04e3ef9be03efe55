/// Why a Kolada data file could not be read: the file's path and the fault.
///
/// The description is a sentence for the user that names both, such as
/// `/home/anna/nii.json does not have Kolada's shape: values[3].values[0].gender: "X" is not T, K or M`.
public struct KoladaFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// There is no file at the path.
        case missing
        /// The path is a folder.
        case isFolder
        /// The file exists but the system refused to read it.
        case notReadable(reason: String)
        /// The file is empty or holds only white space.
        case empty
        /// The bytes are not JSON; the line and column of the first fault.
        case notJSON(line: Int, column: Int, detail: String)
        /// The JSON is not Kolada's shape at a place in it, such as `values[3].values[0].gender`
        /// (empty for the file as a whole).
        case wrongShape(place: String, detail: String)
    }

    /// The file.
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
            return "\(path) is a folder, not a Kolada data file"
        case .notReadable(let reason):
            return "\(path) cannot be read: \(reason)"
        case .empty:
            return "\(path) is empty: a Kolada data file is JSON such as {\"values\": [...]}"
        case let .notJSON(line, column, detail):
            return "\(path) is not valid JSON: \(detail) at line \(line), column \(column)"
        case let .wrongShape(place, detail):
            let at = place.isEmpty ? "" : "\(place): "
            return "\(path) does not have Kolada's shape: \(at)\(detail)"
        }
    }
}
