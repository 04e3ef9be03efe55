import Foundation

/// Encoded as the string `"none"` or as `{"fnv1a64": "0123456789abcdef", "size": 1234}`.
extension FileFingerprint: Codable {
    private enum CodingKeys: String, CodingKey {
        case size
        case fnv1a64
    }

    /// Reads `"none"` or the object form.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            guard text == "none" else {
                throw DecodingError.dataCorruptedError(
                    in: single, debugDescription: "a file fingerprint is \"none\" or an object, not \"\(text)\"")
            }
            self = .absent
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let size = try container.decode(Int.self, forKey: .size)
        let hex = try container.decode(String.self, forKey: .fnv1a64)
        guard hex.count == 16, let hash = UInt64(hex, radix: 16) else {
            throw DecodingError.dataCorruptedError(
                forKey: .fnv1a64, in: container, debugDescription: "\"\(hex)\" is not 16 hexadecimal digits")
        }
        self = .contents(size: size, fnv1a64: hash)
    }

    /// Writes `"none"` or the object form.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .absent:
            var container = encoder.singleValueContainer()
            try container.encode("none")
        case .contents(let size, let hash):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(size, forKey: .size)
            try container.encode(FileFingerprint.hex(hash), forKey: .fnv1a64)
        }
    }
}
