import MalbildReport

extension CommandTable {
    /// `report`: the interim or annual report.
    static var report: Command {
        Command(
            name: "report",
            aliases: ["rapport"],
            forms: [[.word("decision"),
                     .option(OptionSpec("format", value: "md|txt|html|docx", suggestions: DecisionFormat.allCases.map(\.rawValue))),
                     .option(OptionSpec("out", value: "FILE")), .option(OptionSpec("changes"))],
                    [.option(OptionSpec("format", value: "md|html|csv|json", suggestions: ReportFormat.allCases.map(\.rawValue))),
                     .option(OptionSpec("out", value: "FILE")),
                     .option(OptionSpec("csv-style", value: "excel|plain", suggestions: ["excel", "plain"]))],
                    [.checkpoint,
                     .option(OptionSpec("format", value: "md|html|csv|json", suggestions: ReportFormat.allCases.map(\.rawValue))),
                     .option(OptionSpec("out", value: "FILE")),
                     .option(OptionSpec("csv-style", value: "excel|plain", suggestions: ["excel", "plain"]))]],
            summary: "Write the interim report (delår1, delår2) or the annual report (helår), or draft the decision, in Swedish.",
            details: """
                Per goal area and goal: the kind, title and ambition level; for steering goals the forecast
                (at helår the result) with its rationale and a table of the indicators; for supporting goals
                the qualitative assessment, added values and activities. At the top a summary: how many goals
                in each grade, and which goals have no assessment yet. Example values are marked.
                Formats: md (Markdown, the default), html (one self-contained page with charts, for A4),
                csv (one row per indicator and checkpoint; excel: semicolons and decimal comma as Swedish
                Excel opens it, plain: commas and decimal point), json (the report's data).
                Without --out the report is printed. The checkpoint is the current one unless given.
                report decision drafts the board's decision from the workspace in Swedish, laid out as the minutes'
                paragraph; a goal whose ambition level is not decided appears as Arbetsutskottets förslag.
                --changes lists instead what the proposal changes from the decided wording, goal by goal.
                Formats: txt (printed by default), md, html (printable on A4), docx (made by pandoc; needs --out).
                """,
            examples: ["report delår1 --format html --out delar1.html", "report helår --format csv --out helar.csv", "report",
                       "report decision", "report decision --format docx --out beslut.docx", "report decision --changes"]
        ) { session, inv in
            if inv.has("decision") {
                return try session.writeDecision(format: inv.option("format"), out: inv.option("out"), changes: inv.flag("changes"))
            }
            try session.writeReport(checkpoint: inv.checkpoint ?? session.checkpoint, format: inv.option("format"),
                                    out: inv.option("out"), csvStyle: inv.option("csv-style"))
        }
    }
}
