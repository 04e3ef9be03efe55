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

    /// Creates a recovery result.
    public init(entries: [Entry], ignoredIncompleteLines: Int, journalURL: URL) {
        self.entries = entries
        self.ignoredIncompleteLines = ignoredIncompleteLines
        self.journalURL = journalURL
    }

    /// The position of the first entry.
    public var startIndex: Int { entries.startIndex }
    /// The position after the last entry.
    public var endIndex: Int { entries.endIndex }
    /// The entry at a position.
    public subscript(position: Int) -> Entry { entries[position] }
}
