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

    @Test func valuesOfOtherTypesAndOptionalsShowAsTheyDid() {
        let text: String? = "klar"
        let count: Int? = 1
        #expect(Catalogue.fill("{0} {1:ett|# st}", [text as Any, count as Any]) == "klar ett")
        #expect(Catalogue.fill("{0:ett|# st}", [Int64(1)]) == "ett")
        #expect(Catalogue.fill("{0:ett|# st}", [2.5]) == "2.5 st")
        #expect(Catalogue.fill("{0} {1}", [Substring("del"), -12]) == "del -12")
    }

    @Test func everyKeyFindsItsOwnPhraseByItsCaseNumber() {
        let numbers = Key.allCases.map(\.caseNumber)
        #expect(Set(numbers).count == Key.allCases.count)
        #expect(Catalogue.phrasesByCase.count == Key.allCases.count)
        for key in Key.allCases {
            #expect(Catalogue.phrase(of: key)?.text(in: .en) == Catalogue.phrases[key]?.text(in: .en), "\(key)")
            #expect(Catalogue.phrase(of: key)?.text(in: .sv) == Catalogue.phrases[key]?.text(in: .sv), "\(key)")
        }
    }
}
