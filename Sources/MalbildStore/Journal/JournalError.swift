/// Why a journal could not be recovered, continued or written: the journal's path, the
/// workspace it belongs to, and the fault.
public struct JournalError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// The journal was started against another saved version of the workspace file; it
        /// was moved aside, to `movedTo`.
        case belongsToAnotherVersion(movedTo: String)
        /// The file is not a Målbild journal; it was moved aside.
        case notAJournal(detail: String, movedTo: String)
        /// A complete line cannot be read; the journal was moved aside.
        case damagedLine(line: Int, detail: String, movedTo: String)
        /// The workspace file could not be read to check which version it is.
        case cannotReadWorkspace(reason: String)
        /// The journal could not be read.
        case cannotRead(reason: String)
        /// The journal could not be written (or moved aside).
        case cannotWrite(reason: String)
        /// An entry could not be encoded; nothing was written.
        case cannotEncode(detail: String)
        /// The journal was discarded or closed.
        case closed
    }

    /// The journal file.
    public let path: String
    /// The workspace file it belongs to.
    public let workspacePath: String
    /// What is wrong.
    public let fault: Fault

    /// Creates an error about a journal.
    public init(path: String, workspacePath: String, fault: Fault) {
        self.path = path
        self.workspacePath = workspacePath
        self.fault = fault
    }

    /// Where the journal was moved, when it was moved aside.
    public var movedTo: String? {
        switch fault {
        case .belongsToAnotherVersion(let movedTo), .notAJournal(_, let movedTo), .damagedLine(_, _, let movedTo):
            return movedTo
        default:
            return nil
        }
    }

    /// A sentence naming the journal, the fault and what happened to it.
    public var description: String {
        let keep = "so nothing is lost, and \(workspacePath) opens as it was last saved"
        switch fault {
        case .belongsToAnotherVersion(let movedTo):
            return "the journal \(path) holds unsaved changes for another version of \(workspacePath) "
                + "(the file was changed after the journal was started); it was moved to \(movedTo) \(keep)"
        case .notAJournal(let detail, let movedTo):
            return "\(path) is not a Målbild journal (\(detail)); it was moved to \(movedTo) \(keep)"
        case .damagedLine(let line, let detail, let movedTo):
            return "line \(line) of the journal \(path) cannot be read (\(detail)); "
                + "the journal was moved to \(movedTo) \(keep)"
        case .cannotReadWorkspace(let reason):
            return "cannot check the journal \(path) against \(workspacePath): \(reason)"
        case .cannotRead(let reason):
            return "cannot read the journal \(path): \(reason)"
        case .cannotWrite(let reason):
            return "cannot write the journal \(path): \(reason)"
        case .cannotEncode(let detail):
            return "cannot record a change in the journal \(path): it could not be encoded (\(detail))"
        case .closed:
            return "the journal \(path) was discarded or closed; no more changes can be recorded in it"
        }
    }
}
