import MalbildCore

/// A workspace of format 4 or older holds its log as sentences.
extension Workspace: OldSentenceReading {
    /// The workspace with its log's old sentences read into values.
    public func readingOldSentences() -> Workspace {
        readingLog(OldLogSentences.upgrade)
    }
}

/// A journal written before format 5 holds its steps' log entries as sentences.
extension Edit: OldSentenceReading {
    /// The edit with its log entry's old sentence, if it has one, read into a value.
    public func readingOldSentences() -> Edit {
        guard case .appendLog(let entry) = self else { return self }
        return .appendLog(entry: OldLogSentences.upgrade(entry))
    }
}
