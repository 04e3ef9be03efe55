import Foundation

/// A small PDF written by hand for the tests: text lines in Helvetica
/// (WinAnsiEncoding, so å, ä, ö and • come through), one text object per
/// line, at the positions given, page by page.
enum MinimalPDF {
    /// One piece of text on a page: its left edge and baseline in points.
    struct Piece {
        var x: Double
        var y: Double
        var text: String
    }

    /// A PDF of pages of pieces.
    static func make(pages: [[Piece]], fontSize: Double = 9) -> Data {
        var objects: [String] = []
        // 1: catalog, 2: pages, 3: font; then per page a page and its content.
        let pageIDs = pages.indices.map { 4 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        var streams: [Int: Data] = [:]
        for (i, pieces) in pages.enumerated() {
            var content = Data()
            for piece in pieces {
                content += Data("BT /F1 \(fontSize) Tf \(piece.x) \(piece.y) Td (".utf8)
                content += escape(piece.text)
                content += Data(") Tj ET\n".utf8)
            }
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(pageIDs[i] + 1) 0 R >>")
            objects.append("")
            streams[pageIDs[i] + 1] = content
        }
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            let id = i + 1
            offsets.append(out.count)
            if let stream = streams[id] {
                out += Data("\(id) 0 obj\n<< /Length \(stream.count) >>\nstream\n".utf8) + stream + Data("endstream\nendobj\n".utf8)
            } else {
                out += Data("\(id) 0 obj\n\(body)\nendobj\n".utf8)
            }
        }
        let xref = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { out += Data(String(format: "%010d 00000 n \n", offset).utf8) }
        out += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// A text as lines down pages, 60 lines to a page.
    static func lines(_ text: String) -> Data {
        let all = text.components(separatedBy: "\n")
        var pages: [[Piece]] = []
        for start in stride(from: 0, to: all.count, by: 60) {
            pages.append(all[start..<min(start + 60, all.count)].enumerated().map { i, line in
                Piece(x: 40, y: 800 - Double(i) * 12, text: line)
            })
        }
        return make(pages: pages)
    }

    /// The text in Windows-1252 with the string delimiters escaped.
    private static func escape(_ text: String) -> Data {
        var escaped = ""
        for c in text {
            if c == "(" || c == ")" || c == "\\" { escaped.append("\\") }
            escaped.append(c)
        }
        return escaped.data(using: .windowsCP1252) ?? Data()
    }
}
