import Foundation
import Testing
@testable import MalbildCore

/// The one rule for values, and the exact text that reads back the same value.
@Suite struct NumberRuleTests {
    static let extremes: [Double] = [
        0, 1, -1, 52.5, -0.25, 0.1, 1e-7, -1e-7, 1.234e-5, Double.leastNonzeroMagnitude, 2.2250738585072014e-308, 1e-300,
        123456789.123456789, 999_999_999_999_999, -999_999_999_999_999, 999_999_999_999_999.9,
        1_234_567_890_123.456, 1e14 + 0.5, 0.30000000000000004, 1.0 / 3, -2.0 / 3, 562_949_953_421_313,
    ]

    @Test(arguments: extremes)
    func exactReadsBackTheSameValue(value: Double) throws {
        let text = Number.exact(value)
        #expect(!text.contains("e") && !text.contains("E"), "\(text)")
        #expect(!text.hasSuffix(".0"), "\(text)")
        let back = try #require(Number.parse(text), "\(text) is not read back")
        #expect(back == value, "\(value) -> \(text) -> \(back)")
    }

    @Test func exactWritesPlainDigits() {
        #expect(Number.exact(1e-7) == "0.0000001")
        #expect(Number.exact(999_999_999_999_999) == "999999999999999")
        #expect(Number.exact(-52.5) == "-52.5")
        #expect(Number.exact(0) == "0")
        #expect(Number.exact(1.5e10) == "15000000000")
    }

    @Test func theRuleIsFiniteAndBelowTheLimit() {
        #expect(Number.isAllowed(999_999_999_999_999.9))
        #expect(!Number.isAllowed(1e15))
        #expect(!Number.isAllowed(-1e15))
        #expect(!Number.isAllowed(.infinity))
        #expect(!Number.isAllowed(.nan))
        #expect(!Number.isAllowed(1.7e308))
        #expect(Number.parse("1234567890123456") == nil)
        #expect(Number.read("1234567890123456") == 1234567890123456)
        #expect(Number.read(String(repeating: "9", count: 400)) == .infinity)
        #expect(Number.read("1e5") == nil)
        #expect(Number.read("٣") == nil)
    }

    @Test func theDomainRefusesAValueOutsideTheRule() throws {
        var workspace = Workspace.demo
        let goal = try #require(workspace.goals.first { !$0.indicators.isEmpty })
        let id = try #require(goal.indicators.first?.id)
        let before = workspace
        let day = try Day(parsing: "2019-04-30")
        for bad in [1e15, -1e308, Double.infinity, Double.nan] {
            #expect(throws: EditError.self) {
                try workspace.apply(.insertMeasurement(goal: goal.number, indicator: id, index: 0,
                                                       measurement: Measurement(day: day, total: 1, women: bad)))
            }
            #expect(throws: EditError.self) {
                try workspace.apply(.setBaseline(goal: goal.number, indicator: id,
                                                 reference: Reference(period: .year(2018), value: bad)))
            }
            #expect(throws: EditError.self) {
                try workspace.apply(.setTarget(goal: goal.number, indicator: id,
                                               reference: Reference(period: .year(2019), value: bad)))
            }
        }
        #expect(workspace == before)
        _ = try workspace.apply(.insertMeasurement(goal: goal.number, indicator: id, index: 0,
                                                   measurement: Measurement(day: day, total: 999_999_999_999_999)))
    }
}
