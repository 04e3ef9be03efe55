import Foundation
import FoundationXML
import MalbildCore
import Testing
@testable import MalbildReport

/// The HTML report parsed as XML: its parts, its charts, and no markup from
/// the workspace.
@Suite struct HTMLReportTests {
    static func document(_ checkpoint: String, _ workspace: Workspace = Fixtures.rich) throws -> (String, XMLDocument) {
        let html = try Report.render(workspace, checkpoint: checkpoint, format: .html)
        // Whitespace between elements kept, as a browser keeps it.
        return (html, try XMLDocument(xmlString: html, options: [.nodePreserveWhitespace]))
    }

    static func elements(_ document: XMLDocument, _ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    static func text(_ document: XMLDocument, _ xpath: String) throws -> String? {
        try elements(document, xpath).first?.stringValue
    }

    @Test(arguments: ["delår1", "delår2", "helår"])
    func everyGoalHasItsArticleWithItsTextsAsEntered(checkpoint: String) throws {
        let (_, doc) = try Self.document(checkpoint)
        let workspace = Fixtures.rich
        #expect(doc.rootElement()?.name == "html")
        #expect(doc.rootElement()?.attribute(forName: "lang")?.stringValue == "sv")
        #expect(try Self.elements(doc, "//article[contains(@class, 'goal')]").count == workspace.goals.count)
        for goal in workspace.goals {
            let article = "//article[@id='mal-\(goal.number)']"
            #expect(try Self.text(doc, "\(article)/h3") == "Mål \(goal.number). \(goal.title)")
            #expect(try Self.text(doc, "\(article)//span[contains(@class, 'ambition')]") == goal.ambition)
            let kind = goal.kind == .steering ? "Styrande mål" : "Stödjande mål (inriktningsmål)"
            #expect(try Self.text(doc, "\(article)/p[@class='kind']") == kind)
        }
        let statements = try Self.elements(doc, "//article[contains(@class, 'supporting')]/p[@class='statement']")
        #expect(statements.map(\.stringValue) == ["Ingen prognos redovisas för inriktningsmål.", "Ingen prognos redovisas för inriktningsmål."])
    }

    @Test func noMarkupFromTheWorkspaceGetsThrough() throws {
        let (html, doc) = try Self.document("delår1")
        #expect(try Self.elements(doc, "//script").isEmpty)
        #expect(html.contains("Att öka &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;inflytandet&quot; för alla"))
        #expect(html.contains("<h2>Målområde: Demokrati &amp; service</h2>"))
        // Parsed back, the text is exactly what was entered.
        #expect(try Self.text(doc, "//article[@id='mal-6']//span[contains(@class, 'ambition')]") == Fixtures.hostileAmbition)
    }

    @Test func nothingIsFetchedAndNothingRuns() throws {
        let (html, doc) = try Self.document("delår2")
        #expect(!html.contains("://"))
        #expect(try Self.elements(doc, "//script | //link | //img | //iframe | //object | //embed").isEmpty)
        let hrefs = try doc.nodes(forXPath: "//@href | //@src").compactMap(\.stringValue)
        #expect(hrefs.allSatisfy { $0.hasPrefix("#mal-") })
        #expect(try Self.elements(doc, "//*[@onload or @onclick or @onerror]").isEmpty)
    }

    @Test func thePagePrintsOnA4() throws {
        let (_, doc) = try Self.document("delår1")
        let style = try #require(try Self.text(doc, "/html/head/style"))
        #expect(style.contains("@page { size: A4;"))
        #expect(style.contains("@media print"))
        #expect(try doc.nodes(forXPath: "/html/head/meta/@charset").first?.stringValue == "utf-8")
    }

    @Test(arguments: ["delår1", "delår2", "helår"])
    func everyIndicatorHasAChartWithItsLegend(checkpoint: String) throws {
        let (_, doc) = try Self.document(checkpoint)
        let indicators = try ReportData(Fixtures.rich, checkpoint: checkpoint).goals.flatMap(\.indicators)
        let charts = try Self.elements(doc, "//figure[@class='chart']/svg")
        #expect(charts.count == indicators.count)
        for (chart, indicator) in zip(charts, indicators) {
            let title = try #require(chart.elements(forName: "title").first?.stringValue)
            #expect(title.hasPrefix(indicator.name))
            #expect(chart.attribute(forName: "role")?.stringValue == "img")
            let description = chart.elements(forName: "desc").first?.stringValue ?? ""
            #expect(description.contains("Utgångsvärde: "))
            let legend = try #require(try chart.nodes(forXPath: "g[@class='legend']").first as? XMLElement)
            let labels = legend.elements(forName: "text").compactMap(\.stringValue)
            if indicator.baseline != nil { #expect(labels.contains { $0.hasPrefix("Utgångsvärde ") }) }
            if indicator.target != nil { #expect(labels.contains { $0.hasPrefix("Målvärde ") }) }
            #expect(try chart.nodes(forXPath: "line[@class='baseline']").count == (indicator.baseline == nil ? 0 : 1))
            #expect(try chart.nodes(forXPath: "line[@class='target']").count == (indicator.target == nil ? 0 : 1))
        }
    }

    @Test func womenAndMenAreSeparateSeriesToldApartByMoreThanColour() throws {
        let (_, doc) = try Self.document("helår")
        let chart = try #require(try Self.elements(doc, "//article[@id='mal-6']//svg").first)
        let series = try chart.nodes(forXPath: "g[@class='series']").compactMap { $0 as? XMLElement }
        #expect(series.count == 3)
        let lines = series.compactMap { $0.elements(forName: "polyline").first }
        #expect(lines.count == 3)
        // Each line has its own dash pattern (none for the total), and its own marker shape.
        let dashes = lines.map { $0.attribute(forName: "stroke-dasharray")?.stringValue ?? "solid" }
        #expect(Set(dashes).count == 3)
        let shapes = series.map { ($0.children ?? []).compactMap { $0 as? XMLElement }.compactMap(\.name).filter { $0 != "polyline" } }
        #expect(shapes.map(Set.init) == [["circle"], ["rect"], ["path"]])
        // Four values each up to helår for the total, women and men.
        #expect(shapes.map(\.count) == [4, 4, 4])
        let legend = try chart.nodes(forXPath: "g[@class='legend']/text").compactMap(\.stringValue)
        #expect(legend == ["Totalt", "Kvinnor", "Män", "Utgångsvärde 40 (2018)", "Målvärde 45 (2019)"])
    }

    @Test func aChartWithoutValuesSaysSo() throws {
        let (_, doc) = try Self.document("delår1")
        let chart = try #require(try Self.elements(doc, "//article[@id='mal-9']//svg").first)
        let texts = chart.elements(forName: "text").compactMap(\.stringValue)
        #expect(texts.contains("Inga värden per 2019-04-30"))
        #expect(try chart.nodes(forXPath: "g[@class='series']/*").isEmpty)
    }

    @Test func gradesCarrySymbolAndWords() throws {
        let (_, doc) = try Self.document("delår1")
        let grades = try Self.elements(doc, "//span[contains(@class, 'grade ')]")
        #expect(!grades.isEmpty)
        for grade in grades {
            let symbol = try #require(grade.elements(forName: "span").first?.stringValue)
            #expect(["●", "◐", "○", "–"].contains(symbol))
            #expect(grade.stringValue?.count ?? 0 > symbol.count + 2)
        }
        let appraisal = try Self.elements(doc, "//article[@id='mal-6']//div[@class='appraisal']/p").map { $0.stringValue ?? "" }
        #expect(appraisal == ["Prognos: ◐ uppfylls delvis", "Motivering: NII ökar, men långsamt."])
    }

    @Test func exampleValuesAreMarked() throws {
        let (_, doc) = try Self.document("delår1")
        #expect(try Self.text(doc, "//header/p[@class='note']")?.contains("exempelvärden") == true)
        let row = try #require(try Self.elements(doc, "//article[@id='mal-6']//table[@class='indicators']/tbody/tr").first)
        let cells = row.elements(forName: "td").map { $0.stringValue ?? "" }
        #expect(cells == ["40 (2018) ex.", "42,5 (2019-04-30) ex.", "45 (2019)", "bättre", "44 ex.", "41 ex."])
        let marks = try row.nodes(forXPath: "td/abbr[@class='example']").compactMap { $0 as? XMLElement }
        #expect(marks.allSatisfy { $0.attribute(forName: "title")?.stringValue == "Exempelvärde" })
    }

    @Test func theSummaryListsTheUnassessedWithLinks() throws {
        let (_, doc) = try Self.document("delår1")
        let items = try Self.elements(doc, "//ul[@class='unassessed']/li")
        #expect(items.map { $0.stringValue ?? "" } == [
            "Mål 2. Minskad långtidsarbetslöshet (styrande mål, prognos saknas)",
            "Mål 9. Internationell samverkan (inriktningsmål, kvalitativ bedömning saknas)",
        ])
        let counts = try Self.elements(doc, "//table[@class='grades']/tbody/tr").map { $0.stringValue ?? "" }
        #expect(counts == ["● uppfylls0", "◐ uppfylls delvis1", "○ uppfylls ej0", "– ej bedömd1"])
    }

    @Test func controlCharactersDoNotBreakTheXML() throws {
        var workspace = Fixtures.rich
        _ = try workspace.apply(.setTitle(goal: 2, title: "Bell\u{7} och NUL\u{0} borta"))
        let (_, doc) = try Self.document("delår1", workspace)
        #expect(try Self.text(doc, "//article[@id='mal-2']/h3") == "Mål 2. Bell och NUL borta")
    }
}
