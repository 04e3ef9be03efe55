import Foundation
import Testing
@testable import MalbildStore

/// A journal's bytes split into its header and lines: line numbers, offsets, blank lines, a
/// last line without its newline, and bytes that are a slice of a larger buffer.
@Suite struct JournalScanTests {
    @Test func linesKeepTheirNumbersAndOffsets() {
        let text = "{\"h\":1}\n{\"a\":1}\n\n \t\r\n{\"b\":\"å\"}\n{\"cut"
        let scan = JournalScan(Data(text.utf8))
        #expect(scan.header == Data("{\"h\":1}".utf8))
        #expect(scan.headerLength == 8)
        #expect(scan.lines.map(\.number) == [2, 5])
        #expect(scan.lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["{\"a\":1}", "{\"b\":\"å\"}"])
        #expect(scan.lines.map(\.start) == [8, 21])
        #expect(scan.completeLength == text.utf8.count - 5)
        #expect(scan.incompleteLines == 1)
    }

    @Test func aSliceIsReadFromItsOwnStart() {
        let whole = Data("xxxx{\"h\":1}\n{\"a\":1}\n".utf8)
        let scan = JournalScan(whole[4...])
        #expect(scan.header == Data("{\"h\":1}".utf8))
        #expect(scan.lines.map(\.start) == [8])
        #expect(scan.completeLength == 16)
        #expect(scan.incompleteLines == 0)
    }

    @Test func emptyAndHeaderlessBytes() {
        let empty = JournalScan(Data())
        #expect(empty.header == nil && empty.lines.isEmpty && empty.completeLength == 0 && empty.incompleteLines == 0)
        let partial = JournalScan(Data("{\"h\":".utf8))
        #expect(partial.header == nil && partial.completeLength == 0 && partial.incompleteLines == 1)
    }
}
