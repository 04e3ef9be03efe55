import Foundation

/// The text of a spreadsheet saved as CSV, as UTF-8 bytes, whatever it was saved in: UTF-8
/// with or without a byte-order mark ("CSV UTF-8"), UTF-16 with a byte-order mark ("Unicode
/// text"), or Windows-1252, which Swedish Excel's plain "CSV (semikolonavgränsad)" uses.
enum CSVText {
    /// Decodes the bytes of a file; the bytes as UTF-8, without a byte-order mark, and the
    /// encoding they were in.
    static func decode(_ data: Data) -> (bytes: [UInt8], encoding: MeasurementCSV.Encoding) {
        let raw = [UInt8](data)
        if raw.count >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) {
            let little = raw[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(raw.count / 2)
            var k = 2
            while k + 1 < raw.count {
                units.append(little ? UInt16(raw[k]) | UInt16(raw[k + 1]) << 8 : UInt16(raw[k]) << 8 | UInt16(raw[k + 1]))
                k += 2
            }
            return (Array(String(decoding: units, as: UTF16.self).utf8), .utf16)
        }
        var bytes = raw
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, .utf8) }
        var text = ""
        text.unicodeScalars.reserveCapacity(bytes.count)
        for b in bytes { text.unicodeScalars.append(windows1252(b)) }
        return (Array(text.utf8), .windows1252)
    }

    /// The character a Windows-1252 byte stands for.
    private static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        if (0x80...0x9F).contains(b), let scalar = Unicode.Scalar(high[Int(b - 0x80)]) { return scalar }
        return Unicode.Scalar(b)
    }
}
