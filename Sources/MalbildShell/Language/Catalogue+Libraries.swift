extension Catalogue {
    /// Libraries that are loaded only when used: PostgreSQL's client library when a store
    /// address is used, libedit when lines are edited at a terminal.
    static let libraries: [Key: Phrase] = [
        .pgClientMissing: Phrase(
            "PostgreSQL's client library {0} cannot be loaded, so no store address can be used: install the package {1} ({2})",
            "PostgreSQL:s klientbibliotek {0} kan inte läsas in, så ingen lageradress kan användas: installera paketet {1} ({2})"),
        .lineEditingMissing: Phrase(
            "lines cannot be edited here: the line editing library {0} cannot be loaded; install the package {1} ({2})",
            "rader kan inte redigeras här: radredigeringsbiblioteket {0} kan inte läsas in; installera paketet {1} ({2})"),
    ]
}
