import Testing
@testable import MalbildReport

/// How the report writes numbers, and the chart's round ticks.
@Suite struct NumberTextTests {
    @Test func numbersHaveADecimalCommaAndGroupedThousands() {
        #expect(Swedish.number(52.5) == "52,5")
        #expect(Swedish.number(45) == "45")
        #expect(Swedish.number(2.0) == "2")
        #expect(Swedish.number(0.333) == "0,33")
        #expect(Swedish.number(999) == "999")
        #expect(Swedish.number(2_400) == "2\u{A0}400")
        #expect(Swedish.number(1_234_567.891) == "1\u{A0}234\u{A0}567,89")
        #expect(Swedish.number(-3.5) == "\u{2212}3,5")
        #expect(Swedish.number(-0.001) == "0")
        #expect(Swedish.number(.nan) == "")
    }

    @Test func plainDecimalsForCSV() {
        #expect(Swedish.decimal(52.5, separator: ",", fractionDigits: 6) == "52,5")
        #expect(Swedish.decimal(38_800, separator: ".", fractionDigits: 6) == "38800")
        #expect(Swedish.decimal(-2.25, separator: ",", fractionDigits: 6) == "-2,25")
        #expect(Swedish.decimal(0.1 + 0.2, separator: ".", fractionDigits: 6) == "0.3")
    }

    @Test func ticksAreRoundAndCoverTheRange() {
        #expect(SVGChart.ticks(low: 40, high: 46) == [40, 42, 44, 46])
        #expect(SVGChart.ticks(low: 5, high: 5) == [4, 4.5, 5, 5.5, 6])
        #expect(SVGChart.ticks(low: 38_000, high: 42_000) == [38_000, 39_000, 40_000, 41_000, 42_000])
        let padded = SVGChart.ticks(low: 12, high: 20, padding: 0.05)
        #expect(padded.first ?? 99 < 12 && padded.last ?? 0 > 20)
        #expect((4...7).contains(padded.count))
    }
}
