extension Catalogue {
    /// PostgreSQL's client library, which is loaded only when a store address is used.
    static let postgresClient: [Key: Phrase] = [
        .pgClientMissing: Phrase(
            "PostgreSQL's client library {0} cannot be loaded, so no store address can be used: install the package {1} ({2})",
            "PostgreSQL:s klientbibliotek {0} kan inte läsas in, så ingen lageradress kan användas: installera paketet {1} ({2})"),
    ]
}
