import Foundation
import Testing
@testable import MalbildStore

@Suite("Dates and fingerprints")
struct StoreCodingTests {
    @Test("dates are written in UTC, with milliseconds only when they have a fraction")
    func formatting() {
        #expect(StoreCoding.format(Date(timeIntervalSince1970: 1_556_620_920)) == "2019-04-30T10:42:00Z")
        #expect(StoreCoding.format(Date(timeIntervalSince1970: 1_556_620_920.5)) == "2019-04-30T10:42:00.500Z")
    }

    @Test("dates are read with or without a fraction, in UTC or with an offset")
    func parsing() {
        let moment = Date(timeIntervalSince1970: 1_556_620_920)
        #expect(StoreCoding.parse("2019-04-30T10:42:00Z") == moment)
        #expect(StoreCoding.parse("2019-04-30T12:42:00+02:00") == moment)
        #expect(StoreCoding.parse("2019-04-30T10:42:00.250Z") == moment.addingTimeInterval(0.25))
        #expect(StoreCoding.parse("30 april 2019") == nil)
    }

    @Test("FNV-1a 64 matches the published test values")
    func fnv() {
        #expect(FileFingerprint.fnv1a64(Data()) == 0xcbf2_9ce4_8422_2325)
        #expect(FileFingerprint.fnv1a64(Data("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(FileFingerprint.fnv1a64(Data("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    @Test("a fingerprint is written as none or as size and hash, and read back")
    func fingerprintCoding() throws {
        let encoder = StoreCoding.makeEncoder(pretty: false)
        let decoder = StoreCoding.makeDecoder()
        let some = FileFingerprint(of: Data("a".utf8))
        #expect(String(decoding: try encoder.encode(some), as: UTF8.self) == #"{"fnv1a64":"af63dc4c8601ec8c","size":1}"#)
        #expect(String(decoding: try encoder.encode(FileFingerprint.absent), as: UTF8.self) == #""none""#)
        #expect(try decoder.decode(FileFingerprint.self, from: encoder.encode(some)) == some)
        #expect(try decoder.decode(FileFingerprint.self, from: Data(#""none""#.utf8)) == .absent)
        #expect(throws: DecodingError.self) { try decoder.decode(FileFingerprint.self, from: Data(#""nej""#.utf8)) }
    }

    @Test("the fingerprint of a missing file is absent")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        #expect(try FileFingerprint.ofFile(at: folder.file("nothing.json")) == .absent)
    }
}
