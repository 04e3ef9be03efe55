import MalbildCore

/// A goal's activities, numbered, with the share in each status.
struct ActivitiesView {
    let goal: Goal
    let width: Int

    func render() -> String {
        if goal.activities.isEmpty { return "Goal \(goal.number) has no activities yet: activity add \"…\"" }
        let rows = goal.activities.enumerated().map { i, a in
            [String(i + 1), a.status.rawValue, a.due?.description ?? "", a.owner ?? "", a.text]
        }
        return TextLayout.table(["N", "Status", "Due", "Owner", "Activity"], rows, width: width)
            + "\n" + Self.shares(goal.activities)
    }

    /// "2 of 4 genomförd (50%), 1 påbörjad (25%), …".
    static func shares(_ activities: [Activity]) -> String {
        let total = activities.count
        guard total > 0 else { return "No activities." }
        let parts = ActivityStatus.allCases.compactMap { status -> String? in
            let n = activities.filter { $0.status == status }.count
            guard n > 0 else { return nil }
            return "\(n) \(status.rawValue) (\(Number.percent(Double(n) / Double(total))))"
        }
        return "\(total) activit\(total == 1 ? "y" : "ies"): " + parts.joined(separator: ", ")
    }
}
