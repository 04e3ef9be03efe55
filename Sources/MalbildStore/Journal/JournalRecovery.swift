import Foundation

/// What a journal left by an earlier session holds for the workspace file as it is now: the
/// entries to replay, oldest first (it is a collection of them, so `for edit in recovery`
/// works), and how much was ignored.
public struct JournalRecovery<Entry: Codable>: RandomAccessCollection {
    /// The entries to replay onto the loaded workspace, oldest first.
    public let entries: [Entry]
    /// How many incomplete lines at the end were ignored (0 or 1): an entry whose write was
    /// cut off by a crash, and so was never acknowledged.
    public let ignoredIncompleteLines: Int
    /// The journal file.
    public let journalURL: URL
    /// How many entries of a step that a crash cut off before its end were cut from the
    /// journal: a step is all or nothing, and this one was never acknowledged.
    public let cutEntries: Int
    /// A line that could not be read, and the lines after it, kept aside in a file of their
    /// own; the steps before it are the entries.
    public let setAside: JournalSetAside?

    /// Creates a recovery result.
    public init(
        entries: [Entry], ignoredIncompleteLines: Int, journalURL: URL,
        cutEntries: Int = 0, setAside: JournalSetAside? = nil
    ) {
        self.entries = entries
        self.ignoredIncompleteLines = ignoredIncompleteLines
        self.journalURL = journalURL
        self.cutEntries = cutEntries
        self.setAside = setAside
    }

    /// The position of the first entry.
    /// The journal's bytes as this recovery left them and the lines of its entries, so that
    /// opening the journal right after does not read every line again.
    var readState: (bytes: Data, fingerprint: FileFingerprint, entryLines: [Data])?

    public var startIndex: Int { entries.startIndex }
    /// The position after the last entry.
    public var endIndex: Int { entries.endIndex }
    /// The entry at a position.
    public subscript(position: Int) -> Entry { entries[position] }
}

/// The part of a journal that could not be read, kept aside: from which line, why, how many
/// lines, and where they are now.
public struct JournalSetAside: Equatable, Sendable {
    /// The number of the first line that could not be read.
    public let line: Int
    /// What is wrong with it.
    public let detail: String
    /// How many lines were kept aside (the damaged one and those after it, and the start of
    /// a step the damaged line broke).
    public let lines: Int
    /// The file they are kept in, a journal of its own (`FILE.json.journal.orphaned-…`).
    public let movedTo: String

    /// Creates a record of lines kept aside.
    public init(line: Int, detail: String, lines: Int, movedTo: String) {
        self.line = line
        self.detail = detail
        self.lines = lines
        self.movedTo = movedTo
    }
}
