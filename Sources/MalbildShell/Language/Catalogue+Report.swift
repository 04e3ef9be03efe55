extension Catalogue {
    /// Writing reports.
    static let report: [Key: Phrase] = [
        .notAReportFormat: Phrase("\"{0}\" is not a report format: use md, html, csv or json", "\"{0}\" är inget rapportformat: använd md, html, csv eller json"),
        .notACSVStyle: Phrase("\"{0}\" is not a CSV style: use excel or plain", "\"{0}\" är ingen CSV-stil: använd excel eller enkel"),
        .notARegularFileToWrite: Phrase(
            "{0} is not a regular file (a FIFO, a device or a link to nothing); nothing was written",
            "{0} är ingen vanlig fil (en FIFO, en enhet eller en länk till ingenting); inget skrevs"),
        .folderMissing: Phrase("cannot write {0}: the folder {1} does not exist", "kan inte skriva {0}: mappen {1} finns inte"),
        .writeOverQuestion: Phrase("{0} exists; write over it?", "{0} finns redan; skriva över den?"),
        .nothingWritten: Phrase("Nothing was written.", "Inget skrevs."),
        .reportWritten: Phrase("Wrote the {0} report ({1}) to {2}.", "Skrev rapporten för {0} ({1}) till {2}."),
    ]
}
