import Testing
@testable import MalbildCore

@Suite struct DayTests {
    @Test func acceptsRealDays() throws {
        #expect(try Day(parsing: "2019-04-30").description == "2019-04-30")
        #expect(try Day(parsing: "2020-02-29").day == 29)
        #expect(try Day(parsing: "2019-12-31") > Day(parsing: "2019-08-31"))
    }

    @Test func refusesThirtyFirstOfApril() {
        #expect(throws: DayError.noSuchDay(year: 2019, month: 4, day: 31, length: 30)) {
            try Day(parsing: "2019-04-31")
        }
        let message = (try? Day(parsing: "2019-04-31")).map(\.description)
            ?? DayError.noSuchDay(year: 2019, month: 4, day: 31, length: 30).description
        #expect(message == "2019-04-31 does not exist: April has 30 days")
    }

    @Test func refusesLeapDayOutsideLeapYears() {
        #expect(DayError.noSuchDay(year: 2019, month: 2, day: 29, length: 28).description
            == "2019-02-29 does not exist: 2019 is not a leap year, so February has 28 days")
        #expect(throws: DayError.self) { try Day(parsing: "2019-02-29") }
        #expect(throws: DayError.self) { try Day(parsing: "1900-02-29") }
        #expect((try? Day(parsing: "2000-02-29")) != nil)
    }

    @Test func refusesMalformedText() {
        for text in ["2019-4-30", "30 april", "", "2019-13-01", "2019-00-10", "2019-04-00", "abcd-ef-gh"] {
            #expect(throws: DayError.self, "\(text)") { try Day(parsing: text) }
        }
    }

    @Test func standardCalendarHasTheThreeCheckpoints() {
        let calendar = ReportingCalendar.standard(year: 2019)
        #expect(calendar.checkpoints.map(\.id) == ["delår1", "delår2", "helår"])
        #expect(calendar.checkpoints.map(\.day.description) == ["2019-04-30", "2019-08-31", "2019-12-31"])
        #expect(calendar.checkpoints.map(\.forecasts) == [true, true, false])
        #expect(calendar.checkpoint("delar2")?.id == "delår2")
        #expect(calendar.checkpoint("HELÅR")?.id == "helår")
        #expect(calendar.checkpoint("delår3") == nil)
    }
}
