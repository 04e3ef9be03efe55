import Testing
@testable import MalbildStore

/// The buffer a journal line is written into: it grows past its first room, at once by more
/// than double, and keeps every byte in order.
@Suite struct ByteRunTests {
    @Test func bytesAreKeptInOrderAcrossGrowth() {
        var run = ByteRun(capacity: 16)
        var expected: [UInt8] = []
        // One byte at a time past the first room, exactly at its edge and one past it.
        for i in 0..<17 {
            run.append(UInt8(i))
            expected.append(UInt8(i))
        }
        // A piece larger than double the room, then small pieces and an empty one.
        let large = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        large.withUnsafeBytes { run.append(bytes: $0) }
        expected += large
        for piece in [[UInt8](), [1, 2, 3], Array(repeating: 0xC3, count: 513)] {
            piece.withUnsafeBytes { run.append(bytes: $0) }
            expected += piece
        }
        #expect(run.count == expected.count)
        #expect(run.withBytes { Array($0) } == expected)
    }

    @Test func aLongJournalLineIsWrittenWhole() throws {
        // A text far longer than a line's first room, with escapes and Swedish letters.
        let text = String(repeating: "Åtgärd \"ett\"\\två\n", count: 200)
        let encoder = StoreCoding.makeEncoder(pretty: false)
        var writer = JournalLineWriter(encoder: encoder)
        writer.object(nil) { w in
            w.string("text", text)
            w.int("n", -9_223_372_036_854_775_807)
        }
        // As the store's encoder writes the text.
        let expected = Array("{\"text\":".utf8) + Array(try encoder.encode(text))
            + Array(",\"n\":-9223372036854775807}".utf8)
        #expect(writer.bytes == expected)
        #expect(writer.bytes.count > 4_000)
    }
}
