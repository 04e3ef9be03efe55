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
    /// The process that writes it, so that no other session takes it over while that one
    /// runs (nil in journals of older versions).
    var writerPID: Int32?
    /// When that process started, in clock ticks after boot.
    var writerStarted: UInt64?
    /// The boot it runs in.
    var writerBoot: String?

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
        /// Where it starts in the file, from 0.
        let start: Int
    }

    /// The header line's bytes, or nil when the file has no complete first line.
    let header: Data?
    /// The header line with its newline, as it starts the file.
    let headerLength: Int
    /// The complete, non-empty lines after the header.
    let lines: [Line]
    /// The length of the file up to and including its last newline.
    let completeLength: Int
    /// 1 when the file ends in a line without a newline (it is ignored), else 0.
    let incompleteLines: Int

    /// Splits a journal's bytes. The bytes are looked at through one pointer, not one `Data`
    /// access (with its checks) per byte: a journal of a long script has millions.
    init(_ data: Data) {
        var header: Data?
        var lines: [Line] = []
        var number = 0
        var headerLength = 0
        var start = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            while start < raw.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), raw.count - start) {
                let end = base.distance(to: UnsafeRawPointer(found))
                number += 1
                let line = UnsafeRawBufferPointer(rebasing: raw[start..<end])
                if number == 1 {
                    header = Data(line)
                    headerLength = end + 1
                } else if !line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) {
                    lines.append(Line(number: number, bytes: Data(line), start: start))
                }
                start = end + 1
            }
        }
        self.header = header
        self.headerLength = headerLength
        self.lines = lines
        self.completeLength = start
        self.incompleteLines = start < data.count ? 1 : 0
    }
}

/// An entry that tells where a step ends. A step is all or nothing: the entries of a step
/// that a crash cut off before its last one was written were never acknowledged, and are
/// cut from the journal when it is read. Entries that do not conform are steps of their own.
public protocol JournalStepEntry {
    /// Whether this entry is the last of its step.
    var endsStep: Bool { get }
}

/// What a journal holds for the workspace file as it is now.
struct JournalInspection<Entry: Codable> {
    /// Why a journal cannot be used for the current file at all.
    enum Problem: Error {
        /// It was started against another version of the file.
        case anotherVersion
        /// The first line is not a journal header.
        case notAJournal(detail: String)
    }

    /// A line that cannot be read, and what follows it: kept aside, not replayed.
    struct Damage {
        /// The line's number in the file.
        let line: Int
        /// What is wrong with it.
        let detail: String
        /// How many lines, from the first one not replayed on, are kept aside.
        let lines: Int
    }

    /// Whether the file has a complete header at all.
    let hasHeader: Bool
    /// The entries to replay, in order: whole steps only.
    let entries: [Entry]
    /// The raw lines of those entries, to carry over into a re-headed journal.
    let entryLines: [Data]
    /// True when the entries follow a `saving` line rather than the header, so that the
    /// journal should be re-headed before use.
    let followsSave: Bool
    /// The scan of the bytes.
    let scan: JournalScan
    /// Entries of a last step the crash cut off before its end: never acknowledged, cut.
    let cutEntries: Int
    /// A damaged line, and the lines after it, kept aside.
    let damage: Damage?
    /// Where the journal's usable part ends (every byte after it is cut or set aside); the
    /// file's length when nothing is.
    let usableLength: Int
    /// Whether the file holds more than its usable part (a torn step, an incomplete line, a
    /// damaged line and what follows).
    var needsRepair: Bool { usableLength < scan.completeLength || scan.incompleteLines > 0 }

    /// Checks a journal's bytes against the fingerprint of the workspace file now.
    static func inspect(_ data: Data, current: FileFingerprint) throws(Problem) -> JournalInspection {
        let scan = JournalScan(data)
        let decoder = StoreCoding.makeDecoder()
        guard let headerBytes = scan.header else {
            return JournalInspection(
                hasHeader: false, entries: [], entryLines: [], followsSave: false, scan: scan,
                cutEntries: 0, damage: nil, usableLength: 0)
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
        // Read every line up to the first that cannot be read; that one and the rest are kept aside.
        var kinds: [FileFingerprint?] = []
        var decoded: [Entry?] = []
        var damaged: (index: Int, detail: String)?
        let ownReader = Entry.self as? any JournalLineCodable.Type
        for (index, line) in scan.lines.enumerated() {
            if let ownReader {
                // Each line read once, by the entry's own reader.
                do throws(JournalLineError) {
                    let fields = try JournalLineReader.read(line.bytes, decoder: decoder)
                    if let saving = try fields.coded("saving", FileFingerprint.self) {
                        kinds.append(saving)
                        decoded.append(nil)
                        continue
                    }
                    let entry = try ownReader.readJournalValue(try fields.object("entry"))
                    guard let entry = readingOldSentences(entry) as? Entry else { throw JournalLineError(detail: "not an entry of this journal") }
                    kinds.append(nil)
                    decoded.append(entry)
                } catch {
                    damaged = (index, error.description)
                    break
                }
                continue
            }
            do {
                let saving = try decoder.decode(JournalLineKind.self, from: line.bytes).saving
                if saving != nil {
                    kinds.append(saving)
                    decoded.append(nil)
                    continue
                }
                let entry = readingOldSentences(try decoder.decode(JournalEntryLine<Entry>.self, from: line.bytes).entry)
                kinds.append(nil)
                decoded.append(entry)
            } catch let error as DecodingError {
                let (place, detail) = CodingPathText.describe(error, dropping: 1)
                damaged = (index, place.isEmpty ? detail : "at \(place): \(detail)")
                break
            } catch {
                damaged = (index, String(describing: error))
                break
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
        // Whole steps only: entries after the last end of a step were cut off by a crash.
        var entries: [Entry] = []
        var entryLines: [Data] = []
        var pending: [(Entry, Data)] = []
        var stepStart: Int?
        for index in firstIndex..<decoded.count {
            guard let entry = decoded[index] else { continue }
            if stepStart == nil { stepStart = index }
            pending.append((entry, scan.lines[index].bytes))
            if (entry as? any JournalStepEntry)?.endsStep ?? true {
                entries += pending.map(\.0)
                entryLines += pending.map(\.1)
                pending = []
                stepStart = nil
            }
        }
        let firstUnused = stepStart ?? damaged?.index
        let usableLength = firstUnused.map { scan.lines[$0].start } ?? scan.completeLength
        let damage = damaged.map { damaged in
            Damage(line: scan.lines[damaged.index].number, detail: damaged.detail,
                   lines: scan.lines.count - (firstUnused ?? damaged.index))
        }
        return JournalInspection(
            hasHeader: true, entries: entries, entryLines: entryLines, followsSave: followsSave, scan: scan,
            cutEntries: damage == nil ? pending.count : 0, damage: damage, usableLength: usableLength)
    }
}
