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

    /// Captures the current `errno`.
    init(_ operation: String, path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The system's words for the error, such as "No space left on device".
    var reason: String { String(cString: strerror(code)) }

    var description: String { "\(operation) \(path): \(reason)" }
}
