import Testing
@testable import MalbildCore
@testable import MalbildShell

@Suite struct SparklineTests {
    func indicator(_ totals: [Double], target: Double? = nil, baseline: Double? = nil, split: Bool = false) throws -> Indicator {
        let days = try (1...totals.count).map { try Day(year: 2019, month: $0, day: 1) }
        let values = zip(days, totals).map { day, total in
            Measurement(day: day, total: total, women: split ? total + 1 : nil, men: split ? total - 1 : nil)
        }
        return Indicator(id: "x", name: "X", baseline: baseline.map { Reference(period: .year(2018), value: $0) },
                         target: target.map { Reference(period: .year(2019), value: $0) }, measurements: MeasurementSeries(values))
    }

    @Test func barsRiseWithTheValuesAndTheTargetIsMarked() throws {
        let line = Sparkline(indicator: try indicator([10, 20, 30, 40], target: 80, baseline: 10), symbols: .unicode)
        #expect(line.bars == "▁▂▃▄")
        #expect(line.total == "▁▂▃▄→█")
        #expect(line.line(t: .english) == "series ▁▂▃▄, target level █")
        #expect(Sparkline(indicator: try indicator([10, 20, 30, 40], target: 80, baseline: 10), symbols: .ascii).total == "_.,->#")
    }

    @Test func womenAndMenAreDrawnBesideTheTotalOnAScaleOfTheirOwn() throws {
        let line = Sparkline(indicator: try indicator([2, 8], split: true), symbols: .unicode)
        #expect(line.line(t: .english) == "series ▁█; women ▃█, men ▁▆")
    }

    @Test func extremeValuesDrawWithoutOverflow() throws {
        let line = Sparkline(indicator: try indicator([-1e308, 1e308, .greatestFiniteMagnitude], target: -.greatestFiniteMagnitude), symbols: .unicode)
        #expect(line.total.count == 5)
        #expect(Sparkline(indicator: try indicator([5, 5]), symbols: .unicode).bars == "▄▄")
        #expect(Sparkline(indicator: Indicator(id: "y", name: "Y"), symbols: .unicode).line(t: .english) == nil)
    }

    @Test func theLocaleChoosesTheSymbols() {
        #expect(Sparkline.Symbols(environment: ["LANG": "sv_SE.UTF-8"]) == .unicode)
        #expect(Sparkline.Symbols(environment: ["LC_ALL": "C", "LANG": "sv_SE.UTF-8"]) == .ascii)
        #expect(Sparkline.Symbols(environment: [:]) == .ascii)
        #expect(Sparkline.Symbols(environment: ["LC_CTYPE": "C.utf8"]) == .unicode)
    }
}
