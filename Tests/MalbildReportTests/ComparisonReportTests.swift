import MalbildCore
import Testing
@testable import MalbildReport

/// The report's comparison of Kolada indicators with other places, kept in the workspace.
@Suite struct ComparisonReportTests {
    /// The demo with Vaggeryd's values for goal 2's KPI and other places' values kept:
    /// three municipalities, the country, a region and the comparison group.
    static func workspace(group: String? = "G37572") throws -> Workspace {
        var workspace = Workspace.demo
        _ = try workspace.apply(.insertMeasurement(goal: 2, indicator: "langtid", index: 2,
                                                   measurement: Measurement(day: try Day(parsing: "2019-12-31"), total: 2.2)))
        var places: [String: ComparisonSeries] = [:]
        for (id, value, count) in [("0680", 1.8, 1), ("0662", 2.9, 1), ("0000", 2.8, 290), ("0006", 2.3, 13), ("G37572", 2.4, 7)] {
            var series = ComparisonSeries()
            series.set(value, count: count, in: 2019)
            places[id] = series
        }
        let record = KoladaRecord(
            group: group,
            areas: ["G37572": KoladaArea(id: "G37572", title: "Liknande kommuner, övergripande, Vaggeryd", members: ["0665", "0662"])],
            series: ["N03926": places])
        _ = try workspace.apply(.setKoladaRecord(record: record))
        return workspace
    }

    @Test func theMarkdownTableShowsTheCountryTheGroupAndARelativeRank() throws {
        let text = try Report.render(try Self.workspace(), checkpoint: "delår2", format: .markdown)
        #expect(text.contains("## Jämförelse med andra kommuner (Kolada)"))
        #expect(text.contains("Placeringen är relativ"))
        #expect(text.contains("Jämförelsegrupp: Liknande kommuner, övergripande, Vaggeryd."))
        #expect(text.contains("| Mål | Indikator | År | Vaggeryd | Riket | Jämförelsegrupp | Relativ placering |"))
        // Three municipalities are ranked; the country, the region and the group are not.
        #expect(text.contains("| 2 | langtid (N03926) | 2019 | 2,2 | 2,8 | 2,4 (medel av 7) | 2 av 3 (lägre är bättre) |"))
    }

    @Test func theHTMLTableHasTheSameRow() throws {
        let text = try Report.render(try Self.workspace(), checkpoint: "delår2", format: .html)
        #expect(text.contains("<h2>Jämförelse med andra kommuner (Kolada)</h2>"))
        #expect(text.contains("<tr><td class=\"num\">2</td><td>langtid (N03926)</td><td class=\"num\">2019</td>"
            + "<td class=\"num\">2,2</td><td class=\"num\">2,8</td><td class=\"num\">2,4 (medel av 7)</td>"
            + "<td>2 av 3 (lägre är bättre)</td></tr>"))
    }

    @Test func withoutAChosenGroupTheGroupCellIsADash() throws {
        let text = try Report.render(try Self.workspace(group: nil), checkpoint: "delår2", format: .markdown)
        #expect(text.contains("| 2 | langtid (N03926) | 2019 | 2,2 | 2,8 | – | 2 av 3 (lägre är bättre) |"))
        #expect(!text.contains("Jämförelsegrupp: "))
    }

    @Test func aWorkspaceWithoutKeptValuesHasNoSection() throws {
        for format in [ReportFormat.markdown, .html] {
            let text = try Report.render(Workspace.demo, checkpoint: "delår2", format: format)
            #expect(!text.contains("Jämförelse med andra kommuner"))
        }
        let data = try ReportData(Workspace.demo, checkpoint: "delår2")
        #expect(data.comparisons == nil)
    }
}
