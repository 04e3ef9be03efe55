import Foundation

/// Several Kolada files read as one answer: the pages of a paged download (linked by v3's
/// `next_url` or v2's `next_page`), files for several KPIs, and metadata files. The values of all of them, in the order given, and the pages that the files
/// point to but that were not given.
public struct KoladaPages: Equatable, Sendable {
    /// The files, in the order given.
    public var files: [KoladaFile]
    /// The addresses of pages that a file names as its next page but that are not among
    /// the files, judged by the `page` number in the addresses; download these too.
    public var missingPages: [String]

    /// Reads every file, stopping at the first that cannot be read.
    public static func read(at urls: [URL]) throws(KoladaFileError) -> KoladaPages {
        var files: [KoladaFile] = []
        for url in urls { files.append(try KoladaFile.read(at: url)) }
        return KoladaPages(files: files)
    }

    /// Puts files that were read together.
    public init(files: [KoladaFile]) {
        self.files = files
        self.missingPages = Self.missing(in: files)
    }

    /// The values of all the files, in order.
    public var values: [KoladaValue] {
        // One file's values are shared, not copied.
        if files.count == 1, let only = files.first { return only.values }
        return files.flatMap(\.values)
    }

    /// The metadata files among them, in order.
    public var metadata: [KoladaMetadata] {
        files.compactMap(\.metadata)
    }

    /// Next pages whose page number no file has. A file's own page is one before its next
    /// page, or one after its previous page; a file that names neither is a page alone.
    private static func missing(in files: [KoladaFile]) -> [String] {
        func base(_ address: String) -> String {
            let parts = address.split(separator: "?", maxSplits: 1)
            let query = parts.count > 1 ? parts[1].split(separator: "&").filter { !$0.hasPrefix("page=") } : []
            return String(parts.first ?? "") + "?" + query.sorted().joined(separator: "&")
        }
        func page(_ address: String) -> Int? {
            guard let query = address.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
            for item in query.split(separator: "&") where item.hasPrefix("page=") {
                return Int(item.dropFirst("page=".count))
            }
            return nil
        }
        var present = Set<String>()
        for file in files {
            if let next = file.nextPage, let n = page(next) {
                present.insert("\(base(next))#\(n - 1)")
            } else if let previous = file.previousPage, let n = page(previous) {
                present.insert("\(base(previous))#\(n + 1)")
            }
        }
        // A link without a page number is taken as given when another file comes after a page
        // of the same address.
        let followed = Set(files.compactMap { $0.previousPage.map(base) })
        var missing: [String] = []
        for file in files {
            guard let next = file.nextPage else { continue }
            let given = page(next).map { present.contains("\(base(next))#\($0)") } ?? followed.contains(base(next))
            if !given && !missing.contains(next) { missing.append(next) }
        }
        return missing
    }
}
