/// Why the state folder or a file in it could not be used: the path and the fault.
public struct StateDirectoryError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// The file or folder could not be read.
        case cannotRead(reason: String)
        /// The file or folder could not be written.
        case cannotWrite(reason: String)
    }

    /// The file or folder concerned.
    public let path: String
    /// What is wrong.
    public let fault: Fault

    /// Creates an error about a state file.
    public init(path: String, fault: Fault) {
        self.path = path
        self.fault = fault
    }

    /// A sentence naming the path and the fault.
    public var description: String {
        switch fault {
        case .cannotRead(let reason):
            return "cannot read \(path): \(reason)"
        case .cannotWrite(let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
