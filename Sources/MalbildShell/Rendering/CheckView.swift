import MalbildCore

/// The criteria check of some goals, as a table with the reasons.
struct CheckView {
    let goals: [Goal]
    let width: Int
    let color: Bool
    let t: Catalogue
    /// The goals right under a goal, through which a goal without indicators is measured.
    var children: (GoalNumber) -> [GoalNumber] = { _ in [] }

    /// How many criteria failed.
    var failures: Int {
        goals.flatMap { CriteriaCheck.check($0, under: children($0.number)) }.filter { $0.outcome == .failed }.count
    }

    func render() -> String {
        var rows: [[String]] = []
        var unjustified: [String] = []
        var meets: [String] = []
        var fails: [String] = []
        var open: [String] = []
        for goal in goals {
            let lines = CriteriaCheck.check(goal, under: children(goal.number))
            for line in lines {
                rows.append([goal.number.description, t.criterionWord(line.criterion), Self.mark(line.outcome, t: t), t.words(line.reason)])
                if line.missingJustification { unjustified.append("mål \(goal.number) \(t.criterionWord(line.criterion))") }
            }
            let n = goal.number.description
            if lines.contains(where: { $0.outcome == .failed }) {
                fails.append(n + " (" + lines.filter { $0.outcome == .failed }.map { t.criterionWord($0.criterion) }.joined(separator: ", ") + ")")
            } else if lines.allSatisfy({ $0.outcome == .passed }) {
                meets.append(n)
            } else {
                open.append(n + " (" + lines.filter { $0.outcome == .unknown }.map { t.criterionWord($0.criterion) }.joined(separator: ", ") + ")")
            }
        }
        var table = TextLayout.table([t(.headGoal), t(.headCriterion), t(.headOutcome), t(.headReason)], rows, width: width, wrapLast: true)
        if color {
            let passed = Self.mark(.passed, t: t), failed = Self.mark(.failed, t: t)
            table = table.replacingOccurrences(of: passed, with: "\u{1B}[32m\(passed)\u{1B}[0m")
                .replacingOccurrences(of: failed, with: "\u{1B}[31m\(failed)\u{1B}[0m")
        }
        var out = [table]
        let count = { (o: CriteriaCheck.Outcome) in rows.filter { $0[2] == Self.mark(o, t: t) }.count }
        out.append(t(.checkCounts, count(.passed), count(.failed), count(.unknown)))
        out.append(TextLayout.wrap(t(.meetAllThree) + (meets.isEmpty ? t(.noneYet) : "mål " + meets.joined(separator: ", ")), width: width))
        if !fails.isEmpty { out.append(TextLayout.wrap(t(.failList) + fails.joined(separator: "; "), width: width)) }
        if !open.isEmpty { out.append(TextLayout.wrap(t(.notJudgedList) + open.joined(separator: "; "), width: width)) }
        let undecided = CriteriaCheck.decidedWithoutAmbition(goals).map(String.init)
        if !undecided.isEmpty { out.append(TextLayout.wrap(t(.decidedWithoutAmbition) + "mål " + undecided.joined(separator: ", "), width: width)) }
        if !unjustified.isEmpty { out.append(TextLayout.wrap(t(.withoutJustification) + unjustified.joined(separator: ", "), width: width)) }
        return out.joined(separator: "\n")
    }

    static func mark(_ outcome: CriteriaCheck.Outcome, t: Catalogue) -> String {
        switch outcome {
        case .passed: return "✓ " + t(.outcomePassed)
        case .failed: return "✗ " + t(.outcomeFailed)
        case .unknown: return "? " + t(.outcomeUnknown)
        }
    }
}
