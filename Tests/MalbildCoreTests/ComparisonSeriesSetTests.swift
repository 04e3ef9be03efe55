import Testing
@testable import MalbildCore

/// Setting and removing a place's year values, in order and out of it, checked against a
/// plain model: years ascending, each with its value, and counts only when one is known.
@Suite("A comparison series keeps its years in order")
struct ComparisonSeriesSetTests {
    @Test("any order of sets and removes gives the series the model gives", arguments: 0..<30)
    func agreesWithModel(seed: Int) {
        var g = UInt64(seed) &* 2_654_435_761 &+ 1
        func next(_ n: Int) -> Int {
            g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((g >> 33) % UInt64(n))
        }
        var series = ComparisonSeries()
        var model: [Int: (Double, Int)] = [:]
        var year = 1990
        for _ in 0..<200 {
            // Mostly the next year, as files come; sometimes an earlier or the same one.
            switch next(10) {
            case 0..<6: year += 1 + next(2)
            case 6: year -= next(5)
            default: break
            }
            let count: Int? = seed % 3 == 0 ? nil : (next(4) == 0 ? nil : next(5))
            if next(8) == 0 {
                let removed = series.remove(year)
                #expect(removed == (model[year] != nil))
                model[year] = nil
            } else {
                let value = Double(next(1000)) / 10
                series.set(value, count: count, in: year)
                model[year] = (value, count ?? 0)
            }
            let years = model.keys.sorted()
            #expect(series.years == years)
            #expect(series.values == years.map { model[$0]?.0 ?? .nan })
            let counts = years.map { model[$0]?.1 ?? 0 }
            #expect(series.counts == (counts.allSatisfy { $0 == 0 } ? [] : counts))
        }
    }
}
