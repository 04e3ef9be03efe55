import MalbildCore

extension CommandTable {
    /// Checkpoints, scales, the criteria check, assessments, forecasts and results.
    static var followUp: [Command] {
        [
            Command(
                name: "checkpoint",
                aliases: ["avstämning"],
                forms: [[], [.word("add"), .single("ID"), .date, .text("NAME"), .option(OptionSpec("forecast")), .option(OptionSpec("result"))],
                        [.word("remove"), .checkpoint], [.word("set"), .checkpoint, .date], [.checkpoint]],
                summary: "Show or choose the checkpoint assessments and forecasts are for; add, move or remove one.",
                details: """
                    The calendar has delår1 (Delårsrapport 1, 30 April), delår2 (Delårsrapport 2, 31 August)
                    and helår (the annual report, 31 December) unless the workspace has its own. A forecast of
                    goal fulfilment is reported for steering goals at a checkpoint marked --forecast; at one
                    marked --result the year's result. With a plan period of several years (new --years) each
                    year has its own checkpoints, their ids ending in the year (delår1-2025).
                    "checkpoint add ID DATE \"NAME\" --forecast|--result" adds one (DATE within the plan period;
                    the id one word, not a year or a date); "checkpoint set ID DATE" moves one; "checkpoint
                    remove ID" removes one, refused while anything is recorded at it (the refusal names what).
                    Each is one step: undo takes it back. "checkpoints" lists the calendar.
                    DATE is 2025-03-31, 31/3 or 31 mars (quoted or not). Without a year it is the moved
                    checkpoint's year; a new checkpoint in a plan period of several years needs the year.
                    """,
                examples: ["checkpoint delår2", "checkpoint add mars 2024-03-31 \"Delårsrapport mars\" --forecast",
                           "checkpoint set delår2 2024-08-31", "checkpoint remove delår1"]
            ) { session, inv in
                if inv.has("add") {
                    return try session.addCheckpoint(id: inv.value("ID") ?? "", date: inv.date ?? "", name: inv.value("NAME") ?? "", inv)
                }
                if inv.has("remove") { return try session.removeCheckpoint(inv.checkpoint ?? "") }
                if inv.has("set") { return try session.moveCheckpoint(inv.checkpoint ?? "", to: inv.date ?? "") }
                if let id = inv.checkpoint {
                    guard let c = session.workspace.calendar.checkpoint(id) else {
                        throw session.failure(.noSuchCheckpointUse, id, session.checkpointList)
                    }
                    session.checkpoint = c.id
                }
                session.say(CheckpointText.calendar(session.workspace.calendar, current: session.checkpoint, t: session.t, width: session.console.width))
            },
            Command(
                name: "scale",
                aliases: ["skala"],
                forms: [[], [.word("use"), .scale], [.word("add"), .single("NAME"), .optionalText("SUMMARY")],
                        [.word("grade"), .scale, .single("SYMBOL"), .choice("MEANING", Session.meaningWords.map(\.0)), .text("WORDS"),
                         .option(OptionSpec("threshold", value: "PERCENT"))],
                        [.word("show"), .scale], [.word("remove"), .scale]],
                summary: "Show the grade scales, choose one, or define one of the workspace's own.",
                details: """
                    Every scale has "ej bedömd" (not assessed). Grades show a symbol with their words, and colour at
                    a terminal, never colour alone. The built-in scales (three, four, five) cannot be changed.
                    "scale add NAME" starts a scale of the workspace's own; "scale grade NAME SYMBOL MEANING
                    \"WORDS\"" adds a grade after those it has (best first): SYMBOL is any character, emoji
                    included; MEANING is met, partly, not-met or not-assessable; --threshold PERCENT is the share
                    of the target that must be reached for the grade. The forecast suggestion uses a partly
                    grade's threshold: a year's expected value meeting the target is met, one reaching the
                    threshold's share of it partly, one below not met. The same grades serve forecasts and
                    results. "scale show NAME" shows a scale's grades; "scale remove NAME" removes one of the
                    workspace's own, refused while it is in use. "scales" lists them all.
                    """,
                examples: ["scale", "scale use five", "scale add smileys \"Smileys\"",
                           "scale grade smileys 😊 met \"uppfyllt\" --threshold 100",
                           "scale grade smileys 😐 partly \"delvis uppfyllt\" --threshold 80", "scale show smileys"]
            ) { session, inv in
                if inv.has("add") { return try session.addScale(inv.value("NAME") ?? "", summary: inv.value("SUMMARY") ?? "") }
                if inv.has("grade") {
                    return try session.addScaleGrade(inv.scale ?? "", symbol: inv.value("SYMBOL") ?? "", meaning: inv.value("MEANING") ?? "",
                                                     words: inv.value("WORDS") ?? "", threshold: inv.option("threshold"))
                }
                if inv.has("show") { return try session.showScale(inv.scale ?? "") }
                if inv.has("remove") { return try session.removeScale(inv.scale ?? "") }
                if let name = inv.scale {
                    try session.useScale(name)
                }
                session.say(ScaleText.render(current: session.workspace.scale, color: session.console.useColor, t: session.t, scales: session.workspace.scales))
            },
            Command(
                name: "check",
                aliases: ["kontroll"],
                forms: [[.option(OptionSpec("strict"))], [.goal, .option(OptionSpec("strict"))]],
                summary: "Test ambition levels against the three criteria: all goals, or goal N.",
                details: """
                    Each criterion is passed, failed or unknown, with the reason. A steering goal fails
                    "measurable" unless it has an indicator with a target (a baseline is optional), or has
                    no indicators of its own and goals under it that it is measured through. Verdicts
                    without a justification are listed. With --strict, a failed criterion makes the
                    command fail, so a script run ends with exit code 1.
                    """,
                examples: ["check", "check 6", "check --strict"]
            ) { session, inv in
                let goals = try inv.goal.map { [try session.existingGoal($0)] } ?? session.workspace.goals
                let workspace = session.workspace
                let view = CheckView(goals: goals, width: session.console.width, color: session.console.useColor, t: session.t,
                                     children: { workspace.children(of: $0).map(\.number) })
                session.say(view.render())
                let titles = session.koladaTitleWarnings()
                if !titles.isEmpty { session.say(titles.joined(separator: "\n")) }
                if inv.flag("strict"), view.failures > 0 {
                    throw session.failure(.strictFailed, view.failures)
                }
            },
            Command(
                name: "assess",
                aliases: ["bedöm"],
                forms: [[], [.word("qualitative"), .text("TEXT"),
                             .option(OptionSpec("grade", value: "GRADE", suggestions: GradeScale.threeLevel.forecastGrades.map { String($0.words.map { $0 == " " ? "-" : $0 }) })), .option(OptionSpec("added-value", value: "\"…\""))]],
                summary: "Assess the chosen goal: its indicators, or a qualitative assessment at the checkpoint.",
                details: """
                    "assess" alone shows, per indicator, the latest value against baseline and target, the
                    trend (better, unchanged, worse, by the indicator's direction) and the gap between women
                    and men, with the assessments made so far.
                    "assess qualitative" records the working group's own assessment of the goal's development
                    at the current checkpoint: how supporting goals (inriktningsmål) are followed up, and
                    allowed on steering goals as analysis. --added-value (may be given more than once)
                    records measurable added values (mervärden) nobody could foresee at the start of the
                    year; --grade a grade of the scale in use: a forecast grade at delår on a steering goal, an
                    outcome grade at helår and always on a supporting goal, which holds no forecast.
                    """,
                examples: [
                    "assess",
                    "assess qualitative \"Fler föreningar syns på webbplatsen\" --added-value \"Ny lokalbank för föreningar\"",
                ]
            ) { session, inv in
                let goal = try session.focusedGoal(for: "assess")
                if inv.has("qualitative") {
                    try session.assessQualitative(goal, text: inv.value("TEXT") ?? "", inv)
                } else {
                    session.say(AssessView(goal: goal, workspace: session.workspace, width: session.console.width,
                                           color: session.console.useColor, t: session.t, symbols: session.symbols,
                                           checkpoint: session.currentCheckpoint).render())
                }
            },
            Command(
                name: "forecast",
                aliases: ["prognos"],
                forms: [[], [.word("all")], [.word("set"), .grade(result: false), .text("RATIONALE"), .option(OptionSpec("suggested", value: "GRADE"))], [.word("clear")]],
                summary: "Forecast goal fulfilment for the chosen steering goal at delår 1 or 2; set, clear or list forecasts.",
                details: """
                    "forecast" suggests a grade from the goal's indicators and shows its reasoning; the working
                    group confirms or overrides it with "forecast set GRADE \\"rationale\\"" (a rationale is
                    required). "forecast all" lists every steering goal at the checkpoint. No forecast can be
                    reported for a supporting goal (inriktningsmål): use assess qualitative.
                    GRADE is a grade of the scale in use, with - for blanks (uppfylls-delvis) or its number.

                    How the suggestion is computed, per indicator with a target:
                      - only values of the plan year up to the checkpoint count; with none, the indicator
                        cannot be forecast (NII, for one, is measured once a year);
                      - a latest value that meets the target: uppfylls (met);
                      - two or more values: a straight line through them (least squares) is projected to
                        31 December; met if it reaches the target, partly (uppfylls delvis) if it covers
                        at least half the way from the baseline, otherwise not met (uppfylls ej);
                      - one value: its share of the way from baseline to target against the share of the
                        year gone: at least as much is met (on track), some is partly, none is not met;
                        without a baseline the pace cannot be judged: partly;
                      - a baseline equal to the target: met only when the value meets it;
                      - a yearly series (every value dated 31 December, as Kolada's are) has no value of
                        the year at an interim checkpoint: its earlier years' values count instead. Last
                        year's outcome meeting the target: met; two or more yearly values: a straight line
                        through them is read at 31 December of the checkpoint's year, as above; one: partly,
                        the pace cannot be judged;
                      - when the scale in use gives a partly grade a threshold (a share of the target), the
                        year's expected value is judged by it instead of by the way covered: met when it
                        meets the target, partly when it reaches the threshold's share, otherwise not met;
                      - the target is the period's: the checkpoint's, else its year's, else the plan
                        period's, else the indicator's one target;
                      - higher or lower is better as the indicator's direction says.
                    The goal is met when every indicator that can be forecast is met, not met when none is,
                    otherwise partly; it cannot be forecast when no indicator can.
                    For a goal with goals under it, their forecasts are also counted per grade (träffbild)
                    with a suggestion by a rule shown on screen; the group sets its own grade with forecast set.
                    """,
                examples: ["forecast", "forecast set uppfylls-delvis \"NII steg, men inte i den takt som krävs\"", "forecast all"]
            ) { session, inv in
                if inv.has("all") {
                    return try session.forecastAll()
                }
                let goal = try session.focusedGoal(for: "forecast")
                if inv.has("set") {
                    try session.setForecast(goal, grade: inv.grade ?? "", rationale: inv.value("RATIONALE") ?? "", suggested: inv.option("suggested"))
                } else if inv.has("clear") {
                    try session.perform(.setForecast(goal: goal.number, checkpoint: session.checkpoint, forecast: nil))
                    session.say(.forecastCleared, goal.number, session.checkpoint)
                } else {
                    try session.showForecast(goal)
                }
            },
            Command(
                name: "result",
                aliases: ["resultat"],
                forms: [[.grade(result: true), .text("TEXT")], [.word("clear")]],
                summary: "Record the chosen goal's result for the year (helår), with a grade and an account.",
                details: """
                    Each year has its own result: it is kept at the chosen checkpoint when that reports the
                    year's result, otherwise at the last checkpoint of the chosen checkpoint's year that does
                    (helår, or helår-2025 in a plan period of several years). Cards, reports and the roll-up
                    of the goals above read the result of the checkpoint in question. "result clear" clears it.
                    """,
                examples: ["result delvis-uppfyllt \"NII steg från 45 till 51\""]
            ) { session, inv in
                let goal = try session.focusedGoal(for: "result")
                let point = try session.resultCheckpoint()
                if inv.has("clear") {
                    try session.perform(.setResult(goal: goal.number, checkpoint: point.id, result: nil))
                    return session.say(.resultCleared, goal.number)
                }
                let (grade, text) = try session.grade(inv.grade ?? "", then: inv.value("TEXT") ?? "", result: true)
                try session.perform(.setResult(goal: goal.number, checkpoint: point.id,
                                               result: YearResult(checkpoint: point.id, grade: grade.words, text: text)))
                session.say(.resultSet, goal.number, point.day.year, point.id, GradeMark(grade: grade, color: session.console.useColor).render())
            },
        ]
    }
}
