extension CommandTable {
    /// Bringing values in: Kolada's data files and spreadsheets; comparing with other municipalities.
    static var imports: [Command] {
        [
            Command(
                name: "import",
                forms: [
                    [.word("kolada"), .text("FILES")],
                    [.word("csv"), .file, .option(OptionSpec("skip-bad")), .option(OptionSpec("correct", value: "\"WHY\""))],
                ],
                summary: "Import values: Kolada's JSON data files, or a spreadsheet saved as CSV.",
                details: """
                    import kolada FILE… reads the files Kolada's API gives (v2 and v3; several pages at once).
                    Values for the workspace's municipality (workspace set kolada) go into the indicators whose
                    source is that KPI, a year Y on 31 December, in total and for women and men; missing values
                    keep Kolada's status. Other municipalities' values are kept in this session for compare.
                    Importing the same file twice changes nothing; a changed value becomes a correction, and the
                    earlier one stays in the history.
                    import csv FILE reads columns indicator, date (or checkpoint), value, women, men (also in
                    Swedish: indikator, datum, värde, kvinnor, män), as Swedish Excel saves them (semicolons,
                    decimal comma) or plain (commas, decimal point). Each bad line is reported with its number
                    and nothing is imported unless --skip-bad. An import is one step: undo takes it all back.
                    """,
                examples: ["import kolada kolada-N03926-0665.json", "import csv matvarden.csv", "import csv matvarden.csv --skip-bad"]
            ) { session, inv in
                if inv.has("kolada") {
                    let files = (inv.value("FILES") ?? "").split(separator: " ").map(String.init)
                    try session.importKolada(files)
                } else {
                    try session.importCSV(inv.file ?? "", skipBad: inv.flag("skip-bad"), correction: inv.option("correct"))
                }
            },
            Command(
                name: "kolada",
                forms: [[.word("urls"), .option(OptionSpec("years", value: "YEARS")), .option(OptionSpec("compare", value: "IDS"))]],
                summary: "Print the Kolada API addresses to download for the workspace's Kolada indicators.",
                details: """
                    One address per KPI, for the workspace's municipality and the years (default: the plan year
                    and the four before, and any baseline or target year), with a file name to save it as.
                    Nothing is fetched: open the addresses in a browser or with curl, then import kolada.
                    --years 2015-2019 or 2018,2019; --compare 0680,0000 adds other municipalities (0000 is the
                    whole country), for compare; --v2 gives the older API's addresses.
                    """,
                examples: ["kolada urls", "kolada urls --years 2016-2019 --compare 0680,0662,0000"]
            ) { session, inv in
                try session.koladaURLs(years: inv.option("years"), compare: inv.option("compare"))
            },
            Command(
                name: "compare",
                forms: [[.indicator, .option(OptionSpec("group", value: "IDS")), .option(OptionSpec("year", value: "YEAR"))]],
                summary: "Compare an indicator's Kolada values with other municipalities' from the imported files.",
                details: """
                    Shows where the workspace's municipality stands among the municipalities in the imported
                    file for the indicator's KPI: its rank (by the indicator's direction), the median, and with
                    --group the chosen municipalities side by side. It describes a position relative to others,
                    not a judgement of the goal.
                    """,
                examples: ["compare langtid", "compare langtid --group 0680,0662,0000 --year 2018"]
            ) { session, inv in
                try session.compare(inv.indicator ?? "", group: inv.option("group"), year: inv.option("year"))
            },
        ]
    }
}
