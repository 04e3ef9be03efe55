extension CommandTable {
    /// The tasks `help` groups the commands by, each with its commands' names
    /// in the order listed. A command in no group is listed under "Other".
    static let groups: [(heading: Key, names: [String])] = [
        (.helpGroupGoals, ["goals", "goal", "show", "next", "prev", "top", "set", "edit", "criteria", "strategy", "document",
                           "note", "area", "check", "workspace"]),
        (.helpGroupFollowUp, ["indicator", "indicators", "baseline", "target", "measure", "checkpoint", "checkpoints", "scale", "scales",
                              "assess", "forecast", "result", "activity", "activities", "import", "kolada", "compare"]),
        (.helpGroupReports, ["report", "diff", "log"]),
        (.helpGroupSessions, ["undo", "redo", "record", "replay", "tutorial", "hint", "language", "glossary",
                              "help", "clear", "echo"]),
        (.helpGroupFiles, ["new", "open", "save", "status", "recover", "source", "export", "quit"]),
    ]

    /// The table's commands by task: every command once, the ones in no
    /// group last under "Other".
    var grouped: [(heading: Key, commands: [Command])] {
        var listed = Set<String>()
        var result: [(heading: Key, commands: [Command])] = []
        for group in Self.groups {
            let members = group.names.compactMap { name in commands.first { $0.name == name } }
            listed.formUnion(members.map(\.name))
            if !members.isEmpty { result.append((group.heading, members)) }
        }
        let others = commands.filter { !listed.contains($0.name) }
        if !others.isEmpty { result.append((.helpGroupOther, others)) }
        return result
    }
}
