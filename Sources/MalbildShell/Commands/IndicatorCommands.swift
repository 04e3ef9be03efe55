import MalbildCore

extension CommandTable {
    /// Indicators, their baselines and targets, and measurements.
    static var indicators: [Command] {
        [
            Command(
                name: "indicator",
                aliases: ["indikator"],
                forms: [
                    [.word("add"), .single("ID"), .text("NAME"),
                     .option(OptionSpec("source", value: "SOURCE", suggestions: ["kolada:", "scb:NII", "scb:NMI", "scb:NRI", "kommunkompassen:", "manual"])),
                     .option(OptionSpec("unit", value: "UNIT")),
                     .option(OptionSpec("direction", value: "higher|lower", suggestions: ["higher", "lower"])),
                     .option(OptionSpec("owner", value: "\"…\""))],
                    [.word("remove"), .indicator],
                    [.word("show"), .indicator],
                    [.word("discontinue"), .indicator, .text("WHY"), .option(OptionSpec("replaced-by", value: "OTHER")),
                     .option(OptionSpec("from", value: "YEAR|DATE"))],
                    [.word("set"), .indicator, .choice("FIELD", ["name", "unit", "source", "direction", "owner"]), .text("VALUE")],
                ],
                summary: "Add, show, remove, correct or discontinue an indicator of the chosen goal.",
                details: """
                    An indicator is what a steering goal is measured by. SOURCE is kolada:KPI (a Kolada key
                    figure such as kolada:N00945), scb:NII (an index of SCB's citizen survey: NRI, NMI or NII),
                    kommunkompassen:AREA, or manual (the default). Direction says whether higher or lower
                    values are better (default higher). Ids are unique in the workspace, so measure,
                    baseline and target find the indicator from any goal.
                    "indicator discontinue" ends a series (SCB's NII ended after 2020): its history is kept,
                    it takes no new values, and it points to the indicator that carries on. Without --from it
                    takes values dated up to its last one; with --from YEAR (from 1 January) or --from DATE it
                    takes values dated before that day, also late ones from an import, and refuses later ones.
                    "indicator set ID FIELD VALUE" corrects the name, unit, source or direction of an indicator
                    (a key figure renamed or redefined) and keeps its values, baseline and target; a new source
                    for an indicator with values is asked about at a terminal. Undo takes it back.
                    --owner "…" (or "indicator set ID owner VALUE", none to clear) names the body or person
                    responsible for the indicator.
                    """,
                examples: [
                    "indicator add nii \"Nöjd Inflytande-Index (NII)\" --source scb:NII --unit \"index 0–100\"",
                    "indicator add langtid \"Långtidsarbetslösa 25–64 år\" --source kolada:N03926 --unit % --direction lower",
                    "indicator show nii",
                    "indicator discontinue nii \"SCB:s index upphörde efter 2020\" --replaced-by delaktighet --from 2021",
                    "indicator set langtid name \"Långtidsarbetslösa 25–64 år, andel av befolkningen\"",
                ]
            ) { session, inv in
                if inv.has("add") {
                    try session.addIndicator(id: inv.value("ID") ?? "", name: inv.value("NAME") ?? "", inv)
                } else if inv.has("remove") {
                    let (goal, indicator) = try session.indicator(inv.indicator ?? "")
                    let question = session.t(.indicatorRemoveQuestion, indicator.id, indicator.measurements.count)
                    guard try session.confirmChange(question, whenNotAsked: true) else { return session.say(.indicatorKept, indicator.id) }
                    try session.perform(.removeIndicator(goal: goal.number, id: indicator.id))
                    session.say(.indicatorRemoved, indicator.id, goal.number)
                } else if inv.has("set") {
                    try session.setIndicatorField(inv.indicator ?? "", field: inv.value("FIELD") ?? "", to: inv.value("VALUE") ?? "")
                } else if inv.has("show") {
                    let (goal, indicator) = try session.indicator(inv.indicator ?? "")
                    session.say(IndicatorView(indicator: indicator, goal: goal, width: session.console.width, t: session.t).render())
                } else {
                    let (goal, indicator) = try session.indicator(inv.indicator ?? "")
                    let next = inv.option("replaced-by")
                    if let next, next.lowercased() == indicator.id.lowercased() {
                        throw session.failure(.indicatorReplacesItself)
                    }
                    if let next { _ = try session.indicator(next) }
                    let from = try inv.option("from").map { try session.endDay($0) }
                    let ended = Discontinuation(replacedBy: next.flatMap { session.workspace.indicatorOwner($0)?.indicator($0)?.id },
                                                reason: inv.value("WHY") ?? "", from: from)
                    try session.perform(.setDiscontinued(goal: goal.number, indicator: indicator.id, discontinuation: ended))
                    let n = indicator.measurements.count
                    session.say(session.t(.seriesEnded, indicator.id, n)
                        + (ended.from.map { session.t(.seriesEndsFrom, $0) } ?? "")
                        + (ended.replacedBy.map { session.t(.seriesPointsTo, $0) } ?? "") + ".")
                }
            },
            Command(
                name: "indicators",
                aliases: ["indikatorer"],
                forms: [[], [.word("all")]],
                summary: "List the chosen goal's indicators, or every goal's.",
                details: "With no goal chosen, or with \"all\", every goal's indicators are listed.",
                examples: ["indicators", "indicators all"]
            ) { session, inv in
                let chosen = inv.has("all") ? nil : session.focus.flatMap { session.workspace.goal($0) }
                let goals = chosen.map { [$0] } ?? session.workspace.goals
                session.say(IndicatorsTable(goals: goals, width: session.console.width, t: session.t, symbols: session.symbols,
                                            checkpoint: session.currentCheckpoint).render())
            },
            referenceCommand(name: "baseline", aliases: ["utgångsvärde"], noun: .baselineNoun, summary: "Set an indicator's baseline: the value progress is measured from.",
                             example: "baseline nii 2018 45", make: Edit.setBaseline),
            referenceCommand(name: "target", aliases: ["målvärde"], noun: .targetNoun, summary: "Set an indicator's target: the value to reach.",
                             example: "target nii 2019 55", make: Session.targetEdit),
            Command(
                name: "measure",
                aliases: ["mät"],
                forms: [[.indicator, .when, .amount("VALUE"),
                         .option(OptionSpec("women", value: "V")), .option(OptionSpec("men", value: "V")),
                         .option(OptionSpec("status", value: "\"…\"")), .option(OptionSpec("correct", value: "\"WHY\"")),
                         .option(OptionSpec("example"))]],
                summary: "Record a value of an indicator, in total and for women and men.",
                details: """
                    The value is for a date (YYYY-MM-DD) or a checkpoint (delår1, delår2, helår). Decimal comma
                    or point. A missing value is written - with --status saying why. A value already
                    recorded for the day is never overwritten silently: give --correct "why" to correct it;
                    the earlier value stays in the indicator's history. --example marks an example value, not data.
                    """,
                examples: [
                    "measure nii delår1 48 --women 50 --men 46",
                    "measure nii 2019-08-31 - --status \"Publiceras i december\"",
                    "measure nii delår1 49 --correct \"Fel avläst i rapporten\"",
                ]
            ) { session, inv in
                try session.measure(inv)
            },
        ]
    }

    /// `baseline` and `target`: ID PERIOD VALUE, or ID none to clear.
    private static func referenceCommand(
        name: String, aliases: [String], noun: Key, summary: String, example: String,
        make: @escaping (GoalNumber, String, Reference?) -> Edit
    ) -> Command {
        Command(
            name: name,
            aliases: aliases,
            forms: [[.indicator, .single("PERIOD"), .amount("VALUE"), .option(OptionSpec("example"))], [.indicator, .word("none")]],
            summary: summary,
            details: name == "target"
                ? "PERIOD is a year (2025), a checkpoint (delår1, delår2, helår) or the plan period (plan, or its years: 2024-2027). An indicator keeps a target per period: the first one set is its target, the others sit beside it; the card, assess, forecasts and reports use the target of the period in question (the checkpoint's, else its year's, else the plan period's, else the first) and show the others. \"\(name) ID none\" clears the first, \"target ID PERIOD none\" the period's. --example marks it as an example value, not data."
                : "PERIOD is a year (2018) or a checkpoint (delår1, delår2, helår). \"\(name) ID none\" clears it. --example marks it as an example value, not data.",
            examples: [example, "\(name) nii none"] + (name == "target" ? ["target nii 2019 none"] : [])
        ) { session, inv in
            let (goal, indicator) = try session.indicator(inv.indicator ?? "")
            if name == "target", let text = inv.value("PERIOD"), inv.value("VALUE")?.lowercased() == "none" {
                // One period's target; the others stay.
                let period = try session.period(text)
                guard indicator.target(for: period) != nil else { throw session.failure(.calNoTargetFor, indicator.id, period) }
                try session.perform(.setPeriodTarget(goal: goal.number, indicator: indicator.id, period: period, reference: nil))
                return session.say(.referenceCleared, session.t(noun), "\(indicator.id) (\(period))")
            }
            if inv.has("none") {
                try session.perform(make(goal.number, indicator.id, nil))
                return session.say(.referenceCleared, session.t(noun), indicator.id)
            }
            let period = try session.period(inv.value("PERIOD") ?? "")
            let value = try session.number(inv.value("VALUE") ?? "", what: session.t(noun))
            try session.perform(make(goal.number, indicator.id, Reference(period: period, value: value, example: inv.flag("example"))))
            session.say("\(indicator.id): \(session.t(noun)) \(session.t.number(value)) \(indicator.unit) (\(period))".trimmingTrailingBlanks())
        }
    }
}
