import Testing
@testable import MalbildCore

/// The values in force: for each day the last value entered, by day, whether the values
/// were entered in day order (with corrections right after) or out of it.
@Suite struct CurrentValuesTests {
    private func day(_ text: String) throws -> Day { try Day(parsing: text) }

    /// The rule written out plainly, to hold the fast path to.
    private func reference(_ values: [Measurement]) -> [Measurement] {
        var latest: [Day: Measurement] = [:]
        for m in values { latest[m.day] = m }
        return latest.values.sorted { $0.day < $1.day }
    }

    @Test func inDayOrderTheLastOfEachDayIsInForce() throws {
        var i = Indicator(id: "x", name: "X")
        i.measurements = [
            Measurement(day: try day("2019-04-30"), total: 1),
            Measurement(day: try day("2019-04-30"), total: 2, correction: "Fel"),
            Measurement(day: try day("2019-08-31"), total: 3),
            Measurement(day: try day("2019-12-31"), total: nil, status: "Saknas"),
            Measurement(day: try day("2019-12-31"), total: 4, correction: "Kom"),
            Measurement(day: try day("2019-12-31"), total: 5, correction: "Igen"),
        ]
        #expect(i.currentValues.map(\.total) == [2, 3, 5])
        #expect(i.currentValues == reference(Array(i.measurements)))
    }

    @Test func outOfDayOrderACorrectionOfAnEarlierDayStillWins() throws {
        var i = Indicator(id: "x", name: "X")
        i.measurements = [
            Measurement(day: try day("2019-04-30"), total: 1),
            Measurement(day: try day("2019-08-31"), total: 3),
            Measurement(day: try day("2019-04-30"), total: 2, correction: "Fel"),
            Measurement(day: try day("2018-12-31"), total: 0),
        ]
        #expect(i.currentValues.map(\.total) == [0, 2, 3])
        #expect(i.currentValues == reference(Array(i.measurements)))
    }

    @Test func everyOrderOfAFewValuesAgreesWithTheRule() throws {
        let days = [try day("2019-01-31"), try day("2019-02-28"), try day("2019-03-31")]
        // Every sequence of four values over three days: 81 of them.
        for code in 0..<81 {
            var values: [Measurement] = []
            var rest = code
            for n in 0..<4 {
                values.append(Measurement(day: days[rest % 3], total: Double(n)))
                rest /= 3
            }
            var i = Indicator(id: "x", name: "X")
            i.measurements = MeasurementSeries(values)
            #expect(i.currentValues == reference(values), "values \(values.map { ($0.day.description, $0.total ?? -1) })")
        }
    }
}

/// The last few values in force, as a chart takes them, agree with the values in force.
@Suite struct LatestValuesInForceTests {
    @Test func everyOrderOfAFewValuesAgreesWithTheValuesInForce() throws {
        let days = [try Day(parsing: "2019-01-31"), try Day(parsing: "2019-02-28"), try Day(parsing: "2019-03-31")]
        // Every sequence of five values over three days, some without a total: 243 of them.
        for code in 0..<243 {
            var values: [Measurement] = []
            var rest = code
            for n in 0..<5 {
                values.append(Measurement(day: days[rest % 3], total: n == 2 ? nil : Double(n)))
                rest /= 3
            }
            var i = Indicator(id: "x", name: "X")
            i.measurements = MeasurementSeries(values)
            for count in 0...4 {
                let expected = Array(i.currentValues.filter { $0.total != nil }.suffix(count))
                #expect(i.latestValuesInForce(count) { $0.total != nil } == expected, "code \(code), count \(count)")
            }
        }
    }
}
