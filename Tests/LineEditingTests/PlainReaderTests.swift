import Foundation
import Testing

@testable import LineEditing

/// Every line `reader` gives until the end of input.
private func allLines(_ reader: PlainReader) -> [String] {
    var lines: [String] = []
    while case let .line(line) = reader.readLine(prompt: "ignored> ") {
        lines.append(line)
    }
    return lines
}

/// A reader of a temporary file holding `bytes`.
private func fileReader(_ bytes: [UInt8]) throws -> PlainReader {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("plainreader-\(UUID().uuidString).txt")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try PlainReader(path: url.path)  // the open descriptor outlives the removal
}

@Suite struct PlainReaderTests {
    @Test func splitsLinesAndEndsWithEndOfInput() {
        let reader = PlainReader(text: "goal 6\nforecast\n")
        #expect(reader.readLine(prompt: "") == .line("goal 6"))
        #expect(reader.readLine(prompt: "") == .line("forecast"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func dropsCarriageReturnsOfCRLF() throws {
        let reader = try fileReader(Array("goal 6\r\nnote \"a\"\r\n\r\nlast\r\n".utf8))
        #expect(allLines(reader) == ["goal 6", "note \"a\"", "", "last"])
    }

    @Test func returnsALastLineWithoutNewline() throws {
        #expect(allLines(try fileReader(Array("one\ntwo".utf8))) == ["one", "two"])
        #expect(allLines(try fileReader(Array("one\r\ntwo\r".utf8))) == ["one", "two"])
    }

    @Test func keepsEmptyLines() {
        #expect(allLines(PlainReader(text: "\n\na\n\n")) == ["", "", "a", ""])
        #expect(allLines(PlainReader(text: "")) == [])
    }

    @Test func decodesSwedishUTF8() throws {
        let text = "set ambition \"Målen för Östra Vägen är nådda\"\nåäö ÅÄÖ é\n"
        #expect(
            allLines(try fileReader(Array(text.utf8)))
                == ["set ambition \"Målen för Östra Vägen är nådda\"", "åäö ÅÄÖ é"])
    }

    @Test func skipsAByteOrderMarkAtTheStartOnly() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("goal 6\n\u{FEFF}x\n".utf8)
        #expect(allLines(try fileReader(bytes)) == ["goal 6", "\u{FEFF}x"])
    }

    @Test func replacesInvalidUTF8() throws {
        #expect(allLines(try fileReader([0x61, 0xFF, 0x62, 0x0A])) == ["a\u{FFFD}b"])
    }

    @Test func readsLargeInputAcrossBlocksQuickly() throws {
        let count = 200_000
        var text = ""
        for number in 0..<count { text += "note \"rad \(number) åäö\"\r\n" }
        let reader = try fileReader(Array(text.utf8))
        let started = Date()
        let lines = allLines(reader)
        let seconds = Date().timeIntervalSince(started)
        #expect(lines.count == count)
        #expect(lines.first == "note \"rad 0 åäö\"")
        #expect(lines.last == "note \"rad \(count - 1) åäö\"")
        #expect(lines[123_456] == "note \"rad 123456 åäö\"")
        // 100,000 lines a second is the floor, even in a debug build.
        #expect(seconds < Double(count) / 100_000)
    }

    @Test func readsALineLongerThanABlock() throws {
        let long = String(repeating: "å", count: 100_000)
        #expect(allLines(try fileReader(Array("\(long)\nshort\n".utf8))) == [long, "short"])
    }

    @Test func readsFromAPipe() throws {
        let pipe = Pipe()
        let reader = PlainReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
        pipe.fileHandleForWriting.write(Data("first\nsec".utf8))
        #expect(reader.readLine(prompt: "") == .line("first"))
        pipe.fileHandleForWriting.write(Data("ond\n".utf8))
        #expect(reader.readLine(prompt: "") == .line("second"))
        try pipe.fileHandleForWriting.close()
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func isNotInteractive() {
        #expect(PlainReader(text: "").isInteractive == false)
    }

    @Test func namesAFileThatCannotBeOpened() {
        #expect(throws: PlainReaderError.self) { try PlainReader(path: "/nonexistent/x.mal") }
        let error = PlainReaderError(path: "/x.mal", reason: "No such file or directory")
        #expect(error.description == "/x.mal: No such file or directory")
    }
}
