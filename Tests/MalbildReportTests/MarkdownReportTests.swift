import MalbildCore
import Testing
@testable import MalbildReport

/// The Markdown report: its Swedish parts, and texts shown as entered.
@Suite struct MarkdownReportTests {
    static func render(_ checkpoint: String, _ workspace: Workspace = Fixtures.rich) throws -> String {
        try Report.render(workspace, checkpoint: checkpoint, format: .markdown)
    }

    /// Markdown's backslash escapes taken away, to compare with the text as entered.
    static func unescaped(_ text: String) -> String {
        var out = ""
        var escaping = false
        for c in text {
            if escaping || c != "\\" {
                out.append(c)
                escaping = false
            } else {
                escaping = true
            }
        }
        return out
    }

    @Test func aSteeringGoalAtDelår1() throws {
        let text = try Self.render("delår1")
        #expect(text.hasPrefix("# Delårsrapport 1 per 2019-04-30\n"))
        for part in [
            "## Sammanfattning",
            "| ◐ uppfylls delvis | 1 |",
            "| ● uppfylls | 0 |",
            "## Målområde: Demokrati & service",
            "### Mål 6. Ökat medborgarinflytande\n\nStyrande mål\n",
            "**Prognos:** ◐ uppfylls delvis  \n**Motivering:** NII ökar, men långsamt.",
            "#### Indikatorer per 2019-04-30",
            "| Indikator | Utgångsvärde | Senaste värde | Målvärde | Trend | Kvinnor | Män |",
            "| Nöjd Inflytande-Index (NII), index 0–100 | 40 (2018, ex.) | 42,5 (2019-04-30, ex.) | 45 (2019) | bättre | 44 (ex.) | 41 (ex.) |",
            "| Besök på webbplatsen per månad, besök | 38\u{A0}000 (2018) | 38\u{A0}800 (2019-04-30) | 42\u{A0}000 (2019) | bättre | – | – |",
            "- Nöjd Inflytande-Index (NII): SCB:s medborgarundersökning, NII; högre är bättre.",
            "ex. = exempelvärde, inte uppmätt data.",
            "> Rapporten innehåller exempelvärden",
            "- Webbsända fullmäktige — genomförd (ansvarig: Kansliet; senast 2019-06-30)",
        ] {
            #expect(text.contains(part), "missing: \(part)")
        }
    }

    @Test func aSupportingGoalHasNoForecastButItsAssessment() throws {
        let text = try Self.render("delår1")
        let goal5 = try #require(text.range(of: "### Mål 5.")).lowerBound
        let goal6 = try #require(text.range(of: "### Mål 6.")).lowerBound
        let section = String(text[goal5..<goal6])
        #expect(section.contains("Stödjande mål (inriktningsmål)"))
        #expect(section.contains("Ingen prognos redovisas för inriktningsmål."))
        #expect(!section.contains("**Prognos:**"))
        #expect(section.contains("**Kvalitativ bedömning (◐ uppfylls delvis):** Folkhälsorådet har kommit igång."))
        #expect(section.contains("**Mervärden:**\n\n- Ny mötesplats för unga\n- Fler deltar i föreningslivet"))
        #expect(section.contains("- Kartlägga ungas psykiska ohälsa — försenad (ansvarig: Socialtjänsten)"))
    }

    @Test func theSummaryNamesTheGoalsWithoutAssessment() throws {
        let text = try Self.render("delår2")
        #expect(text.contains("""
        Mål utan bedömning per 2019-08-31:

        - Mål 2. Minskad långtidsarbetslöshet (styrande mål, prognos saknas)
        - Mål 5. Vi ska bli en friskare kommun (inriktningsmål, kvalitativ bedömning saknas)
        - Mål 9. Internationell samverkan (inriktningsmål, kvalitativ bedömning saknas)
        """))
        #expect(text.contains("**Kvalitativ bedömning:** saknas per 2019-08-31"))
    }

    @Test func atHelårTheResultIsReported() throws {
        let text = try Self.render("helår")
        #expect(text.hasPrefix("# Årsredovisning per 2019-12-31\n"))
        #expect(text.contains("| Resultat | Antal mål |"))
        #expect(text.contains("| ● uppfyllt | 1 |"))
        #expect(text.contains("**Resultat:** ● uppfyllt  \n**Motivering:** Målvärdet nåddes: 47,25 mot 45."))
        #expect(text.contains("**Resultat:** saknas per 2019-12-31"))
        #expect(!text.contains("**Prognos:**"))
    }

    @Test func textsFromTheWorkspaceRenderAsEntered() throws {
        let text = try Self.render("delår1")
        // The fixture's goals are drafts, so the label carries the mark.
        let label = "**Ambitionsnivå (Utkast, ej beslutad):** "
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(label + "Att öka") })
        #expect(line == label + "Att öka \\<script\\>alert(1)\\</script\\> & \"inflytandet\" för alla")
        #expect(Self.unescaped(String(line)) == label + Fixtures.hostileAmbition)
        #expect(!text.contains("<script>"))
    }

    @Test func markupAtTheStartOfALineIsEscaped() {
        #expect(MarkdownText.inline("2019. Ett år") == "2019\\. Ett år")
        #expect(MarkdownText.inline("- inte en lista") == "\\- inte en lista")
        #expect(MarkdownText.inline("# inte en rubrik #") == "\\# inte en rubrik \\#")
        #expect(MarkdownText.inline("a | b * c _d_ [e](f)") == "a \\| b \\* c \\_d\\_ \\[e\\](f)")
        #expect(MarkdownText.inline("AT&T och &amp;") == "AT\\&T och \\&amp;")
        #expect(MarkdownText.inline("rad ett\nrad två", indent: "  ") == "rad ett  \n  rad två")
        #expect(MarkdownText.cell("rad ett\nrad två") == "rad ett rad två")
        #expect(MarkdownText.inline("Vanlig svensk text, 52,5 % och 1-2 år.") == "Vanlig svensk text, 52,5 % och 1-2 år.")
    }

    @Test func aTableCellKeepsItsPipeInside() throws {
        var workspace = Fixtures.rich
        _ = try workspace.apply(.insertIndicator(goal: 2, index: 1, indicator: Indicator(id: "x", name: "A | B\nC")))
        let text = try Self.render("delår1", workspace)
        #expect(text.contains("| A \\| B C | – | saknas | – | saknas | – | – |"))
    }
}
