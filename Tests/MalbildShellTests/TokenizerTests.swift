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

@Suite struct TokenizerLiteralTests {
    @Test func aClosingQuoteAloneOnItsLineAddsNoLineBreak() throws {
        guard case .complete(let tokens) = Tokenizer.split("set ambition \"\nAtt öka.\n\"") else { throw Failure() }
        #expect(tokens.map(\.text) == ["set", "ambition", "Att öka."])
        guard case .complete(let kept) = Tokenizer.split("note \"rad ett\n\nrad tre\"") else { throw Failure() }
        #expect(kept.last?.text == "rad ett\n\nrad tre")
    }

    @Test func wordsJoinAsTyped() throws {
        guard case .complete(let tokens) = Tokenizer.split(#"note sa "vi mäter"  nu"#) else { throw Failure() }
        #expect(Token.joined(Array(tokens.dropFirst())) == #"sa "vi mäter"  nu"#)
        #expect(Token.joined([tokens[2]]) == "vi mäter")
    }

    @Test func linesAreGatheredOnce() {
        var lines = CommandLines()
        let r1 = lines.add("set ambition \"Att öka \\\"mer\\\"")
        #expect(!r1)
        let r2 = lines.add("och mer \\")
        #expect(!r2)
        let r3 = lines.add("\"")
        #expect(r3)
        #expect(!lines.isEmpty)
        var joined = CommandLines()
        let r4 = joined.add("note ett \\")
        #expect(!r4)
        let r5 = joined.add("två")
        #expect(r5)
        #expect(joined.text == "note ett \\\ntvå")
        var comment = CommandLines()
        let r6 = comment.add("# \"öppen")
        #expect(r6)
    }

    @Test("a command of one line is split once, to the words the tokenizer gives; one of several lines is left to the session", arguments: [
        "goal 6", "  set goal 3 status proposed  ", "note \"Anteckning 5 om målet\"", "criteria measurable yes \"NII, årligen\"",
        "strategy add \"a \\\"b\\\" \\\\ c\"", "a\\ b \"\" x\"y\"z", "# \"öppen", "", "   ", "\t😀 å\u{301}",
    ])
    func oneLineIsSplitOnce(line: String) {
        var lines = CommandLines()
        let complete = lines.add(line)
        #expect(complete)
        #expect(lines.tokens.map(Tokenizer.Outcome.complete) == Tokenizer.split(line))
        var several = CommandLines()
        let first = several.add("note \"ett")
        let second = several.add("två\"")
        #expect(!first && second)
        #expect(several.tokens == nil)
        #expect(several.text == "note \"ett\ntvå\"")
    }

    struct Failure: Error {}
}
