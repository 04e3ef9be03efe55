/// Why a decision file could not be read: the file's path and the fault.
public struct DecisionImportError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// There is no file at the path.
        case missing
        /// The path is a folder.
        case isFolder
        /// The system refused to read it, in its words.
        case notReadable(reason: String)
        /// The file is of a kind that holds no decision text.
        case otherKind(OtherFileKind)
        /// A tool the file kind needs is not installed: the tool and the Debian package.
        case toolMissing(tool: String, package: String)
        /// The tool ran and failed, with its message.
        case toolFailed(tool: String, message: String)
        /// The text holds no goal (`Mål 1.` …).
        case noGoals
        /// The file is empty, or its text is.
        case empty
        /// What was read does not make a workspace, for the reason given.
        case cannotBuild(reason: String)
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
        case .missing: return "\(path) does not exist"
        case .isFolder: return "\(path) is a folder, not a decision file"
        case .notReadable(let reason): return "\(path) cannot be read: \(reason)"
        case .otherKind(let kind):
            return "\(path) is \(kind.description), not a decision: give a text file, a PDF or a Word file (.docx)"
        case let .toolMissing(tool, package):
            return "\(path) needs \(tool) to be read, and it is not installed (apt-get install \(package), or scripts/setup)"
        case let .toolFailed(tool, message): return "\(tool) could not read \(path): \(message)"
        case .noGoals: return "\(path) holds no goal (no line such as \"Mål 1. …\"): nothing was read"
        case .empty: return "\(path) holds no text"
        case .cannotBuild(let reason): return "\(path) was read but does not make a workspace: \(reason)"
        }
    }
}
