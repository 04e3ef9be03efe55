import Testing
@testable import MalbildShell

@Suite struct TokenizerTests {
    func words(_ line: String) -> [String]? {
        if case .complete(let tokens) = Tokenizer.split(line) { return tokens.map(\.text) }
        return nil
    }

    @Test func splitsOnBlanks() {
        #expect(words("goal 6") == ["goal", "6"])
        #expect(words("  set   kind\tsteering  ") == ["set", "kind", "steering"])
        #expect(words("") == [])
    }

    @Test func quotesHoldBlanksAndEscapes() {
        #expect(words(#"note "två ord""#) == ["note", "två ord"])
        #expect(words(#"note "ett \"citat\" och \\ streck""#) == ["note", #"ett "citat" och \ streck"#])
        #expect(words(#"note """#) == ["note", ""])
        #expect(words(#"set title Mål"6"x"#) == ["set", "title", "Mål6x"])
    }

    @Test func keepsSwedishLettersExactly() {
        #expect(words("note ÅÄÖ åäö é ü – ”citat”") == ["note", "ÅÄÖ", "åäö", "é", "ü", "–", "”citat”"])
        #expect(words("note \"Kvinnors och mäns upplevelse\"") == ["note", "Kvinnors och mäns upplevelse"])
    }

    @Test func openQuoteAndFinalBackslashAskForMore() {
        #expect(Tokenizer.split(#"set ambition "Att öka"#) == .incomplete(.openQuote))
        #expect(Tokenizer.split("note första \\") == .incomplete(.continuation))
        #expect(words("set ambition \"rad ett\nrad två\"") == ["set", "ambition", "rad ett\nrad två"])
        #expect(words("note första \\\nandra") == ["note", "första", "andra"])
        #expect(words("note första\\\nandra") == ["note", "första", "andra"])
    }

    @Test func commentLinesAreEmpty() {
        #expect(words("# en kommentar") == [])
        #expect(words("   # indragen") == [])
        #expect(words("note issue #5") == ["note", "issue", "#5"])
    }

    @Test func quoteRoundTrips() {
        for text in ["enkel", "två ord", #"ett "citat""#, "back\\slash", "", "#hash", "rad\nrad"] {
            #expect(words("note " + Tokenizer.quote(text)) == ["note", text], "\(text)")
        }
    }
}
