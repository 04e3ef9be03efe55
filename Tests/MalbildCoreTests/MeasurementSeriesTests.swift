import Testing
@testable import MalbildCore

/// The compact series against an array of the same values, edit by edit.
@Suite("A series of values kept as columns")
struct MeasurementSeriesTests {
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func measurement(_ rng: inout Seeded) -> Measurement {
        let day = try! Day(year: 2018 + Int.random(in: 0...2, using: &rng), month: Int.random(in: 1...12, using: &rng),
                           day: Int.random(in: 1...28, using: &rng))
        func maybe<T>(_ value: T) -> T? { Int.random(in: 0..<4, using: &rng) == 0 ? value : nil }
        return Measurement(
            day: day, checkpoint: maybe("delår1"), total: maybe(Double(Int.random(in: -50...50, using: &rng)) / 4) ?? 1,
            women: maybe(2.5), men: maybe(-0.0), status: maybe("ej redovisat") ?? "", correction: maybe("rättad"),
            example: maybe(true) ?? false)
    }

    /// Checks everything the series tells against the array it should equal.
    static func check(_ series: MeasurementSeries, _ model: [Measurement], _ note: String) {
        #expect(Array(series) == model, "\(note)")
        #expect(series.count == model.count, "\(note)")
        #expect(series.isInDayOrder == zip(model, model.dropFirst()).allSatisfy { $0.day <= $1.day }, "\(note)")
        #expect(series.hasWomen == model.contains { $0.women != nil }, "\(note)")
        #expect(series.hasMen == model.contains { $0.men != nil }, "\(note)")
        #expect(series.hasStatus == model.contains { !$0.status.isEmpty }, "\(note)")
        #expect(series.hasCheckpoint == model.contains { $0.checkpoint != nil }, "\(note)")
        #expect(series.hasCorrection == model.contains { $0.correction != nil }, "\(note)")
        #expect(series.hasExample == model.contains { $0.example }, "\(note)")
        #expect(series.latestDay == model.map(\.day).max(), "\(note)")
        for day in Set(model.map(\.day)).sorted().prefix(8) {
            #expect(series.lastIndex(ofDay: day) == model.lastIndex { $0.day == day }, "\(note) \(day)")
        }
        #expect(series.lastIndex(ofDay: try! Day(year: 1999, month: 1, day: 1)) == nil, "\(note)")
        for i in model.indices {
            #expect(series.total(at: i) == model[i].total && series.women(at: i) == model[i].women
                    && series.men(at: i) == model[i].men && series.day(at: i) == model[i].day, "\(note) \(i)")
        }
    }

    @Test("appending, inserting, removing and replacing keep the same values as an array")
    func editsAgainstAnArray() {
        var rng = Seeded(state: 11)
        for round in 0..<40 {
            var series = MeasurementSeries()
            var model: [Measurement] = []
            for step in 0..<30 {
                let note = "round \(round) step \(step)"
                switch Int.random(in: 0..<6, using: &rng) {
                case 0, 1:
                    var m = Self.measurement(&rng)
                    if let last = model.last, Bool.random(using: &rng), let later = try? Day(year: 2021, month: 1, day: 1) {
                        m.day = max(last.day, later)
                    }
                    series.append(m)
                    model.append(m)
                case 2:
                    let m = Self.measurement(&rng)
                    let at = Int.random(in: 0...model.count, using: &rng)
                    series.insert(m, at: at)
                    model.insert(m, at: at)
                case 3:
                    guard !model.isEmpty else { continue }
                    let at = Int.random(in: 0..<model.count, using: &rng)
                    #expect(series.remove(at: at) == model.remove(at: at), "\(note)")
                case 4:
                    guard !model.isEmpty else { continue }
                    let at = Int.random(in: 0..<model.count, using: &rng)
                    let m = Self.measurement(&rng)
                    series[at] = m
                    model[at] = m
                default:
                    guard !model.isEmpty else { continue }
                    series.removeLast()
                    model.removeLast()
                }
                Self.check(series, model, note)
            }
            Self.check(MeasurementSeries(model), model, "round \(round) built at once")
            #expect(MeasurementSeries(model) == series)
        }
    }

    @Test("columns of different lengths make no series")
    func unequalColumns() throws {
        let day = try Day(year: 2019, month: 4, day: 30)
        #expect(MeasurementSeries(days: [day, day], total: [1]) == nil)
        #expect(MeasurementSeries(days: [day], total: [1], women: [1, 2]) == nil)
        #expect(MeasurementSeries(days: [day], total: [1], status: ["a"])?.count == 1)
    }

    @Test("a value takes 12 bytes, 28 split by gender, against 128 as an array of Measurement")
    func bytesPerValue() throws {
        let n = 100_000
        let days = (0..<n).map { try! Day(year: 1900 + $0 / 336, month: 1 + $0 / 28 % 12, day: 1 + $0 % 28) }
        let plain = try #require(MeasurementSeries(days: days, total: days.map { Double($0.day) }))
        let split = try #require(MeasurementSeries(days: days, total: days.map { Double($0.day) },
                                                   women: days.map { Double($0.month) }, men: days.map { _ in nil }))
        #expect(plain.columnBytes <= 12 * n + n / 20)
        #expect(split.columnBytes <= 20 * n + n / 20)
        #expect(MemoryLayout<Measurement>.stride * n > 100 * n)
    }
}
