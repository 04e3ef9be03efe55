import Foundation

/// One Kolada file as the API serves it (v2 and v3 alike), read: the values in it (or, for
/// an answer of the metadata addresses, the ``KoladaMetadata``) and the addresses of the
/// pages around it (`next_url`/`previous_url` in v3, `next_page`/`previous_page` in v2).
///
/// ```json
/// {"values": [{"kpi": "N00945", "municipality": "0665", "period": 2019,
///              "values": [{"gender": "T", "count": 1, "status": "", "value": 53.0}]}],
///  "count": 1, "next_page": "…"}
/// ```
///
/// Each gender's entry becomes one ``KoladaValue``. Reading checks the whole file and stops
/// at the first place it goes wrong, with a ``KoladaFileError`` that names the file and the
/// place (`values[3].values[0].gender: "X" is not T, K or M`) or the line and column of a
/// fault in the JSON itself.
public struct KoladaFile: Equatable, Sendable {
    /// The file, as shown in messages.
    public var path: String
    /// The values, in the file's order.
    public var values: [KoladaValue]
    /// The file's own `count` (its number of entries), when it has one.
    public var count: Int?
    /// The address of the next page, when the answer was paged and this is not the last page.
    public var nextPage: String?
    /// The address of the previous page, when this is not the first page.
    public var previousPage: String?
    /// For a metadata answer (KPIs, municipalities or groups), what it holds; nil for data.
    public var metadata: KoladaMetadata?

    /// Creates a file's contents.
    public init(path: String, values: [KoladaValue], count: Int? = nil, nextPage: String? = nil, previousPage: String? = nil) {
        self.path = path
        self.values = values
        self.count = count
        self.nextPage = nextPage
        self.previousPage = previousPage
    }

    /// Reads a Kolada data file.
    public static func read(at url: URL) throws(KoladaFileError) -> KoladaFile {
        let (shown, result) = ImportFileReader.read(url)
        switch result {
        case .success(let data): return try parse(data, path: shown)
        case .failure(.missing): throw KoladaFileError(path: shown, fault: .missing)
        case .failure(.isFolder): throw KoladaFileError(path: shown, fault: .isFolder)
        case .failure(.notReadable(let reason)): throw KoladaFileError(path: shown, fault: .notReadable(reason: reason))
        }
    }

    /// Reads the bytes of a Kolada data file; `path` is only for messages.
    public static func parse(_ data: Data, path: String) throws(KoladaFileError) -> KoladaFile {
        let outcome: Result<KoladaFile, KoladaFileError> = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
                return .failure(KoladaFileError(path: path, fault: .empty))
            }
            var scanner = KoladaScanner(bytes: bytes)
            let contents: KoladaScanner.Contents
            do throws(KoladaScanner.Failure) {
                contents = try scanner.scan()
            } catch {
                switch error {
                case let .syntax(offset, detail):
                    let at = TextPosition(offset: offset, in: bytes)
                    return .failure(KoladaFileError(path: path, fault: .notJSON(line: at.line, column: at.column, detail: detail)))
                case let .shape(place, detail):
                    return .failure(KoladaFileError(path: path, fault: .wrongShape(place: place, detail: detail)))
                case .metadata:
                    do throws(KoladaFileError) {
                        let (metadata, next, previous) = try KoladaMetadata.parse(data, path: path)
                        var file = KoladaFile(path: path, values: [], nextPage: next, previousPage: previous)
                        file.metadata = metadata
                        return .success(file)
                    } catch {
                        return .failure(error)
                    }
                }
            }
            return .success(KoladaFile(path: path, values: contents.values, count: contents.count,
                                       nextPage: contents.nextPage, previousPage: contents.previousPage))
        }
        return try outcome.get()
    }
}
