import Foundation
import Testing
@testable import MalbildStore

@Suite("Saving a workspace file")
struct WorkspaceFileSaveTests {
    typealias File = WorkspaceFile<TestDocument>

    @Test("a saved document loads back equal, dates with fractions included")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try File.save(TestDocument.sample, to: url)
        #expect(try File.load(from: url) == TestDocument.sample)
    }

    @Test("the file is pretty JSON with sorted keys, unescaped slashes and a final newline")
    func exactText() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        var document = TestDocument.sample
        document.goals.removeLast()
        document.goals[0].text = "Tillväxt/hållbarhet"
        document.updated = Date(timeIntervalSince1970: 1_556_620_920)
        try File.save(document, to: url)
        let expected = """
            {
              "formatVersion" : 5,
              "workspace" : {
                "goals" : [
                  {
                    "kind" : "goal",
                    "number" : 1,
                    "text" : "Tillväxt/hållbarhet"
                  }
                ],
                "title" : "KS mål 2019 – Vaggeryd",
                "updated" : "2019-04-30T10:42:00Z"
              }
            }

            """
        #expect(try folder.text("ks.json") == expected)
    }

    @Test("a date with a fraction of a second keeps its milliseconds")
    func fractionalDate() throws {
        let folder = try TemporaryFolder()
        try File.save(TestDocument.sample, to: folder.file("ks.json"))
        #expect(try folder.text("ks.json").contains("\"updated\" : \"2019-04-30T10:42:00.250Z\""))
    }

    @Test("the fingerprint returned by save is that of the file and of a later load")
    func fingerprint() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        let saved = try File.save(TestDocument.sample, to: url)
        #expect(saved == FileFingerprint(of: try folder.bytes("ks.json")))
        #expect(try FileFingerprint.ofFile(at: url) == saved)
        #expect(try File.loadWithFingerprint(from: url).fingerprint == saved)
    }

    @Test("a failed encoding leaves the old file as it was and no temporary file")
    func failedEncoding() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try File.save(TestDocument.sample, to: url)
        let before = try folder.bytes("ks.json")
        let error = try #require(throws: WorkspaceFileError.self) {
            try WorkspaceFile<ExplodingDocument>.save(ExplodingDocument(), to: url)
        }
        #expect(error.fault == .cannotEncode(detail: "refused on purpose"))
        #expect(error.description.contains(url.path))
        #expect(error.description.contains("the file was not changed"))
        #expect(try folder.bytes("ks.json") == before)
        #expect(try folder.names() == ["ks.json"])
    }

    @Test("when the step before the rename fails, the old file stays and no temporary file is left")
    func failedBeforeReplacing() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try File.save(TestDocument.sample, to: url)
        let before = try folder.bytes("ks.json")
        var changed = TestDocument.sample
        changed.title = "Ny titel"
        #expect(throws: Stop.self) {
            try File.save(changed, to: url) { _ in throw Stop() }
        }
        #expect(try folder.bytes("ks.json") == before)
        #expect(try folder.names() == ["ks.json"])
    }

    @Test("the step before the rename sees the fingerprint of the new bytes")
    func beforeReplacingFingerprint() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        var seen: FileFingerprint?
        let saved = try File.save(TestDocument.sample, to: url) { seen = $0 }
        #expect(seen == saved)
    }

    @Test("saving into a folder that does not exist names the file and the fault")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("nowhere/ks.json")
        let error = try #require(throws: WorkspaceFileError.self) {
            try File.save(TestDocument.sample, to: url)
        }
        guard case .cannotWrite(let reason) = error.fault else {
            Issue.record("expected cannotWrite, got \(error.fault)")
            return
        }
        #expect(reason.contains("No such file or directory"))
        #expect(error.description.hasPrefix("cannot save \(url.path): "))
        #expect(try folder.names().isEmpty)
    }

    @Test("saving over an existing file keeps its permissions")
    func keepsPermissions() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try File.save(TestDocument.sample, to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        try File.save(TestDocument.sample, to: url)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("saving through a symbolic link replaces the file it points to and keeps the link")
    func symbolicLink() throws {
        let folder = try TemporaryFolder()
        let real = folder.file("real.json")
        let link = folder.file("link.json")
        try File.save(TestDocument.sample, to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)
        var changed = TestDocument.sample
        changed.title = "Via länken"
        try File.save(changed, to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try File.load(from: real) == changed)
        #expect(try folder.names() == ["link.json", "real.json"])
    }
}
