import Foundation
import Testing
@testable import MalbildStore

/// Reading a whole file into memory: every byte, whatever the size, around the sizes where
/// the reader's buffer ends.
@Suite("Reading a whole file")
struct FileSystemReadTests {
    @Test("a file of any size reads back byte for byte", arguments: [0, 1, 2, 4095, 4096, 4097, 65_535, 65_536, 65_537, 1_048_579])
    func wholeFile(size: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var g: UInt64 = UInt64(size) &+ 99
        let bytes = (0..<size).map { _ -> UInt8 in
            g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: g >> 56)
        }
        let path = folder.appendingPathComponent("data.json").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        guard case .contents(let data) = try FileSystem.readFile(path: path) else {
            Issue.record("the file was not found")
            return
        }
        #expect(data.count == size)
        #expect(Array(data) == bytes)
    }
}
