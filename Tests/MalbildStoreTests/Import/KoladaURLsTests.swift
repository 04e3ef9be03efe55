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
        #expect(urls.combined == "https://api.kolada.se/v3/data/kpi/N00945,N03926/municipality/0665/year/2018,2019")
    }

    @Test("v2 and municipalities to compare with")
    func v2AndComparison() throws {
        let urls = try KoladaURLs(workspace: F.workspace(), years: [2019], compareWith: ["0680", "0665", "0000"], version: .v2)
        #expect(urls.municipalities == ["0665", "0680", "0000"])
        #expect(urls.downloads.first?.url == "https://api.kolada.se/v2/data/kpi/N00945/municipality/0665,0680,0000/year/2019")
        #expect(KoladaURLs.url(kpis: ["N00945"], municipalities: ["0665"], years: [2018, 2019], version: .v2)
            == "https://api.kolada.se/v2/data/kpi/N00945/municipality/0665/year/2018,2019")
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
