import MalbildCore

/// A goal's activities, numbered, with the share in each status.
struct ActivitiesView {
    let goal: Goal
    let width: Int
    let t: Catalogue

    func render() -> String {
        if goal.activities.isEmpty { return t(.noActivitiesYet, goal.number) }
        let rows = goal.activities.enumerated().map { i, a in
            [String(i + 1), a.status.rawValue, a.due?.description ?? "", a.owner ?? "", a.text]
        }
        return TextLayout.table([t(.headN), t(.headStatus), t(.headDue), t(.headOwner), t(.headActivity)], rows, width: width, whole: [0, 2])
            + "\n" + Self.shares(goal.activities, t: t)
    }

    /// "2 of 4 genomförd (50%), 1 påbörjad (25%), …".
    static func shares(_ activities: [Activity], t: Catalogue) -> String {
        let total = activities.count
        guard total > 0 else { return t(.noActivities) }
        let parts = ActivityStatus.allCases.compactMap { status -> String? in
            let n = activities.filter { $0.status == status }.count
            guard n > 0 else { return nil }
            return "\(n) \(status.rawValue) (\(Number.percent(Double(n) / Double(total))))"
        }
        return t(.activitiesShares, total, parts.joined(separator: ", "))
    }
}
