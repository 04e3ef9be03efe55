import Testing
@testable import MalbildReport

/// The chart's ticks for any finite range: a short list of finite, rising values that
/// covers the range. (Through the binary, ExtremeValueTests shows the whole report finishes.)
@Suite struct ChartTicksTests {
    static let largest = Double.greatestFiniteMagnitude

    static let ranges: [[Double]] = [
        [-largest, largest], [largest, largest], [-largest, -largest], [0, largest], [-largest, 0],
        [1e308, 1.7e308], [1e300, 1e300], [1e15, 1e15 + 0.25], [Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude], [-Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude],
        [1e-300, 2e-300], [123_456_789_012_345.6, 123_456_789_012_345.7], [1e16, 1e16 + 2], [-1, 1e308],
    ]

    @Test(arguments: ranges)
    func ticksAreFewFiniteAndCoverTheRange(range: [Double]) {
        let low = range[0], high = range[1]
        for padding in [0, 0.05] {
            let ticks = SVGChart.ticks(low: low, high: high, padding: padding)
            #expect((2...13).contains(ticks.count), "\(low)...\(high): \(ticks)")
            let finite = ticks.allSatisfy { $0.isFinite }
            #expect(finite, "\(ticks)")
            let rising = zip(ticks, ticks.dropFirst()).allSatisfy { pair in pair.0 < pair.1 }
            #expect(rising, "\(ticks)")
            let first = ticks.first ?? .infinity, last = ticks.last ?? -.infinity
            #expect(first <= low && last >= high, "\(low)...\(high): \(ticks)")
        }
    }

    @Test func aBoundThatIsNotFiniteGivesNoTicks() {
        #expect(SVGChart.ticks(low: .nan, high: 1).isEmpty)
        #expect(SVGChart.ticks(low: 0, high: .infinity).isEmpty)
    }
}
