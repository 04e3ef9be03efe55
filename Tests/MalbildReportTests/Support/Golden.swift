import Foundation
import Testing

/// Golden files under Tests/MalbildReportTests/Golden. With
/// MALBILD_UPDATE_GOLDEN=1 in the environment a check rewrites the file
/// instead of comparing.
enum Golden {
    /// The folder of the golden files.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Whether the files are being rewritten.
    static var updating: Bool {
        ProcessInfo.processInfo.environment["MALBILD_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `text` byte for byte with the golden file `name`, or writes it.
    static func check(_ text: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let actual = Data(text.utf8)
        if updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, options: .atomic)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("no golden file \(name): run with MALBILD_UPDATE_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(name) differs from its golden file: \(firstDifference(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, for the message.
    private static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let a = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let b = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "<end>"
            let y = i < b.count ? b[i] : "<end>"
            if x != y { return "line \(i + 1): expected \(x.debugDescription), got \(y.debugDescription)" }
        }
        return "same lines, different bytes"
    }
}
