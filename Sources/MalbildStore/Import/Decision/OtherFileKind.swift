/// The kind of a file that holds no decision text, as its first bytes tell.
public enum OtherFileKind: String, Equatable, Sendable, CaseIterable {
    /// A PNG image.
    case png
    /// A JPEG image.
    case jpeg
    /// A GIF image.
    case gif
    /// An old Word or Excel file (.doc, .xls).
    case oldOffice
    /// A gzip archive.
    case gzip
    /// An RTF file.
    case rtf
    /// A program (ELF).
    case program
    /// A ZIP archive that is not a Word file (no word/document.xml).
    case zip
    /// A JSON file.
    case json
    /// An HTML page.
    case html
    /// Bytes that are not text.
    case binary

    /// The kind in English, for the error's description.
    public var description: String {
        switch self {
        case .png: return "a PNG image"
        case .jpeg: return "a JPEG image"
        case .gif: return "a GIF image"
        case .oldOffice: return "an old Word or Excel file (.doc, .xls): save it as .docx or PDF"
        case .gzip: return "a gzip archive"
        case .rtf: return "an RTF file: save it as .docx or PDF"
        case .program: return "a program (ELF)"
        case .zip: return "a ZIP archive without word/document.xml (not a Word file)"
        case .json: return "a JSON file"
        case .html: return "an HTML page"
        case .binary: return "binary data"
        }
    }
}
