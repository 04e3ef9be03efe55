import Testing
@testable import MalbildShell
import MalbildPostgres

/// PostgreSQL's client library that cannot be loaded is told in the screen's language,
/// naming the package that installs it.
@Suite struct PostgresClientWordsTests {
    let error = PostgresClientMissing(library: "libpq.so.5", package: "libpq5",
                                      detail: "libpq.so.5: cannot open shared object file: No such file or directory")

    @Test func theMissingLibraryIsToldWithItsPackageInBothLanguages() {
        let english = Catalogue(.en).describe(error)
        #expect(english == "PostgreSQL's client library libpq.so.5 cannot be loaded, so no store address can be used: "
            + "install the package libpq5 (libpq.so.5: cannot open shared object file: No such file or directory)")
        let swedish = Catalogue(.sv).describe(error)
        #expect(swedish.hasPrefix("PostgreSQL:s klientbibliotek libpq.so.5 kan inte läsas in"), "\(swedish)")
        #expect(swedish.contains("installera paketet libpq5"), "\(swedish)")
    }
}
