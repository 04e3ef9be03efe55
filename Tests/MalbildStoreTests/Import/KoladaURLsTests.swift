import MalbildCore
import Testing
@testable import MalbildStore

@Suite("Kolada download addresses")
struct KoladaURLsTests {
    typealias F = ImportFixtures

    @Test("one v3 address per KPI for the workspace's municipality and years")
    func perKPI() throws {
        let urls = try KoladaURLs(workspace: F.workspace(), years: [2019, 2018, 2019])
        #expect(urls.kpis == ["N00945", "N03926"])
        #expect(urls.years == [2018, 2019])
        #expect(urls.downloads.map(\.url) == [
            "https://api.kolada.se/v3/data/kpi/N00945/municipality/0665/year/2018,2019",
            "https://api.kolada.se/v3/data/kpi/N03926/municipality/0665/year/2018,2019",
        ])
        #expect(urls.downloads.map(\.fileName) == ["kolada-N00945-0665.json", "kolada-N03926-0665.json"])
        #expect(urls.metadata.map(\.url) == [
            "https://api.kolada.se/v3/kpi/N00945,N03926",
            "https://api.kolada.se/v3/municipality/0665",
        ])
    }

    @Test("places to compare with: municipalities, the country, regions and groups, and the workspace's group")
    func comparison() throws {
        var workspace = F.workspace()
        _ = try workspace.apply(.setInfo(field: .group, value: "G37572"))
        let urls = try KoladaURLs(workspace: workspace, years: [2019], compareWith: ["0680", "0665", "0000", "0006"])
        #expect(urls.municipalities == ["0665", "0680", "0000", "0006", "G37572"])
        #expect(urls.downloads.first?.url == "https://api.kolada.se/v3/data/kpi/N00945/municipality/0665,0680,0000,0006,G37572/year/2019")
        #expect(urls.metadata.map(\.url) == [
            "https://api.kolada.se/v3/kpi/N00945,N03926",
            "https://api.kolada.se/v3/municipality/0665,0680,0000,0006",
            "https://api.kolada.se/v3/municipality_groups/G37572",
        ])
        #expect(throws: KoladaURLsError.notAPlace("680")) { try KoladaURLs(workspace: workspace, compareWith: ["680"]) }
    }

    @Test("no path segment holds more than 25 items: places and years are split over addresses")
    func segments() throws {
        let places = (1...60).map { String(format: "%04d", 600 + $0) }
        let urls = try KoladaURLs(workspace: F.workspace(), years: Array(1990...2019), compareWith: places)
        // 61 places in 3 pieces, 30 years in 2, for each of 2 KPIs.
        #expect(urls.downloads.count == 2 * 3 * 2)
        for download in urls.downloads {
            #expect(download.url.hasPrefix("https://api.kolada.se/v3/data/kpi/"))
            let parts = download.url.dropFirst("https://api.kolada.se/v3/".count).split(separator: "/")
            for segment in parts where segment.contains(",") || segment.first?.isNumber == true || segment.first == "N" {
                #expect(segment.split(separator: ",").count <= 25, "\(download.url)")
            }
        }
        let asked = Set(urls.downloads.filter { $0.kpi == "N00945" }.flatMap { d -> [String] in
            let parts = d.url.split(separator: "/")
            guard let m = parts.firstIndex(of: "municipality"), let y = parts.firstIndex(of: "year") else { return [] }
            return parts[m + 1].split(separator: ",").flatMap { p in parts[y + 1].split(separator: ",").map { "\(p)/\($0)" } }
        })
        #expect(asked.count == 61 * 30)
        #expect(Set(urls.downloads.map(\.fileName)).count == urls.downloads.count)
        #expect(urls.metadata.filter { $0.url.contains("/municipality/") }.count == 3)
    }

    @Test("the default years: the plan year, the four before it, and earlier baseline years")
    func defaultYears() throws {
        var workspace = F.workspace()
        _ = try workspace.apply(.setBaseline(goal: 6, indicator: "nii", reference: Reference(period: .year(2012), value: 40)))
        _ = try workspace.apply(.setTarget(goal: 6, indicator: "nii", reference: Reference(period: .year(2022), value: 50)))
        #expect(KoladaURLs.defaultYears(for: workspace) == [2012, 2015, 2016, 2017, 2018, 2019])
        #expect(try KoladaURLs(workspace: workspace).years == [2012, 2015, 2016, 2017, 2018, 2019])
    }

    @Test("nothing to download is said plainly")
    func errors() throws {
        #expect(throws: KoladaURLsError.noMunicipality) { try KoladaURLs(workspace: F.workspace(municipality: "")) }
        #expect(throws: KoladaURLsError.noYears) { try KoladaURLs(workspace: F.workspace(), years: []) }
        let none = Workspace(name: "x", municipality: Municipality(name: "V", koladaID: "0665"), planYear: 2019)
        #expect(throws: KoladaURLsError.noKoladaIndicators) { try KoladaURLs(workspace: none) }
        #expect(KoladaURLsError.noKoladaIndicators.description.contains("kolada:N00945"))
    }
}
