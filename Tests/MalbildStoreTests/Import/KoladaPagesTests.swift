import Foundation
import Testing
@testable import MalbildStore

@Suite("Paged Kolada answers")
struct KoladaPagesTests {
    typealias F = ImportFixtures
    static let base = "https://api.kolada.se/v3/data/kpi/N00945/year/2019"

    @Test("the pages of one answer read as one list of values")
    func pages() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(F.file([F.entry("N00945", "0665", 2019, [("T", "53")])],
                                            nextPage: "\(Self.base)?page=2&per_page=1"), to: "page1.json")
        let second = try folder.write(F.file([F.entry("N00945", "0680", 2019, [("T", "58")])],
                                             previousPage: "\(Self.base)?page=1&per_page=1"), to: "page2.json")
        let pages = try KoladaPages.read(at: [first, second])
        #expect(pages.values.map(\.municipality) == ["0665", "0680"])
        #expect(pages.files.count == 2)
        #expect(pages.missingPages.isEmpty)
    }

    @Test("a next page that was not given is named")
    func missingPage() throws {
        let page1 = try F.parse(F.file([], nextPage: "\(Self.base)?page=2&per_page=1"))
        let page2 = try F.parse(F.file([], nextPage: "\(Self.base)?per_page=1&page=3", previousPage: "\(Self.base)?page=1&per_page=1"))
        #expect(KoladaPages(files: [page1, page2]).missingPages == ["\(Self.base)?per_page=1&page=3"])
        #expect(KoladaPages(files: [page1]).missingPages == ["\(Self.base)?page=2&per_page=1"])
        let page3 = try F.parse(F.file([], previousPage: "\(Self.base)?page=2&per_page=1"))
        #expect(KoladaPages(files: [page1, page3]).missingPages == ["\(Self.base)?page=2&per_page=1"])
        #expect(KoladaPages(files: [page1, page2, page3]).missingPages.isEmpty)
    }

    @Test("the first file that cannot be read stops the reading")
    func badPage() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write(F.file([]), to: "page1.json")
        let bad = try folder.write("{\"values\": [1]}", to: "page2.json")
        let error = try #require(throws: KoladaFileError.self) { try KoladaPages.read(at: [good, bad]) }
        #expect(error.path == bad.standardizedFileURL.path)
    }
}
