import MalbildCore

/// One step of the undo history: the edits a command made and the edits
/// that take them back, in the order to apply them.
struct UndoEntry {
    /// What the command did, as the log records it.
    var change: LogChange
    /// The edits as they were applied.
    var forward: [Edit]
    /// The edits that undo them, last change first.
    var backward: [Edit]
    /// The place in `forward` of the edit the step is named after, if any.
    var main: Int?
    /// The sequence number the store gave the step when it was last done (or undone).
    var sequence: Int64 = 0
}
