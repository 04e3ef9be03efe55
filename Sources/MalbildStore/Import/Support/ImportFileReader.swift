import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the whole of a file to import, turning the system's refusals into plain reasons
/// the importers' own error types carry.
enum ImportFileReader {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        /// There is no file at the path.
        case missing
        /// The path is a folder.
        case isFolder
        /// The system refused, with its words for why.
        case notReadable(String)
    }

    /// The path as it is shown in messages, and the bytes or the failure.
    static func read(_ url: URL) -> (shown: String, result: Result<Data, Failure>) {
        let shown = url.standardizedFileURL.path
        do {
            switch try FileSystem.readFile(path: FileSystem.canonicalPath(of: url)) {
            case .missing: return (shown, .failure(.missing))
            case .contents(let data): return (shown, .success(data))
            }
        } catch {
            if error.code == EISDIR { return (shown, .failure(.isFolder)) }
            return (shown, .failure(.notReadable(error.reason)))
        }
    }
}
