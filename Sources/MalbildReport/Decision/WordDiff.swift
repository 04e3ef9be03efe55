/// The runs of words struck from one text and added in another, found by
/// the longest common sequence of words.
struct WordDiff {
    /// The runs of words only the old text has, in order.
    let removed: [String]
    /// The runs of words only the new text has, in order.
    let added: [String]

    /// Compares two texts word by word.
    init(from old: String, to new: String) {
        let a = old.split(separator: " ").map(String.init)
        let b = new.split(separator: " ").map(String.init)
        // lengths[i][j]: the longest common sequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var removed: [String] = []
        var added: [String] = []
        var runRemoved: [String] = []
        var runAdded: [String] = []
        func close() {
            if !runRemoved.isEmpty { removed.append(runRemoved.joined(separator: " ")) }
            if !runAdded.isEmpty { added.append(runAdded.joined(separator: " ")) }
            runRemoved = []
            runAdded = []
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                close()
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                runAdded.append(b[j])
                j += 1
            } else {
                runRemoved.append(a[i])
                i += 1
            }
        }
        close()
        self.removed = removed
        self.added = added
    }
}
