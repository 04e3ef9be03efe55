import MalbildCore

/// Every step the shell journals ends with its log entry: the edits before the last log entry
/// are whole steps, those after it a step a crash cut off.
extension Edit: JournalStepEntry {
    /// Whether this is a step's log entry.
    public var endsStep: Bool {
        if case .appendLog = self { return true }
        return false
    }
}
