import Foundation

/// The first line of a journal: which workspace file, in which saved version, it applies to.
struct JournalHeader: Codable {
    /// The journal format; 1.
    let malbildJournal: Int
    /// The workspace file's path, for people reading the journal.
    let workspace: String
    /// The saved version of the workspace file that the entries apply to.
    let fingerprint: FileFingerprint
    /// When the journal was started.
    let created: Date

    /// The journal format this build writes and reads.
    static let currentFormat = 1
}

/// A line holding one entry: `{"entry": {...}}`.
struct JournalEntryLine<Entry: Codable>: Codable {
    /// The entry.
    let entry: Entry
}

/// A line saying a save is about to replace the workspace file with these bytes:
/// `{"saving": {...}}`. If the file on disk has this fingerprint at the next open, the entries
/// before the line are already in it.
struct JournalSavingLine: Codable {
    /// The fingerprint of the bytes being saved.
    let saving: FileFingerprint
}

/// Reads the `saving` member of any line, ignoring an entry.
struct JournalLineKind: Decodable {
    /// The fingerprint when the line marks a save, else nil.
    let saving: FileFingerprint?
}

/// A journal's bytes split into lines: the header, the complete lines after it, and an
/// incomplete last line left by a crash in the middle of a write.
struct JournalScan {
    /// One complete line after the header.
    struct Line {
        /// Its line number in the file, from 1 (the header is line 1).
        let number: Int
        /// Its bytes, without the newline.
        let bytes: Data
    }

    /// The header line's bytes, or nil when the file has no complete first line.
    let header: Data?
    /// The complete, non-empty lines after the header.
    let lines: [Line]
    /// The length of the file up to and including its last newline.
    let completeLength: Int
    /// 1 when the file ends in a line without a newline (it is ignored), else 0.
    let incompleteLines: Int

    /// Splits a journal's bytes.
    init(_ data: Data) {
        let newline = UInt8(ascii: "\n")
        var header: Data?
        var lines: [Line] = []
        var start = data.startIndex
        var number = 0
        while let end = data[start...].firstIndex(of: newline) {
            number += 1
            let bytes = Data(data[start..<end])
            if number == 1 {
                header = bytes
            } else if !bytes.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) {
                lines.append(Line(number: number, bytes: bytes))
            }
            start = end + 1
        }
        self.header = header
        self.lines = lines
        self.completeLength = start - data.startIndex
        self.incompleteLines = start < data.endIndex ? 1 : 0
    }
}

/// What a journal holds for the workspace file as it is now.
struct JournalInspection<Entry: Codable> {
    /// Why a journal cannot be used for the current file.
    enum Problem: Error {
        /// It was started against another version of the file.
        case anotherVersion
        /// The first line is not a journal header.
        case notAJournal(detail: String)
        /// A line cannot be read.
        case damagedLine(number: Int, detail: String)
    }

    /// Whether the file has a complete header at all.
    let hasHeader: Bool
    /// The entries to replay, in order.
    let entries: [Entry]
    /// The raw lines of those entries, to carry over into a re-headed journal.
    let entryLines: [Data]
    /// True when the entries follow a `saving` line rather than the header, so that the
    /// journal should be re-headed before use.
    let followsSave: Bool
    /// The scan of the bytes.
    let scan: JournalScan

    /// Checks a journal's bytes against the fingerprint of the workspace file now.
    static func inspect(_ data: Data, current: FileFingerprint) throws(Problem) -> JournalInspection {
        let scan = JournalScan(data)
        let decoder = StoreCoding.makeDecoder()
        guard let headerBytes = scan.header else {
            return JournalInspection(hasHeader: false, entries: [], entryLines: [], followsSave: false, scan: scan)
        }
        let header: JournalHeader
        do {
            header = try decoder.decode(JournalHeader.self, from: headerBytes)
        } catch {
            throw .notAJournal(detail: "its first line is not a journal header")
        }
        guard header.malbildJournal == JournalHeader.currentFormat else {
            throw .notAJournal(
                detail: "it is in journal format \(header.malbildJournal); this version reads format \(JournalHeader.currentFormat)")
        }
        var kinds: [FileFingerprint?] = []
        for line in scan.lines {
            do {
                kinds.append(try decoder.decode(JournalLineKind.self, from: line.bytes).saving)
            } catch {
                throw .damagedLine(number: line.number, detail: "it is not a JSON object")
            }
        }
        let firstIndex: Int
        let followsSave: Bool
        if let marker = kinds.lastIndex(where: { $0 == current }) {
            firstIndex = marker + 1
            followsSave = true
        } else if header.fingerprint == current {
            firstIndex = 0
            followsSave = false
        } else {
            throw .anotherVersion
        }
        var entries: [Entry] = []
        var entryLines: [Data] = []
        for index in firstIndex..<scan.lines.count where kinds[index] == nil {
            let line = scan.lines[index]
            do {
                entries.append(try decoder.decode(JournalEntryLine<Entry>.self, from: line.bytes).entry)
                entryLines.append(line.bytes)
            } catch let error as DecodingError {
                let (place, detail) = CodingPathText.describe(error, dropping: 1)
                throw .damagedLine(number: line.number, detail: place.isEmpty ? detail : "at \(place): \(detail)")
            } catch {
                throw .damagedLine(number: line.number, detail: String(describing: error))
            }
        }
        return JournalInspection(
            hasHeader: true, entries: entries, entryLines: entryLines, followsSave: followsSave, scan: scan)
    }
}
