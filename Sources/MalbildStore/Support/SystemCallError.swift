#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call: which call, on which path, and the `errno` it left.
///
/// Internal: the public error types turn it into a sentence about the user's file.
struct SystemCallError: Error, CustomStringConvertible {
    /// What was being done, as a verb phrase: "open", "write", "rename".
    let operation: String
    /// The path the call was about.
    let path: String
    /// The `errno` value.
    let code: Int32
    /// Words that replace the system's, for a refusal of our own (such as a path that is
    /// not a regular file).
    let explanation: String?

    /// Captures the current `errno`.
    init(_ operation: String, path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
        self.explanation = nil
    }

    /// A refusal of our own with its words, under a system code that fits it.
    init(_ operation: String, path: String, code: Int32, explanation: String) {
        self.operation = operation
        self.path = path
        self.code = code
        self.explanation = explanation
    }

    /// The system's words for the error, such as "No space left on device".
    var reason: String { explanation ?? String(cString: strerror(code)) }

    var description: String { "\(operation) \(path): \(reason)" }
}
