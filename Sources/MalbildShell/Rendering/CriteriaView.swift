import MalbildCore

/// The three criteria of one goal, one line each with verdict and justification.
struct CriteriaView {
    let goal: Goal
    let width: Int
    let t: Catalogue

    func render(indent: String = "") -> String {
        Criterion.allCases.map { criterion in
            let a = goal.criteria[criterion]
            let head = indent + TextLayout.pad(t.criterionWord(criterion), 14) + TextLayout.pad(CriteriaView.mark(a.verdict, t: t), 10)
            if a.justification.isEmpty { return head.trimmingTrailingBlanks() }
            let body = TextLayout.wrap(a.justification, width: width, indent: String(repeating: " ", count: head.count))
            return head + body.dropFirst(head.count)
        }.joined(separator: "\n")
    }

    /// A verdict as a symbol and its word, never a symbol alone.
    static func mark(_ verdict: Verdict, t: Catalogue) -> String {
        switch verdict {
        case .yes: return "✓ " + t(.verdictYes)
        case .no: return "✗ " + t(.verdictNo)
        case .unknown: return "? " + t(.verdictUnknown)
        }
    }
}
