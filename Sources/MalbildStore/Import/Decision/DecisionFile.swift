import Foundation

/// A decision file's text: plain text (UTF-8, or Windows-1252 as Word saves
/// it), a PDF through `pdftotext -layout` (poppler-utils), or a Word file
/// (.docx) whose `word/document.xml` is taken out with the system's `unzip`.
/// Any other kind of file is refused with its kind named.
public enum DecisionFile {
    /// The kinds of file read.
    public enum Kind: String, Sendable {
        /// Plain text.
        case text
        /// PDF.
        case pdf
        /// Word (.docx).
        case docx
    }

    /// The text of a decision file and the kind it was read as.
    public static func text(of url: URL) throws(DecisionImportError) -> (text: String, kind: Kind) {
        let (shown, result) = ImportFileReader.read(url)
        let data: Data
        switch result {
        case .success(let bytes): data = bytes
        case .failure(.missing): throw DecisionImportError(path: shown, fault: .missing)
        case .failure(.isFolder): throw DecisionImportError(path: shown, fault: .isFolder)
        case .failure(.notReadable(let reason)): throw DecisionImportError(path: shown, fault: .notReadable(reason: reason))
        }
        let bytes = [UInt8](data.prefix(8))
        if bytes.starts(with: Array("%PDF-".utf8)) {
            return (try pdfText(url, shown: shown), .pdf)
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return (try docxText(url, shown: shown), .docx)
        }
        if let kind = otherKind(data) { throw DecisionImportError(path: shown, fault: .otherKind(kind)) }
        guard let text = decode(data) else { throw DecisionImportError(path: shown, fault: .otherKind(.binary)) }
        return (text, .text)
    }

    /// Text from UTF-8 (with or without a byte order mark), else from
    /// Windows-1252; nil when the bytes are not text.
    static func decode(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        // Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined.
        guard !bytes.contains(where: { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }) else { return nil }
        return String(data: bytes, encoding: .windowsCP1252)
    }

    /// The kind of a file that is not text, named by its first bytes.
    static func otherKind(_ data: Data) -> OtherFileKind? {
        let signatures: [([UInt8], OtherFileKind)] = [
            ([0x89, 0x50, 0x4E, 0x47], .png), ([0xFF, 0xD8, 0xFF], .jpeg), ([0x47, 0x49, 0x46, 0x38], .gif),
            ([0xD0, 0xCF, 0x11, 0xE0], .oldOffice), ([0x1F, 0x8B], .gzip), ([0x7B, 0x5C, 0x72, 0x74, 0x66], .rtf),
            ([0x7F, 0x45, 0x4C, 0x46], .program),
        ]
        let bytes = [UInt8](data.prefix(8))
        for (signature, kind) in signatures where bytes.starts(with: signature) { return kind }
        if data.prefix(4096).contains(0) { return .binary }
        let head = String(decoding: data.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if head.hasPrefix("{") || head.hasPrefix("[") {
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil { return .json }
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        return nil
    }

    private static func pdfText(_ url: URL, shown: String) throws(DecisionImportError) -> String {
        let output = try run("pdftotext", package: "poppler-utils", ["-layout", "-enc", "UTF-8", url.path, "-"], shown: shown)
        guard let text = String(data: output, encoding: .utf8) else {
            throw DecisionImportError(path: shown, fault: .toolFailed(tool: "pdftotext", message: "its output is not UTF-8"))
        }
        return text
    }

    private static func docxText(_ url: URL, shown: String) throws(DecisionImportError) -> String {
        let list = try run("unzip", package: "unzip", ["-Z1", url.path], shown: shown)
        let names = String(decoding: list, as: UTF8.self).split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard names.contains("word/document.xml") else {
            throw DecisionImportError(path: shown, fault: .otherKind(.zip))
        }
        let xml = try run("unzip", package: "unzip", ["-p", url.path, "word/document.xml"], shown: shown)
        return DocxText.text(ofDocumentXML: String(decoding: xml, as: UTF8.self))
    }

    private static func run(_ tool: String, package: String, _ arguments: [String], shown: String) throws(DecisionImportError) -> Data {
        switch ExternalTool.run(tool, arguments) {
        case .success(let data): return data
        case .failure(.missing): throw DecisionImportError(path: shown, fault: .toolMissing(tool: tool, package: package))
        case .failure(.failed(let message)): throw DecisionImportError(path: shown, fault: .toolFailed(tool: tool, message: message))
        }
    }
}
