import Testing
@testable import MalbildShell

/// The undo history goes back to its mark after any run of steps made, undone and redone
/// since, the way a script's held piece that cannot be written needs it.
@Suite struct HistoryStackTests {
    private func entry(_ n: Int) -> UndoEntry {
        UndoEntry(change: .writtenBefore("step \(n)"), forward: [], backward: [], main: nil, sequence: Int64(n))
    }

    private func numbers(_ stack: HistoryStack) -> [Int64] {
        stack.entries.map(\.sequence)
    }

    @Test func goingBackUndoesPushesAndPopsBelowTheMark() {
        var stack = HistoryStack((1...5).map(entry))
        stack.setMark()
        stack.removeLast()
        stack.removeLast()
        stack.append(entry(10))
        stack.removeLast()
        stack.removeLast()
        stack.append(entry(11))
        stack.append(entry(12))
        #expect(numbers(stack) == [1, 2, 11, 12])
        stack.goBackToMark()
        #expect(numbers(stack) == [1, 2, 3, 4, 5])
    }

    @Test func emptyingTheStackCanBeTakenBack() {
        var stack = HistoryStack((1...4).map(entry))
        stack.setMark()
        stack.append(entry(9))
        stack.removeAll()
        #expect(stack.isEmpty)
        stack.goBackToMark()
        #expect(numbers(stack) == [1, 2, 3, 4])
    }

    @Test func aDroppedMarkKeepsWhatWasDone() {
        var stack = HistoryStack((1...3).map(entry))
        stack.setMark()
        stack.removeLast()
        stack.append(entry(7))
        stack.dropMark()
        stack.goBackToMark()
        #expect(numbers(stack) == [1, 2, 7])
    }

    @Test func anyRunOfChangesGoesBackToTheMark() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let start = (0..<Int.random(in: 0...8, using: &generator)).map { entry($0) }
            var stack = HistoryStack(start)
            stack.setMark()
            for step in 0..<Int.random(in: 0...20, using: &generator) {
                switch Int.random(in: 0...5, using: &generator) {
                case 0, 1: stack.removeLast()
                case 2: stack.removeAll()
                default: stack.append(entry(1000 * (round + 1) + step))
                }
            }
            stack.goBackToMark()
            #expect(numbers(stack) == start.map(\.sequence))
        }
    }
}
