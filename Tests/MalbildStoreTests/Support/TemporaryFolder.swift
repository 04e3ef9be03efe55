import Foundation

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("malbild-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A file in the folder (not created).
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The names in the folder, sorted, hidden ones included.
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// Writes text to a file in the folder.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let target = file(name)
        try Data(text.utf8).write(to: target)
        return target
    }

    /// The bytes of a file in the folder.
    func bytes(_ name: String) throws -> Data { try Data(contentsOf: file(name)) }

    /// The text of a file in the folder.
    func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }
}
