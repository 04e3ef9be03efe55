import Foundation
import MalbildCore
@testable import MalbildStore

/// The seed decision and what the decision tests share.
enum DecisionFixtures {
    /// The folder of the test fixtures.
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// The seed: the minutes' §55, as the source document gives it.
    static var seedURL: URL { folder.appendingPathComponent("ks-mal-2019.txt") }

    /// The seed's text.
    static func seed() throws -> String {
        try String(contentsOf: seedURL, encoding: .utf8)
    }

    /// A fixed time for the notes of unplaced lines.
    static let time = Date(timeIntervalSince1970: 1_550_620_800)

    /// Reads a text as a decision.
    static func read(_ text: String, name: String = "test", year: Int = 2026) throws -> DecisionReading {
        try DecisionReader(name: name, fallbackYear: year, time: time).read(text: text, path: "test.txt")
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-decision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
