import MalbildCore

extension CommandTable {
    /// The activities that contribute to a goal.
    static var activities: [Command] {
        let statuses = ActivityStatus.allCases.map(\.rawValue)
        return [
            Command(
                name: "activity",
                aliases: ["aktivitet"],
                forms: [
                    [.word("add"), .text("TEXT"), .option(OptionSpec("owner", value: "NAME")), .option(OptionSpec("due", value: "DATE"))],
                    [.word("status"), .number("N"), .phrase("STATUS", statuses)],
                    [.word("remove"), .number("N")],
                    [.word("owner"), .number("N"), .text("OWNER")],
                ],
                summary: "Add an activity to the chosen goal, set its status, or remove it.",
                details: """
                    STATUS is genomförd (done), påbörjad (started), ej påbörjad (not started), försenad
                    (delayed) or avförd (dropped). N is the number in "activities". Supporting goals are
                    followed up by asking for the activities that contribute to them.
                    "activity owner N \"…\"" sets who is responsible for activity N (none clears it).
                    """,
                examples: [
                    "activity add \"Utveckla de kommunala råden\" --owner Kommunledningskontoret --due 2019-10-31",
                    "activity status 1 påbörjad",
                ]
            ) { session, inv in
                let goal = try session.focusedGoal(for: "activity")
                if inv.has("add") {
                    let due = try inv.option("due").map { text -> Day in
                        do { return try Day(parsing: text, year: session.workspace.planYear) } catch { throw session.failure(.optionPrefixed, "due", session.t.describe(error)) }
                    }
                    let activity = Activity(text: inv.value("TEXT") ?? "", owner: inv.option("owner"), due: due)
                    try session.perform(.insertActivity(goal: goal.number, index: goal.activities.count, activity: activity))
                    session.say(.activityAdded, goal.activities.count + 1, goal.number, activity.text)
                } else if inv.has("status") {
                    let n = Int(inv.value("N") ?? "") ?? 0
                    let text = inv.value("STATUS") ?? ""
                    guard let status = ActivityStatus(word: text) else {
                        throw session.failure(.notAnActivityStatus, text, statuses.joined(separator: ", "))
                    }
                    try session.perform(.setActivityStatus(goal: goal.number, index: n - 1, status: status))
                    session.say(session.language == .sv ? session.t(.activityStatusSetSV, n, goal.number, status.rawValue)
                                : session.t(.activityStatusSet, n, goal.number, status.rawValue, status.english))
                } else if inv.has("owner") {
                    let n = Int(inv.value("N") ?? "") ?? 0
                    let text = inv.value("OWNER") ?? ""
                    let owner = ["none", "-"].contains(text.lowercased()) ? nil : text
                    try session.perform(.setActivityOwner(goal: goal.number, index: n - 1, owner: owner))
                    session.say(owner.map { session.t(.activityOwnerSet, n, goal.number, $0) } ?? session.t(.activityOwnerCleared, n, goal.number))
                } else {
                    let n = Int(inv.value("N") ?? "") ?? 0
                    try session.perform(.removeActivity(goal: goal.number, index: n - 1))
                    session.say(.activityRemoved, n, goal.number)
                }
            },
            Command(
                name: "activities",
                aliases: ["aktiviteter"],
                forms: [[]],
                summary: "List the chosen goal's activities with their status and the share in each status.",
                examples: ["activities"]
            ) { session, _ in
                let goal = try session.focusedGoal(for: "activities")
                session.say(ActivitiesView(goal: goal, width: session.console.width, t: session.t).render())
            },
        ]
    }
}
