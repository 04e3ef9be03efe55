import Testing

@testable import LineEditing

@Suite struct CompletionPlanTests {
    @Test func lastWordIsAfterTheLastUnquotedSpace() {
        #expect(CompletionPlan.lastWord(of: "goa") == "goa")
        #expect(CompletionPlan.lastWord(of: "set amb") == "amb")
        #expect(CompletionPlan.lastWord(of: "set ") == "")
        #expect(CompletionPlan.lastWord(of: "") == "")
        #expect(CompletionPlan.lastWord(of: "note \"mål å") == "\"mål å")
        #expect(CompletionPlan.lastWord(of: "note 'a b' c") == "c")
        #expect(CompletionPlan.lastWord(of: "note a\\ b") == "a\\ b")
        #expect(CompletionPlan.lastWord(of: "set\tamb") == "amb")
    }

    @Test func oneCandidateCompletesAndAddsASpace() {
        #expect(
            CompletionPlan.plan(lineBeforeCursor: "goa", candidates: ["goal"])
                == .replace(wordLength: 3, text: "goal "))
        #expect(
            CompletionPlan.plan(lineBeforeCursor: "set ", candidates: ["ambition", "ambition"])
                == .replace(wordLength: 0, text: "ambition "))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        #expect(
            CompletionPlan.plan(lineBeforeCursor: "g", candidates: ["goal", "goals"])
                == .replace(wordLength: 1, text: "goal"))
        #expect(
            CompletionPlan.plan(lineBeforeCursor: "note Ö", candidates: ["Östra", "Östersund"])
                == .replace(wordLength: 1, text: "Öst"))
    }

    @Test func severalCandidatesWithoutProgressAreListed() {
        #expect(
            CompletionPlan.plan(lineBeforeCursor: "goal", candidates: ["goal", "goals"])
                == .list(["goal", "goals"]))
        #expect(
            CompletionPlan.plan(lineBeforeCursor: "", candidates: ["set", "goal", "set"])
                == .list(["set", "goal"]))
    }

    @Test func noCandidatesDoNothing() {
        #expect(CompletionPlan.plan(lineBeforeCursor: "xyz", candidates: []) == .none)
    }

    @Test func wordLengthCountsUnicodeScalars() {
        // libedit counts wide characters: a decomposed "å" is two of them.
        let decomposed = "note a\u{30A}"
        #expect(
            CompletionPlan.plan(lineBeforeCursor: decomposed, candidates: ["a\u{30A}ret"])
                == .replace(wordLength: 2, text: "a\u{30A}ret "))
    }

    @Test func columnsFillDownThenAcross() {
        let names = ["assess", "forecast", "goal", "help", "note", "quit", "set"]
        // Cells are 10 wide ("forecast" + 2); 30 columns hold 3 of them.
        #expect(
            CompletionPlan.columns(names, width: 30)
                == """
                assess    help      set
                forecast  note
                goal      quit

                """)
        #expect(CompletionPlan.columns(["å", "ä"], width: 80) == "å  ä\n")
        #expect(CompletionPlan.columns(["lång"], width: 2) == "lång\n")
        #expect(CompletionPlan.columns([], width: 80) == "")
    }
}
