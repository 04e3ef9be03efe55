/// The undo (or redo) history: a stack of steps that can be taken back to how it was at a
/// mark without having been copied there. A script's held steps set a mark before the first
/// of them; a stack of many thousand steps is then not copied once per piece written, only the
/// entries taken off below the mark are kept aside.
struct HistoryStack {
    /// The steps, oldest first.
    private(set) var entries: [UndoEntry] = []
    /// While marked: how many of the first entries are still as they were at the mark, and the
    /// entries the mark had beyond them, last first (as they were taken off).
    private var mark: (kept: Int, taken: [UndoEntry])?

    /// An empty history.
    init() {}

    /// A history of these steps, oldest first.
    init(_ entries: [UndoEntry]) {
        self.entries = entries
    }

    /// How many steps it has.
    var count: Int { entries.count }
    /// Whether it has none.
    var isEmpty: Bool { entries.isEmpty }
    /// The newest step.
    var last: UndoEntry? { entries.last }
    /// The oldest step.
    var first: UndoEntry? { entries.first }

    /// Adds a step on top.
    mutating func append(_ entry: UndoEntry) {
        entries.append(entry)
    }

    /// Takes the newest step off (there must be one).
    mutating func removeLast() {
        guard let entry = entries.popLast() else { return }
        if var marked = mark, entries.count < marked.kept {
            mark = nil  // so that the array is not shared while it grows
            marked.kept = entries.count
            marked.taken.append(entry)
            mark = marked
        }
    }

    /// Takes every step off.
    mutating func removeAll() {
        while !entries.isEmpty, mark != nil { removeLast() }
        entries.removeAll()
    }

    /// Remembers the history as it is now, to go back to with ``goBackToMark()``.
    mutating func setMark() {
        mark = (entries.count, [])
    }

    /// Forgets the mark: what was done since stays.
    mutating func dropMark() {
        mark = nil
    }

    /// Makes the history what it was at the mark (unchanged when there is none).
    mutating func goBackToMark() {
        guard let marked = mark else { return }
        mark = nil
        entries.removeSubrange(marked.kept...)
        entries.append(contentsOf: marked.taken.reversed())
    }
}
