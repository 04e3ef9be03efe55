import Testing
@testable import MalbildCore
@testable import MalbildShell

/// Values filled into the catalogue's texts.
@Suite struct CatalogueValueTests {
    @Test func goalNumbersShowAsTheyDescribeThemselves() throws {
        let goal = try #require(GoalNumber("6.1"))
        #expect(Catalogue.fill("mål {0}", [goal]) == "mål 6.1")
        #expect(Catalogue.fill("mål {0}: {1}", [GoalNumber(12), "klar"]) == "mål 12: klar")
        let maybe: GoalNumber? = goal
        #expect(Catalogue.fill("mål {0}", [maybe as Any]) == "mål Optional(6.1)")
        #expect(Catalogue.fill("{0} {0:mål|# mål}", [GoalNumber(1)]) == "1 mål")
        #expect(Catalogue.fill("{00} {01:ett|# st} {+1}", ["a", 3]) == "a 3 st 3")
        #expect(Catalogue.fill("{0:ett|två|# st}", [7]) == "7 st")
        #expect(Catalogue.fill("{0:ett|två|# st}", [1]) == "ett")
        #expect(Catalogue.fill("{99999999999999999999} {-0}", ["a"]) == "{99999999999999999999} a")
    }
}
