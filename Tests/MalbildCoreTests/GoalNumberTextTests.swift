import Testing
@testable import MalbildCore

/// Goal numbers read from and written as text.
@Suite struct GoalNumberTextTests {
    @Test func readsDigitsAndDottedPathsOnly() {
        let read: [(String, [Int]?)] = [
            ("0", [0]), ("6", [6]), ("007", [7]), ("999999", [999_999]), ("1000000", nil), ("", nil),
            ("6.", nil), (".6", nil), ("6.1", [6, 1]), ("1.2.3", [1, 2, 3]), ("1.2.3.4", nil), ("1.0", nil),
            ("a", nil), ("٣", nil), ("+6", nil), ("-1", nil), (" 6", nil), ("6 ", nil), ("6\u{301}", nil), ("６", nil),
        ]
        for (text, parts) in read {
            #expect(GoalNumber(text)?.parts == parts, "\(text.debugDescription)")
        }
    }

    @Test func writesItsPartsPartedByDots() throws {
        #expect(GoalNumber(6).description == "6")
        #expect(GoalNumber(0).description == "0")
        #expect(try #require(GoalNumber(parts: [1, 2])).description == "1.2")
        #expect(try #require(GoalNumber(parts: [12, 999_999, 1])).description == "12.999999.1")
        for text in ["1", "42", "1.2", "3.10.7", "999999.999999.999999"] {
            #expect(GoalNumber(text)?.description == text)
        }
    }
}
