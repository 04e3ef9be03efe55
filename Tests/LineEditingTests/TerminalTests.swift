import Testing

@testable import LineEditing

@Suite struct TerminalFactsTests {
    @Test func dumbTerminalIsNeverInteractive() {
        #expect(Terminal.isInteractive(environment: ["TERM": "dumb"]) == false)
    }

    @Test func noColorTurnsColourOff() {
        #expect(Terminal.colorEnabled(environment: ["NO_COLOR": "1"]) == false)
    }

    @Test func widthIsPositive() {
        #expect(Terminal.width() > 0)
    }
}

@Suite struct PromptEscapeTests {
    @Test func plainPromptsStayAsTheyAre() {
        #expect(EditLineReader.markingEscapes(in: "ks2019* mål 6> ") == "ks2019* mål 6> ")
    }

    @Test func colourSequencesAreMarkedAsNotPrinting() {
        #expect(
            EditLineReader.markingEscapes(in: "\u{1B}[1;32mks2019\u{1B}[0m> ")
                == "\u{1}\u{1B}[1;32m\u{1}ks2019\u{1}\u{1B}[0m\u{1}> ")
        #expect(EditLineReader.markingEscapes(in: "a\u{1B}[") == "a\u{1}\u{1B}[\u{1}")
    }
}
