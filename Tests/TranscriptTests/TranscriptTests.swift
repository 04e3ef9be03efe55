import Foundation
import Testing

/// Golden transcripts: each `Tests/Transcripts/NAME.mal` is run by the built
/// `malbild` binary as `malbild run NAME.mal ARGS` in a fresh folder, and its
/// output (standard output and standard error, in order) must equal
/// `NAME.out`, its exit code `NAME.code` (0 when that file is missing).
///
/// A first line `# args: --demo --echo` gives the arguments. A file
/// `NAME.files/` is copied into the folder first. The folder's path prints as
/// `$TMP`. With `MALBILD_UPDATE_TRANSCRIPTS=1` the expected files are rewritten.
@Suite struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Transcripts")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".mal") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test func thereAreTranscripts() {
        #expect(Self.names.count >= 5)
    }

    @Test(arguments: names)
    func transcript(_ name: String) throws {
        let script = Self.folder.appendingPathComponent(name + ".mal")
        let text = try String(contentsOf: script, encoding: .utf8)
        var args = ["run", name + ".mal"]
        if let first = text.split(separator: "\n", maxSplits: 1).first, first.hasPrefix("# args:") {
            args += first.dropFirst("# args:".count).split(separator: " ").map(String.init)
        }
        let work = try TemporaryFolder()
        try FileManager.default.copyItem(at: script, to: work.url.appendingPathComponent(name + ".mal"))
        let extra = Self.folder.appendingPathComponent(name + ".files")
        if FileManager.default.fileExists(atPath: extra.path) {
            for item in try FileManager.default.contentsOfDirectory(atPath: extra.path) {
                try FileManager.default.copyItem(
                    at: extra.appendingPathComponent(item), to: work.url.appendingPathComponent(item))
            }
        }
        let result = try Malbild.run(args, in: work.url)
        let output = result.output.replacingOccurrences(of: work.url.path, with: "$TMP")

        let outFile = Self.folder.appendingPathComponent(name + ".out")
        let codeFile = Self.folder.appendingPathComponent(name + ".code")
        if ProcessInfo.processInfo.environment["MALBILD_UPDATE_TRANSCRIPTS"] == "1" {
            try output.write(to: outFile, atomically: true, encoding: .utf8)
            if result.status == 0 {
                try? FileManager.default.removeItem(at: codeFile)
            } else {
                try "\(result.status)\n".write(to: codeFile, atomically: true, encoding: .utf8)
            }
            return
        }
        let expected = try String(contentsOf: outFile, encoding: .utf8)
        let expectedCode = (try? String(contentsOf: codeFile, encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        #expect(output == expected, "\(name): output differs\n\(Self.diff(expected, output))")
        #expect(result.status == expectedCode, "\(name): exit code")
    }

    /// The first lines where two texts differ, for a readable failure.
    static func diff(_ a: String, _ b: String) -> String {
        let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? x[i] : "<end>"
            let r = i < y.count ? y[i] : "<end>"
            if l != r { return "line \(i + 1):\n  expected: \(l)\n  actual:   \(r)" }
        }
        return "(same lines)"
    }
}
