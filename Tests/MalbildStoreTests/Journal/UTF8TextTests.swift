import Testing
@testable import MalbildStore

/// The store's readers take a string's bytes as text only when they are UTF-8, exactly as the
/// standard library's validating initializer decides.
@Suite struct UTF8TextTests {
    static let chosen: [[UInt8]] = [
        [], Array("ambitionsnivå".utf8), Array("\u{FFFD}".utf8), Array("😀 e\u{301}".utf8),
        [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xC3], [0xE2, 0x82], [0x80], [0xFF], [0x61, 0xC3, 0xA5, 0xC3], [0xEF, 0xBF, 0xBD, 0xEF, 0xBF],
    ]

    @Test func chosenBytes() {
        for bytes in Self.chosen {
            let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
            #expect(bytes.withUnsafeBufferPointer { JSONStringScanner.utf8Text($0) } == expected, "\(bytes)")
        }
    }

    @Test func generatedBytes() {
        var generator = SystemRandomNumberGenerator()
        // Bytes that start, continue and break multi-byte sequences, with some ASCII.
        let pool: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF,
                             0xF0, 0xF4, 0xF5, 0xFF, 0xA5, 0xB6, 0x82, 0xAC]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pool.randomElement(using: &generator) ?? 0 }
            let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
            #expect(bytes.withUnsafeBufferPointer { JSONStringScanner.utf8Text($0) } == expected, "\(bytes)")
        }
    }
}
