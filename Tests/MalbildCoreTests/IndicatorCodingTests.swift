import Foundation
import Testing
@testable import MalbildCore

/// An indicator's values are written as columns (format 2); the one object
/// per value of format 1 is still read.
@Suite struct IndicatorCodingTests {
    @Test func columnsRoundTripEveryField() throws {
        var i = Indicator(id: "x", name: "X", source: .kolada(kpi: "N00945"), unit: "%", direction: .lower)
        i.measurements = [
            Measurement(day: try Day(parsing: "2019-04-30"), checkpoint: "delår1", total: 2.5, women: 2.1, men: 2.9, example: true),
            Measurement(day: try Day(parsing: "2019-08-31"), total: nil, status: "Publiceras i december"),
            Measurement(day: try Day(parsing: "2019-04-30"), total: 2.4, correction: "Fel i underlaget"),
        ]
        let data = try JSONEncoder().encode(i)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"values\":{"))
        #expect(!text.contains("\"measurements\""))
        #expect(try JSONDecoder().decode(Indicator.self, from: data) == i)
        let bare = Indicator(id: "y", name: "Y")
        let bareText = String(decoding: try JSONEncoder().encode(bare), as: UTF8.self)
        #expect(!bareText.contains("women"), "columns empty for every value are left out")
        #expect(try JSONDecoder().decode(Indicator.self, from: try JSONEncoder().encode(bare)) == bare)
    }

    @Test func formatOneValuesAreStillRead() throws {
        let v1 = """
            {"id":"x","name":"X","source":{"manual":{}},"unit":"","direction":"higher",
             "measurements":[{"day":"2019-04-30","total":48,"women":50,"status":"","example":false}]}
            """
        let i = try JSONDecoder().decode(Indicator.self, from: Data(v1.utf8))
        #expect(i.measurements.count == 1)
        #expect(i.measurements[0].women == 50)
        #expect(i.measurements[0].day.description == "2019-04-30")
    }

    @Test func columnsOfDifferentLengthsAreRefused() {
        let bad = """
            {"id":"x","name":"X","source":{"manual":{}},"unit":"","direction":"higher",
             "values":{"day":["2019-04-30","2019-05-31"],"total":[1]}}
            """
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Indicator.self, from: Data(bad.utf8)) }
        let badDay = """
            {"id":"x","name":"X","source":{"manual":{}},"unit":"","direction":"higher",
             "values":{"day":["2019-04-31"],"total":[1]}}
            """
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Indicator.self, from: Data(badDay.utf8)) }
    }
}
