import Foundation
import Testing
@testable import MalbildStore

@Suite("Loading a workspace file")
struct WorkspaceFileLoadTests {
    typealias File = WorkspaceFile<TestDocument>

    /// Writes `text`, loads it expecting an error, and checks that the file is unchanged.
    func loadError(_ text: String) throws -> (error: WorkspaceFileError, path: String) {
        let folder = try TemporaryFolder()
        let url = try folder.write(text, to: "ks.json")
        let before = try folder.bytes("ks.json")
        let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        let error = try #require(throws: WorkspaceFileError.self) { try File.load(from: url) }
        #expect(try folder.bytes("ks.json") == before)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == modified)
        #expect(try folder.names() == ["ks.json"])
        #expect(error.path == url.path)
        #expect(error.description.contains(url.path))
        return (error, url.path)
    }

    @Test("a missing file")
    func missing() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        let error = try #require(throws: WorkspaceFileError.self) { try File.load(from: url) }
        #expect(error.fault == .missing)
        #expect(error.description == "\(url.path) does not exist")
        #expect(try folder.names().isEmpty)
    }

    @Test("a folder instead of a file")
    func folderInstead() throws {
        let folder = try TemporaryFolder()
        let error = try #require(throws: WorkspaceFileError.self) { try File.load(from: folder.url) }
        #expect(error.fault == .isFolder)
        #expect(error.description.contains("is a folder"))
    }

    @Test("bad JSON gives the line and column")
    func badJSON() throws {
        let text = "{\n  \"formatVersion\": 1,\n  \"workspace\": {\n    \"title\": x\n  }\n}\n"
        let (error, path) = try loadError(text)
        #expect(error.fault == .notJSON(line: 4, column: 14, detail: "invalid value"))
        #expect(error.description == "\(path) is not valid JSON: invalid value at line 4, column 14")
    }

    @Test("columns count characters, not bytes")
    func badJSONAfterLetters() throws {
        let (error, _) = try loadError("{\"å\": \"ö\", x}")
        #expect(error.fault == .notJSON(line: 1, column: 12, detail: "invalid value"))
    }

    @Test("a file cut short")
    func truncated() throws {
        let (error, path) = try loadError("{\n  \"formatVersion\": 1,\n  \"workspace\": {\n")
        guard case .notJSON(let line, _, let detail) = error.fault else {
            Issue.record("expected notJSON, got \(error.fault)")
            return
        }
        #expect(line == 3)
        #expect(detail.contains("end of file"))
        #expect(error.description.hasPrefix("\(path) is not valid JSON: "))
    }

    @Test("an empty file")
    func empty() throws {
        let (error, path) = try loadError("")
        #expect(error.description == "\(path) is not valid JSON: the file is empty")
    }

    @Test("a newer format")
    func newerFormat() throws {
        let (error, path) = try loadError(#"{"formatVersion": 7, "workspace": {}}"#)
        #expect(error.fault == .newerFormat(found: 7, readable: 5))
        #expect(error.description == "\(path) was written by a newer Målbild (format 7); this version reads format 5")
    }

    @Test("an unknown older format")
    func unknownFormat() throws {
        let (error, _) = try loadError(#"{"formatVersion": 0, "workspace": {}}"#)
        #expect(error.fault == .unknownFormat(found: 0, readable: 5))
    }

    @Test("no formatVersion")
    func missingFormatVersion() throws {
        let (error, path) = try loadError(#"{"workspace": {}}"#)
        #expect(error.fault == .missingFormatVersion)
        #expect(error.description == "\(path) is not a Målbild workspace: it has no \"formatVersion\"")
    }

    @Test("a formatVersion that is not a number")
    func textFormatVersion() throws {
        let (error, _) = try loadError(#"{"formatVersion": "1", "workspace": {}}"#)
        guard case .badFormatVersion = error.fault else {
            Issue.record("expected badFormatVersion, got \(error.fault)")
            return
        }
    }

    @Test("JSON that is not an object")
    func notAnObject() throws {
        let (error, _) = try loadError("[1, 2]")
        #expect(error.fault == .notAnObject)
    }

    @Test("no workspace member")
    func missingWorkspace() throws {
        let (error, _) = try loadError(#"{"formatVersion": 1}"#)
        #expect(error.fault == .missingWorkspace)
    }

    static let shapes: [(String, String)] = [
        (#""goals": [{"kind": "goal", "number": 1, "text": "a"}, {"kind": "mål", "number": 2, "text": "b"}]"#,
         "goals[1].kind"),
        (#""goals": [{"kind": "goal", "number": "ett", "text": "a"}]"#, "goals[0].number"),
        (#""goals": [{"kind": "goal", "number": 1}]"#, "goals[0].text"),
        (#""goals": {}"#, "goals"),
    ]

    @Test("a wrong shape names the place in the workspace", arguments: shapes)
    func wrongShape(goals: String, place: String) throws {
        let text = #"{"formatVersion": 1, "workspace": {"title": "t", "updated": "2019-04-30T10:42:00Z", "#
            + goals + "}}"
        let (error, path) = try loadError(text)
        guard case .wrongShape(let found, _) = error.fault else {
            Issue.record("expected wrongShape, got \(error.fault)")
            return
        }
        #expect(found == place)
        #expect(error.description.hasPrefix("\(path) does not hold a valid workspace at \(place): "))
    }

    @Test("a date that is not ISO 8601 names its place")
    func badDate() throws {
        let (error, _) = try loadError(
            #"{"formatVersion": 1, "workspace": {"title": "t", "goals": [], "updated": "30 april 2019"}}"#)
        guard case .wrongShape(let place, _) = error.fault else {
            Issue.record("expected wrongShape, got \(error.fault)")
            return
        }
        #expect(place == "updated")
    }

    @Test("a file that cannot be read names the reason", .enabled(if: getuid() != 0, "root reads every file"))
    func unreadable() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("ks.json")
        try File.save(TestDocument.sample, to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        let error = try #require(throws: WorkspaceFileError.self) { try File.load(from: url) }
        #expect(error.fault == .notReadable(reason: "Permission denied"))
    }
}
