extension CommandTable {
    /// Bringing values in: Kolada's data files and spreadsheets; comparing with other municipalities.
    static var imports: [Command] {
        [
            Command(
                name: "import",
                aliases: ["importera"],
                forms: [
                    [.word("kolada"), .text("FILES")],
                    [.word("csv"), .file, .option(OptionSpec("skip-bad")), .option(OptionSpec("correct", value: "\"WHY\""))],
                    [.word("decision"), .file],
                ],
                summary: "Import values: Kolada's JSON data files, or a spreadsheet saved as CSV; or read a goal decision.",
                details: """
                    import kolada FILE… reads the files Kolada's API gives (v3 and v2; every page of an answer,
                    linked by next_url or next_page, at once; a page not given is named). Values for the
                    workspace's municipality (workspace set kolada) go into the indicators whose source is that
                    KPI, a year Y on 31 December, in total and for women and men; missing values keep Kolada's
                    status, and a value Kolada removed (isdeleted) is removed by a correction. Other places'
                    values (municipalities, the country, regions, groups) are kept in the workspace for compare
                    and the report. Metadata files (kpi, municipality, municipality_groups) are read too: the KPIs'
                    titles (a changed title is flagged, also by check), the places' names, the groups' members.
                    Importing the same file twice changes nothing; a changed value becomes a correction, and the
                    earlier one stays in the history.
                    import csv FILE reads columns indicator, date (or checkpoint), value, women, men (also in
                    Swedish: indikator, datum, värde, kvinnor, män), as Swedish Excel saves them (semicolons,
                    decimal comma) or plain (commas, decimal point). Each bad line is reported with its number
                    and nothing is imported unless --skip-bad. An import is one step: undo takes it all back.
                    import decision FILE reads a board's goal decision (the minutes' paragraph: §, title and case,
                    Beslut, Sammanfattning, goal areas, Mål N. with Ambitionsnivå:, the sentence on steering goals,
                    Expedieras till, Beslutsunderlag) from a text file (UTF-8 or Windows-1252), a PDF (pdftotext)
                    or a Word file (.docx, unzip) into a new workspace, asking first when changes are unsaved.
                    Every line it cannot place is kept as a note on the workspace and listed with the reason;
                    what could be read two ways is listed to check.
                    """,
                examples: ["import kolada kolada-N03926-0665.json kolada-kpi.json kolada-municipality.json", "import csv matvarden.csv",
                           "import csv matvarden.csv --skip-bad", "import decision ks-mal-2019.pdf"]
            ) { session, inv in
                if inv.has("decision") {
                    try session.importDecision(inv.file ?? "")
                } else if inv.has("kolada") {
                    let files = (inv.value("FILES") ?? "").split(separator: " ").map(String.init)
                    try session.importKolada(files)
                } else {
                    try session.importCSV(inv.file ?? "", skipBad: inv.flag("skip-bad"), correction: inv.option("correct"))
                }
            },
            Command(
                name: "kolada",
                forms: [[.word("urls"), .option(OptionSpec("years", value: "YEARS")), .option(OptionSpec("compare", value: "IDS"))],
                        [.word("accept"), .single("KPI")]],
                summary: "Print the Kolada API addresses to download for the workspace's Kolada indicators.",
                details: """
                    Addresses of Kolada's API v3 per KPI, for the workspace's municipality, its comparison group
                    (workspace set group) and the years (default: the plan year and the four before, and any
                    baseline or target year), split so that no part of an address holds more than 25 items, each
                    with a file name to save it as; then the metadata addresses for the KPIs, places and groups.
                    Nothing is fetched: open the addresses in a browser or with curl, then import kolada.
                    --years 2015-2019 or 2018,2019; --compare 0680,0000,0006,G37572 adds municipalities, the
                    whole country (0000), regions (0001–0025) and groups (G…), for compare.
                    kolada accept KPI takes Kolada's new title of a KPI as the one its indicators rest on, once
                    you have checked that the KPI still measures what they are meant to; the flag goes away.
                    """,
                examples: ["kolada urls", "kolada urls --years 2016-2019 --compare 0680,0662,0000,G37572", "kolada accept N03926"]
            ) { session, inv in
                if inv.has("accept") {
                    try session.koladaAccept(inv.value("KPI") ?? "")
                } else {
                    try session.koladaURLs(years: inv.option("years"), compare: inv.option("compare"))
                }
            },
            Command(
                name: "compare",
                aliases: ["jämför"],
                forms: [[.indicator, .option(OptionSpec("group", value: "IDS")), .option(OptionSpec("year", value: "YEAR"))]],
                summary: "Compare an indicator's Kolada values with other municipalities', the country's, regions' and groups'.",
                details: """
                    Shows where the workspace's municipality stands among the municipalities whose values for the
                    indicator's KPI are kept in the workspace: its rank (by the indicator's direction) and the
                    median; the country, regions and groups (the mean of their members) are shown apart and never
                    ranked. --group G37572 chooses a group (otherwise the workspace's, workspace set group) and
                    shows the rank within it; --group 0680,0662 shows those municipalities side by side. It
                    describes a position relative to others, not a judgement of the goal.
                    """,
                examples: ["compare langtid", "compare langtid --group G37572", "compare langtid --group 0680,0662,0000 --year 2018"]
            ) { session, inv in
                try session.compare(inv.indicator ?? "", group: inv.option("group"), year: inv.option("year"))
            },
        ]
    }
}
