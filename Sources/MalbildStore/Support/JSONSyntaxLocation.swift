import Foundation

/// Where a JSON text stops being JSON, as a line and column a person can go to.
///
/// `JSONDecoder` only says "not valid JSON"; `JSONSerialization` says "around character
/// N" (a byte offset). This turns that offset into a line and a column counted in
/// characters, both from 1.
struct JSONSyntaxLocation: Equatable {
    /// The line, from 1.
    let line: Int?
    /// The column in characters, from 1.
    let column: Int?
    /// What is wrong, in lower case, such as "invalid value".
    let detail: String

    /// Finds the fault in bytes that `JSONDecoder` refused.
    static func locate(in data: Data) -> JSONSyntaxLocation {
        if String(decoding: data, as: UTF8.self).allSatisfy({ $0.isWhitespace }) {
            return JSONSyntaxLocation(line: nil, column: nil, detail: "the file is empty")
        }
        let message: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return JSONSyntaxLocation(line: nil, column: nil, detail: "the JSON parser refused it")
        } catch {
            let info = (error as NSError).userInfo
            message = (info[NSDebugDescriptionErrorKey] as? String) ?? (error as NSError).localizedDescription
        }
        var detail = message
        if detail.hasSuffix(".") { detail.removeLast() }
        var offset: Int?
        if let range = detail.range(of: " around character ") {
            offset = Int(detail[range.upperBound...])
            detail = String(detail[..<range.lowerBound])
        } else if detail.lowercased().contains("end of file") {
            var end = data.endIndex
            while end > data.startIndex, [9, 10, 13, 32].contains(data[end - 1]) { end -= 1 }
            offset = end - data.startIndex
        }
        if let first = detail.first { detail = first.lowercased() + detail.dropFirst() }
        guard let offset, offset >= 0, offset <= data.count else {
            return JSONSyntaxLocation(line: nil, column: nil, detail: detail)
        }
        let before = data.prefix(offset)
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return JSONSyntaxLocation(line: line, column: column, detail: detail)
    }
}
