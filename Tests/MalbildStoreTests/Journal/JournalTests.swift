import Foundation
import Testing
import MalbildCore
@testable import MalbildStore

@Suite("The journal")
struct JournalTests {
    typealias File = WorkspaceFile<TestDocument>
    typealias TestJournal = Journal<TestEntry>

    let entries = [
        TestEntry(op: "set", value: 1),
        TestEntry(op: "add", value: 2),
        TestEntry(op: "remove", value: 3),
    ]

    /// Appends raw bytes to a file, as a crash in the middle of a write would leave them.
    func appendRaw(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    func lines(of url: URL) throws -> [String] {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("the journal sits next to the workspace file")
    func place() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        #expect(TestJournal.url(for: workspace).path == workspace.path + ".journal")
    }

    @Test("appended entries are recovered in order after the session ends without saving")
    func appendAndRecover() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        do {
            let journal = try TestJournal.open(for: workspace)
            for entry in entries { try journal.append(entry) }
            #expect(journal.entryCount == 3)
        }  // the object goes away as in a crash: the file stays
        let recovery = try #require(try TestJournal.recover(for: workspace))
        #expect(recovery.entries == entries)
        #expect(Array(recovery) == entries)
        #expect(recovery.ignoredIncompleteLines == 0)
        #expect(try folder.names() == ["ks.json", "ks.json.journal"])
    }

    @Test("a workspace not saved yet has a journal too, with the fingerprint none")
    func unsavedWorkspace() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("new.json")
        let journal = try TestJournal.open(for: workspace)
        #expect(journal.fingerprint == .absent)
        try journal.append(entries[0])
        #expect(try lines(of: journal.url)[0].contains(#""fingerprint":"none""#))
        #expect(try TestJournal.recover(for: workspace)?.entries == [entries[0]])
    }

    @Test("each entry is one compact line, appended after what was there")
    func lineFormat() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journal = try TestJournal.open(for: workspace)
        let before = try Data(contentsOf: journal.url)
        try journal.append(TestEntry(op: "två\nrader/snedstreck", value: 1))
        let after = try Data(contentsOf: journal.url)
        #expect(after.prefix(before.count) == before)
        #expect(String(decoding: after.dropFirst(before.count), as: UTF8.self)
            == #"{"entry":{"op":"två\nrader/snedstreck","value":1}}"# + "\n")
        let text = try lines(of: journal.url)
        #expect(text.count == 3)  // header, entry, and the empty rest after the final newline
        #expect(text[0].hasPrefix(#"{"created":""#))
        #expect(text[0].contains(#""malbildJournal":1"#))
        #expect(text[0].contains(#""workspace":"\#(workspace.path)""#))
    }

    @Test("no journal, or one with nothing in it, recovers nothing")
    func nothingToRecover() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        #expect(try TestJournal.recover(for: workspace) == nil)
        _ = try TestJournal.open(for: workspace)
        #expect(try TestJournal.recover(for: workspace) == nil)
    }

    @Test("an incomplete last line is ignored, counted, and cut off when the journal is continued")
    func truncatedLastLine() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journalURL: URL
        do {
            let journal = try TestJournal.open(for: workspace)
            try journal.append(entries[0])
            try journal.append(entries[1])
            journalURL = journal.url
        }
        try appendRaw(#"{"entry":{"op":"rem"#, to: journalURL)
        let recovery = try #require(try TestJournal.recover(for: workspace))
        #expect(recovery.entries == [entries[0], entries[1]])
        #expect(recovery.ignoredIncompleteLines == 1)

        let continued = try TestJournal.open(for: workspace)
        #expect(continued.entryCount == 2)
        try continued.append(entries[2])
        let again = try #require(try TestJournal.recover(for: workspace))
        #expect(again.entries == entries)
        #expect(again.ignoredIncompleteLines == 0)
    }

    @Test("a complete entry without its newline was never acknowledged and is ignored")
    func entryWithoutNewline() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journalURL = try TestJournal.open(for: workspace).url
        try appendRaw(#"{"entry":{"op":"set","value":1}}"#, to: journalURL)
        let recovery = try #require(try TestJournal.recover(for: workspace))
        #expect(recovery.entries.isEmpty)
        #expect(recovery.ignoredIncompleteLines == 1)
    }

    @Test("a journal for another version of the file is moved aside, kept whole, and the error says where")
    func headerMismatch() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journalURL: URL
        do {
            let journal = try TestJournal.open(for: workspace)
            try journal.append(entries[0])
            journalURL = journal.url
        }
        let journalBytes = try Data(contentsOf: journalURL)
        var changed = TestDocument.sample
        changed.title = "Ändrad i en annan editor"
        try File.save(changed, to: workspace)

        let error = try #require(throws: JournalError.self) { try TestJournal.recover(for: workspace) }
        let movedTo = try #require(error.movedTo)
        guard case .belongsToAnotherVersion = error.fault else {
            Issue.record("expected belongsToAnotherVersion, got \(error.fault)")
            return
        }
        #expect(movedTo.hasPrefix(journalURL.path + ".orphaned-"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: movedTo)) == journalBytes)
        #expect(!FileManager.default.fileExists(atPath: journalURL.path))
        #expect(error.description.contains(journalURL.path))
        #expect(error.description.contains("another version of \(workspace.path)"))
        #expect(error.description.contains("moved to \(movedTo)"))

        // The open goes on: a fresh journal for the file as it is now.
        #expect(try TestJournal.recover(for: workspace) == nil)
        let fresh = try TestJournal.open(for: workspace)
        #expect(fresh.fingerprint == (try FileFingerprint.ofFile(at: workspace)))
        #expect(fresh.entryCount == 0)
        #expect(try folder.names().count == 3)
    }

    @Test("opening without recovering first also moves a mismatched journal aside")
    func openMismatch() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        _ = try TestJournal.open(for: workspace)  // for the file not yet saved
        try File.save(TestDocument.sample, to: workspace)
        let error = try #require(throws: JournalError.self) { try TestJournal.open(for: workspace) }
        #expect(error.movedTo != nil)
        #expect(try TestJournal.open(for: workspace).entryCount == 0)
    }

    @Test("opening right after a recovery carries its entries over, and reads again a journal changed in between")
    func openAfterRecovery() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        do {
            let journal = try TestJournal.open(for: workspace)
            for entry in entries { try journal.append(entry) }
        }
        let fingerprint = try FileFingerprint.ofFile(at: workspace)
        let recovery = try #require(try TestJournal.recover(for: workspace, fingerprint: fingerprint))
        let more = TestEntry(op: "add", value: 4)
        do {
            let journal = try TestJournal.open(for: workspace, fingerprint: fingerprint, after: recovery)
            #expect(journal.entryCount == 3)
            try journal.append(more)
        }
        #expect(try TestJournal.recover(for: workspace)?.entries == entries + [more])
        // Another line reached the journal after it was recovered: it is read, not lost.
        let stale = try #require(try TestJournal.recover(for: workspace, fingerprint: fingerprint))
        try appendRaw(#"{"entry":{"op":"set","value":5}}"# + "\n", to: TestJournal.url(for: workspace))
        let journal = try TestJournal.open(for: workspace, fingerprint: fingerprint, after: stale)
        #expect(journal.entryCount == 5)
        #expect(try TestJournal.recover(for: workspace)?.entries == entries + [more, TestEntry(op: "set", value: 5)])
    }

    @Test("a damaged line in the middle keeps the entries before it; it and the rest are kept aside")
    func damagedLine() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journalURL: URL
        do {
            let journal = try TestJournal.open(for: workspace)
            try journal.append(entries[0])
            journalURL = journal.url
        }
        let kept = try Data(contentsOf: journalURL)
        try appendRaw(#"{"entry":{"op":"set","value":"ett"}}"# + "\n", to: journalURL)
        try appendRaw(#"{"entry":{"op":"set","value":3}}"# + "\n", to: journalURL)
        let recovery = try #require(try TestJournal.recover(for: workspace))
        #expect(recovery.entries == [entries[0]])
        let aside = try #require(recovery.setAside)
        #expect(aside.line == 3)
        #expect(aside.lines == 2)
        #expect(aside.detail.hasPrefix("at value: "))
        #expect(try Data(contentsOf: journalURL) == kept, "the journal holds what can be replayed, at once")
        let asideLines = try lines(of: URL(fileURLWithPath: aside.movedTo))
        #expect(asideLines.count == 4)  // its header, the two lines, the rest after the last newline
        #expect(asideLines[1].contains("ett") && asideLines[2].contains("3"))
        // Read again: nothing more is set aside, the entry is still there.
        #expect(try TestJournal.recover(for: workspace)?.entries == [entries[0]])
        #expect(try TestJournal.recover(for: workspace)?.setAside == nil)
    }

    @Test("a step a crash cut off is cut from the journal as soon as it is read, on every path")
    func tornStep() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let log = Edit.appendLog(entry: LogEntry(time: Date(timeIntervalSince1970: 0), user: "anna", goal: 6, change: .writtenBefore("noted")))
        let note = Edit.setInfo(field: .name, value: "ks")
        let journalURL: URL
        do {
            let journal = try Journal<Edit>.open(for: workspace)
            try journal.append(contentsOf: [note, log])
            journalURL = journal.url
        }
        let whole = try Data(contentsOf: journalURL)
        // The first lines of a step whose end never reached the disk, and half a line.
        let torn = String(decoding: try Data(contentsOf: journalURL), as: UTF8.self).split(separator: "\n")[1]
        try appendRaw(torn + "\n" + torn + "\n{\"entry\":{\"setIn", to: journalURL)
        let recovery = try #require(try Journal<Edit>.recover(for: workspace))
        #expect(recovery.entries == [note, log])
        #expect(recovery.cutEntries == 2)
        #expect(try Data(contentsOf: journalURL) == whole)
        // Opened and appended to: the torn lines never join a later step.
        try appendRaw(torn + "\n", to: journalURL)
        let journal = try Journal<Edit>.open(for: workspace)
        try journal.append(contentsOf: [note, log])
        #expect(try Journal<Edit>.recover(for: workspace)?.entries == [note, log, note, log])
    }

    @Test("a file that is not a journal is moved aside")
    func notAJournal() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        try folder.write("hello\n", to: "ks.json.journal")
        let error = try #require(throws: JournalError.self) { try TestJournal.recover(for: workspace) }
        guard case .notAJournal = error.fault else {
            Issue.record("expected notAJournal, got \(error.fault)")
            return
        }
        #expect(try folder.names().contains { $0.hasPrefix("ks.json.journal.orphaned-") })
    }

    @Test("after a save the journal is reset: empty, and headed with the saved file's fingerprint")
    func resetAfterSave() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journal = try TestJournal.open(for: workspace)
        try journal.append(entries[0])
        try journal.append(entries[1])
        var changed = TestDocument.sample
        changed.title = "Sparad"
        let saved = try File.save(changed, to: workspace, beforeReplacing: journal.recordPendingSave)
        try journal.reset(to: saved)
        #expect(journal.fingerprint == saved)
        #expect(journal.entryCount == 0)
        #expect(try lines(of: journal.url).count == 2)
        #expect(try TestJournal.recover(for: workspace) == nil)
        try journal.append(entries[2])
        #expect(try TestJournal.recover(for: workspace)?.entries == [entries[2]])
    }

    @Test("reset without a fingerprint reads the file on disk")
    func resetFromDisk() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let journal = try TestJournal.open(for: workspace)
        try journal.append(entries[0])
        try File.save(TestDocument.sample, to: workspace)
        try journal.reset()
        #expect(journal.fingerprint == (try FileFingerprint.ofFile(at: workspace)))
        #expect(try TestJournal.recover(for: workspace) == nil)
    }

    @Test("a crash between the save's rename and the reset replays only what came after the save")
    func crashDuringSave() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        do {
            let journal = try TestJournal.open(for: workspace)
            try journal.append(entries[0])
            var changed = TestDocument.sample
            changed.title = "Sparad"
            try File.save(changed, to: workspace, beforeReplacing: journal.recordPendingSave)
            // no reset: the session died here
        }
        #expect(try TestJournal.recover(for: workspace) == nil)
        let continued = try TestJournal.open(for: workspace)
        #expect(continued.fingerprint == (try FileFingerprint.ofFile(at: workspace)))
        try continued.append(entries[1])
        #expect(try TestJournal.recover(for: workspace)?.entries == [entries[1]])
        #expect(try lines(of: continued.url).count == 3)
    }

    @Test("a save that failed after the pending-save line still replays everything")
    func failedSaveAfterMarker() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journal = try TestJournal.open(for: workspace)
        try journal.append(entries[0])
        var changed = TestDocument.sample
        changed.title = "Aldrig sparad"
        #expect(throws: Stop.self) {
            try File.save(changed, to: workspace) { fingerprint in
                try journal.recordPendingSave(fingerprint)
                throw Stop()
            }
        }
        try journal.append(entries[1])
        #expect(try TestJournal.recover(for: workspace)?.entries == [entries[0], entries[1]])
    }

    @Test("discard removes the journal; appending then fails until a reset")
    func discard() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let journal = try TestJournal.open(for: workspace)
        try journal.append(entries[0])
        journal.discard()
        #expect(try folder.names() == ["ks.json"])
        let error = try #require(throws: JournalError.self) { try journal.append(entries[1]) }
        #expect(error.fault == .closed)
        try journal.reset()
        try journal.append(entries[1])
        #expect(try TestJournal.recover(for: workspace)?.entries == [entries[1]])
    }

    @Test("an entry that cannot be encoded is refused and the journal is unchanged")
    func unencodableEntry() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let journal = try Journal<ExplodingEntry>.open(for: workspace)
        let before = try Data(contentsOf: journal.url)
        let error = try #require(throws: JournalError.self) { try journal.append(ExplodingEntry()) }
        guard case .cannotEncode = error.fault else {
            Issue.record("expected cannotEncode, got \(error.fault)")
            return
        }
        #expect(try Data(contentsOf: journal.url) == before)
        #expect(journal.entryCount == 0)
    }

    @Test("setAside moves the journal out of the way")
    func setAside() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        #expect(try TestJournal.setAside(for: workspace) == nil)
        let journal = try TestJournal.open(for: workspace)
        try journal.append(entries[0])
        let moved = try #require(try TestJournal.setAside(for: workspace))
        #expect(moved.lastPathComponent.hasPrefix("ks.json.journal.orphaned-"))
        #expect(try TestJournal.recover(for: workspace) == nil)
    }

    @Test("a recovery fingerprint passed in is used instead of reading the file")
    func givenFingerprint() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try File.save(TestDocument.sample, to: workspace)
        let (_, fingerprint) = try File.loadWithFingerprint(from: workspace)
        let journal = try TestJournal.open(for: workspace, fingerprint: fingerprint)
        try journal.append(entries[0])
        #expect(try TestJournal.recover(for: workspace, fingerprint: fingerprint)?.entries == [entries[0]])
        #expect(throws: JournalError.self) {
            try TestJournal.recover(for: workspace, fingerprint: .contents(size: 1, fnv1a64: 1))
        }
    }
}
