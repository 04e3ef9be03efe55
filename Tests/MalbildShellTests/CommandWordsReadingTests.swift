import Testing
@testable import MalbildShell

/// The fixed words and choices of the forms, read in either language and in any case.
@Suite struct CommandWordsReadingTests {
    func tokens(_ line: String) -> ArraySlice<Token> {
        guard case .complete(let tokens) = Tokenizer.split(line) else { return [] }
        return tokens[...]
    }

    @Test func englishWordsMatchInAnyCase() {
        #expect(CommandWords.spelled("add", by: tokens("add x")) == 1)
        #expect(CommandWords.spelled("add", by: tokens("ADD x")) == 1)
        #expect(CommandWords.spelled("add", by: tokens("adds x")) == nil)
        #expect(CommandWords.spelled("add", by: tokens("ad")) == nil)
        #expect(CommandWords.spelled("add", by: tokens("")) == nil)
        // A quoted English word is still the word.
        #expect(CommandWords.spelled("add", by: tokens(#""add" x"#)) == 1)
    }

    @Test func swedishWordsOfOneOrTwoWordsMatchUnlessQuoted() {
        #expect(CommandWords.spelled("add", by: tokens("lägg till x")) == 2)
        #expect(CommandWords.spelled("add", by: tokens("LÄGG TILL")) == 2)
        #expect(CommandWords.spelled("add", by: tokens(#"lägg "till""#)) == nil)
        #expect(CommandWords.spelled("add", by: tokens(#""lägg till""#)) == nil)
        #expect(CommandWords.spelled("set", by: tokens("Sätt")) == 1)
        #expect(CommandWords.spelled("set", by: tokens("sätta")) == nil)
        // The same letters written with a combining ring read as the same word.
        #expect(CommandWords.spelled("goal", by: tokens("ma\u{30A}l 6")) == 1)
        #expect(CommandWords.spelled("remove", by: tokens("lägg till")) == nil)
    }

    @Test func aChoiceTakesTheFirstOptionTheWordsSpell() {
        let fields = ["title", "ambition", "kind", "area", "owner", "status"]
        #expect(CommandWords.choice(fields, by: tokens("status proposed"))! == ("status", 1))
        #expect(CommandWords.choice(fields, by: tokens("typ styrande"))! == ("kind", 1))
        #expect(CommandWords.choice(fields, by: tokens("AMBITIONSNIVÅ x"))! == ("ambition", 1))
        #expect(CommandWords.choice(fields, by: tokens("color red")) == nil)
        #expect(CommandWords.choice(["none", "add"], by: tokens("ingen"))! == ("none", 1))
        #expect(CommandWords.choice(["none", "add"], by: tokens("lägg till"))! == ("add", 2))
    }

    @Test func lowerCaseKeepsWordsThatAreSoAlready() {
        #expect(CommandWords.lowerCase("status") == "status")
        #expect(CommandWords.lowerCase("Status") == "status")
        #expect(CommandWords.lowerCase("ÅR") == "år")
        #expect(CommandWords.sameInLowerCase("Ångra", "ångra"))
        #expect(!CommandWords.sameInLowerCase("kind", "kin"))
    }
}
