import Foundation

/// Which saved version of a file something applies to: the file's size and the FNV-1a
/// 64-bit hash of its bytes, or `absent` for a file that has not been saved yet.
///
/// The journal records the fingerprint of the workspace file it was started against, so
/// that it is only ever replayed onto that same version.
public enum FileFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// There is no file (a workspace not yet saved).
    case absent
    /// A file with these bytes.
    case contents(size: Int, fnv1a64: UInt64)

    /// The fingerprint of some bytes.
    public init(of data: Data) {
        self = .contents(size: data.count, fnv1a64: FileFingerprint.fnv1a64(data))
    }

    /// The fingerprint of the file at a URL as it is on disk now; `absent` when there is no
    /// file.
    ///
    /// - Throws: `FileFingerprint.ReadError` when the file exists but cannot be read.
    public static func ofFile(at url: URL) throws -> FileFingerprint {
        let path = FileSystem.canonicalPath(of: url)
        do {
            switch try FileSystem.readFile(path: path) {
            case .missing: return .absent
            case .contents(let data): return FileFingerprint(of: data)
            }
        } catch {
            throw ReadError(path: path, reason: error.reason)
        }
    }

    /// The FNV-1a 64-bit hash of some bytes.
    public static func fnv1a64(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for byte in raw {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        return hash
    }

    /// The hash as 16 lower-case hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// `none`, or `1234 bytes, fnv1a64 0123456789abcdef`.
    public var description: String {
        switch self {
        case .absent: return "none"
        case .contents(let size, let hash): return "\(size) bytes, fnv1a64 \(FileFingerprint.hex(hash))"
        }
    }

    /// A file that exists but could not be read to take its fingerprint.
    public struct ReadError: Error, CustomStringConvertible, Equatable, Sendable {
        /// The file.
        public let path: String
        /// The system's reason, such as "Permission denied".
        public let reason: String

        /// "cannot read PATH: REASON".
        public var description: String { "cannot read \(path): \(reason)" }
    }
}
