import MalbildCore

/// Differences between two workspaces, goal by goal; long texts old and new
/// side by side.
struct DiffView {
    let changes: [WorkspaceDiff.Change]
    let oldName: String
    let newName: String
    let width: Int
    let t: Catalogue

    func render() -> String {
        if changes.isEmpty { return t(.noDifferences) }
        var out: [String] = []
        for c in changes {
            let head = (c.goal.map { t(.diffGoal, $0) } ?? t(.diffWorkspace)) + t.words(c.what)
            let isScale = c.what == .scale
            let old = c.old.map { t.words(isScale ? t.scaleValue($0) : $0) } ?? "", new = c.new.map { t.words(isScale ? t.scaleValue($0) : $0) } ?? ""
            if old.count + new.count > width - head.count - 10, !old.isEmpty, !new.isEmpty {
                out.append(head)
                out.append(Self.sideBySide(old, new, titles: (oldName, newName), width: width))
            } else if !old.isEmpty, !new.isEmpty {
                out.append(TextLayout.wrap("\(head): \(old) → \(new)", width: width))
            } else if !new.isEmpty || !old.isEmpty {
                out.append(TextLayout.wrap("\(head): \(new.isEmpty ? old : new)", width: width))
            } else {
                out.append(head)
            }
        }
        out.append(t(.differencesCount, changes.count))
        return out.joined(separator: "\n")
    }

    /// Two texts in two columns under their titles.
    static func sideBySide(_ a: String, _ b: String, titles: (String, String), width: Int) -> String {
        let column = max(20, (width - 5) / 2)
        let left = [titles.0] + TextLayout.wrap(a, width: column).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let right = [titles.1] + TextLayout.wrap(b, width: column).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (0..<max(left.count, right.count)).map { i in
            let l = i < left.count ? left[i] : ""
            let r = i < right.count ? right[i] : ""
            return ("  " + TextLayout.pad(l, column) + " | " + r).trimmingTrailingBlanks()
        }.joined(separator: "\n")
    }
}
