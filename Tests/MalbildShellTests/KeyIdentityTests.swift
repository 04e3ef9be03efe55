import Testing
@testable import MalbildShell

/// Keys are told apart by their case: every key is its own, in sets and in the phrase table.
@Suite struct KeyIdentityTests {
    @Test func everyKeyIsDistinctAndFindsItsOwnPhrase() {
        let all = Key.allCases
        #expect(Set(all).count == all.count)
        #expect(Dictionary(uniqueKeysWithValues: all.map { ($0, $0.rawValue) }).allSatisfy { $0.key.rawValue == $0.value })
        for (a, b) in zip(all, all.dropFirst()) {
            #expect(a != b && a == Key(rawValue: a.rawValue))
        }
    }
}
