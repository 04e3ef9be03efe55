import MalbildCore

extension CommandTable {
    /// `workspace`: the record of the municipality, the decision and the source's texts.
    static var workspace: Command {
        let fields = InfoField.allCases.map(\.rawValue)
        let lists = InfoList.allCases.map(\.rawValue)
        return Command(
            name: "workspace",
            aliases: ["arbetsyta"],
            forms: [
                [],
                [.word("set"), .choice("FIELD", fields), .optionalText("VALUE")],
                [.word("add"), .choice("LIST", lists), .text("TEXT")],
                [.word("remove"), .choice("LIST", lists), .number("N")],
                [.word("step"), .word("add"), .single("BODY"), .single("DATE"), .single("PARAGRAPH"), .text("ACTION")],
                [.word("step"), .word("remove"), .number("N")],
            ],
            summary: "Show or change the workspace's record: municipality, Kolada id, decision and its texts.",
            details: """
                FIELD is name (shown in the prompt), municipality, kolada (the four-digit id, e.g. 0665),
                body, title, reference (e.g. KS 2018/109), paragraph (§55), date (YYYY-MM-DD), proposal,
                decision (what was decided), rule (the rule for inriktningsmål), group (the Kolada group of
                similar municipalities to compare with, e.g. G37572). Without a value it is cleared.
                LIST is summary, criterion, followup, document (beslutsunderlag) or dispatch (expedieras till).
                "workspace step add" adds a step of the decision path: who, when (or -), which paragraph, what.
                """,
            examples: [
                "workspace set municipality Vaggeryd", "workspace set kolada 0665",
                "workspace add document \"Kommunledningskontorets tjänsteskrivelse 2019-02-13\"",
                "workspace step add KSAU 2019-02-20 \"§ 22\" \"proposed the ambition levels\"",
            ]
        ) { session, inv in
            if inv.has("step") {
                if inv.has("add") {
                    let dayText = inv.value("DATE") ?? "-"
                    var day: Day?
                    if dayText != "-" {
                        do { day = try Day(parsing: dayText, year: session.workspace.planYear) } catch { throw ShellError.failed(session.t.describe(error)) }
                    }
                    let step = DecisionStep(body: inv.value("BODY") ?? "", day: day, paragraph: inv.value("PARAGRAPH") ?? "",
                                            action: inv.value("ACTION") ?? "")
                    try session.perform(.insertStep(index: session.workspace.decision.path.count, step: step))
                    session.say(.stepAdded, session.workspace.decision.path.count)
                } else {
                    let n = Int(inv.value("N") ?? "") ?? 0
                    try session.perform(.removeStep(index: n - 1))
                    session.say(.stepRemoved, n)
                }
            } else if inv.has("set"), let field = InfoField(rawValue: inv.value("FIELD") ?? "") {
                try session.perform(.setInfo(field: field, value: inv.value("VALUE") ?? ""))
                let now = session.workspace.info(field)
                session.say(now.isEmpty ? session.t(.infoCleared, CommandWords.shown(field.rawValue, in: session.language)) : session.t(.infoSet, CommandWords.shown(field.rawValue, in: session.language), now))
            } else if inv.has("add"), let list = InfoList(rawValue: inv.value("LIST") ?? "") {
                let text = inv.value("TEXT") ?? ""
                try session.perform(.insertInfo(list: list, index: session.workspace.items(list).count, text: text))
                session.say(.infoAdded, CommandWords.shown(list.rawValue, in: session.language), session.workspace.items(list).count, text)
            } else if inv.has("remove"), let list = InfoList(rawValue: inv.value("LIST") ?? "") {
                let n = Int(inv.value("N") ?? "") ?? 0
                try session.perform(.removeInfo(list: list, index: n - 1))
                session.say(.infoRemoved, CommandWords.shown(list.rawValue, in: session.language), n)
            } else {
                session.say(WorkspaceView(workspace: session.workspace, width: session.console.width, t: session.t).render())
            }
        }
    }
}
