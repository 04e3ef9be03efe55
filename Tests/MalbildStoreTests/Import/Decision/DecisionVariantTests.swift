import Foundation
import MalbildCore
import Testing
@testable import MalbildStore

/// Other municipalities write the same genre with small differences; each
/// variant reads, and every line not placed is reported with its reason.
@Suite struct DecisionVariantTests {
    typealias F = DecisionFixtures

    /// Area headings without a colon, `Mål 1:`, a per-goal `Inriktningsmål`
    /// label, several attachments, a page footer, Windows line ends and a
    /// word broken at a line's end.
    static let norrby = """
        Protokoll Kommunstyrelsen 2024-03-12\r
        § 31 Mål för kommunstyrelsen 2025\r
        Dnr KS 2024/311\r
        \r
        Beslut\r
        Kommunstyrelsen beslutar att fastställa målen och deras\r
        ambitionsnivåer för 2025.\r
        \r
        Sammanfattning\r
        Målen är färre än förra året.\r
        \r
        Varje ambitionsnivå prövas mot tre kriterier:\r
        - Den går att påverka\r
        - Den går att mäta\r
        - Det finns resurser\r
        \r
        Attraktiv kommun\r
        Mål 1: Fler bostäder i alla kommun-\r
        delar\r
        Styrande mål\r
        Ambitionsnivå: Minst 120 nya bostäder per år, varav en\r
        tredjedel utanför centralorten.\r
        \r
        Mål 2: Ett rikt föreningsliv\r
        Inriktningsmål\r
        Ambitionsnivå: Föreningarna får stöd att nå fler unga.\r
        \r
        Justerandes sign\r
        \r
        Hållbar organisation\r
        Mål 3: Friskare medarbetare (Styrdokument: Personalpolicy och Arbetsmiljöplan)\r
        Styrande\r
        Ambitionsnivå: Sjukfrånvaron minskar till under 6 procent.\r
        \r
        Expedieras till\r
        HR-avdelningen\r
        Ekonomiavdelningen\r
        \r
        Beslutsunderlag\r
        • Tjänsteskrivelse 2024-02-20\r
        • Bilaga 1: Målkatalog 2025\r
        • Bilaga 2: Nyckeltal 2020–2023\r
        \r
        \r
        Utdragsbestyrkande\r

        """

    @Test func norrbyReadsWithItsFooterAndHeaderLinesReported() throws {
        let reading = try F.read(Self.norrby)
        let w = reading.workspace
        #expect(w.decision.paragraph == "§ 31")
        #expect(w.decision.title == "Mål för kommunstyrelsen 2025")
        #expect(w.decision.caseReference == "KS 2024/311")
        #expect(w.decision.text == "Kommunstyrelsen beslutar att fastställa målen och deras ambitionsnivåer för 2025.")
        #expect(w.body == "Kommunstyrelsen")
        #expect(w.planYear == 2025)
        #expect(w.decision.summary == ["Målen är färre än förra året.", "Varje ambitionsnivå prövas mot tre kriterier:"])
        #expect(w.criteriaText == ["Den går att påverka", "Den går att mäta", "Det finns resurser"])
        #expect(w.areas.map(\.name) == ["Attraktiv kommun", "Hållbar organisation"])
        #expect(w.goals.map(\.title) == ["Fler bostäder i alla kommundelar", "Ett rikt föreningsliv", "Friskare medarbetare"])
        #expect(w.goals.map(\.kind) == [.steering, .supporting, .steering])
        #expect(w.goals.map(\.area) == [1, 1, 2])
        #expect(w.goals.map(\.status) == [.decided, .decided, .decided])
        #expect(w.goals[0].ambition == "Minst 120 nya bostäder per år, varav en tredjedel utanför centralorten.")
        #expect(w.goals[2].documents == ["Personalpolicy", "Arbetsmiljöplan"])
        #expect(w.decision.dispatchedTo == ["HR-avdelningen", "Ekonomiavdelningen"])
        #expect(w.decision.documents == ["Tjänsteskrivelse 2024-02-20", "Bilaga 1: Målkatalog 2025", "Bilaga 2: Nyckeltal 2020–2023"])
        #expect(reading.unplaced.map(\.line.number) == [1, 28, 45])
        #expect(reading.unplaced.map(\.reason) == [.beforeDecision, .pageFurniture, .pageFurniture])
        #expect(reading.unplaced.map(\.line.text) == ["Protokoll Kommunstyrelsen 2024-03-12", "Justerandes sign", "Utdragsbestyrkande"])
        // Every unplaced line is kept as a note with its line number.
        #expect(w.notes.map(\.text) == ["Rad 1: Protokoll Kommunstyrelsen 2024-03-12", "Rad 28: Justerandes sign", "Rad 45: Utdragsbestyrkande"])
        #expect(reading.ambiguities == [])
    }

    /// Goals numbered anew in each area, with their kind as a label on the
    /// goal's own line, and a sentence listing numbers that cannot apply.
    static let perArea = """
        §8
        Socialnämndens mål 2026 (SN 2025/14)
        Beslut
        Socialnämnden beslutar att anta målen.

        Trygg omsorg:
        Styrande mål 1. Kortare väntetider
        Ambitionsnivå: Väntetiden till särskilt boende är högst 60 dagar.
        Inriktningsmål 2. Mer delaktighet
        Ambitionsnivå: Brukarna är med och planerar sin insats.

        Stöd till barn och unga:
        Styrande mål 1. Fler placeras nära hemmet
        Ambitionsnivå: Minst 80 procent placeras i länet.

        Mål 1 och 2 är styrande.
        """

    @Test func goalsNumberedPerAreaAreNumberedThroughAndReported() throws {
        let reading = try F.read(Self.perArea)
        let w = reading.workspace
        #expect(w.goals.map(\.number) == [1, 2, 3])
        #expect(w.goals.map(\.title) == ["Kortare väntetider", "Mer delaktighet", "Fler placeras nära hemmet"])
        #expect(w.goals.map(\.kind) == [.steering, .supporting, .steering])
        #expect(w.goals.map(\.area) == [1, 1, 2])
        #expect(reading.ambiguities == [.numberedPerArea(line: 13, written: 1, readAs: 3), .sentenceNotApplied(line: 16)])
        #expect(w.followUp == ["Mål 1 och 2 är styrande."])
        #expect(reading.unplaced == [])
    }

    /// Bare numbers (`1. Title`) and a kind marker in the title's parentheses;
    /// the sentence disagrees with one marker, leaves one goal unstated,
    /// and names a goal that is not there.
    static let bareNumbers = """
        Tekniska nämndens mål 2027
        Beslut
        Tekniska nämnden beslutar att anta målen.

        1. Säkrare gator (inriktningsmål)
        Ambitionsnivå: Färre olyckor.

        2. Fler cykelvägar

        Ett stycke som inget fält tar.

        3. Renare vatten (SDG 6)
        Ambitionsnivå: Inga kokrekommendationer.

        Mål 1, 3 och 9 är styrande.
        """

    @Test func ambiguitiesAreReportedNotGuessed() throws {
        let reading = try F.read(Self.bareNumbers)
        let w = reading.workspace
        #expect(w.goals.map(\.title) == ["Säkrare gator", "Fler cykelvägar", "Renare vatten (SDG 6)"])
        #expect(w.goals.map(\.kind) == [.supporting, .supporting, .steering])
        #expect(w.goals[1].ambition == "")
        #expect(reading.ambiguities == [
            .parenthesesKeptInTitle(goal: 3, text: "(SDG 6)"),
            .kindConflict(goal: 1, marker: .supporting, sentence: .steering, line: 15),
            .sentenceNamesUnknownGoal(goal: 9, line: 15),
            .kindNotStated(goal: 2),
            .noAmbition(goal: 2),
        ])
        #expect(reading.unplaced.map(\.line.number) == [10])
        #expect(reading.unplaced.first?.reason == .inGoalBeforeAmbition(goal: 2))
        #expect(w.planYear == 2027)
    }

    @Test func aGoalMarkedAsTheCommitteesProposalIsProposedAndTheRestDecided() throws {
        let text = try F.seed().replacingOccurrences(of: "Mål 6. Ökat medborgarinflytande\n", with: "Mål 6. Ökat medborgarinflytande\nArbetsutskottets förslag\n")
        let reading = try F.read(text)
        #expect(reading.workspace.goals.map(\.status) == [.decided, .decided, .decided, .decided, .decided, .proposed, .decided, .decided])
        #expect(reading.workspace.goal(6)?.ambition == Workspace.demo.goal(6)?.ambition)
        #expect(reading.unplaced == [])
    }

    @Test func aTextWithNoYearUsesTheYearGivenAndSaysSo() throws {
        let reading = try F.read("Beslut\nNämnden beslutar.\n\nMål 1. Ett mål\nAmbitionsnivå: Något.\n", year: 2031)
        #expect(reading.planYear == 2031)
        #expect(reading.ambiguities.contains(.planYearNotStated(usedYear: 2031)))
        #expect(reading.ambiguities.contains(.kindNotStated(goal: 1)))
    }

    @Test func aBrokenWordIsMadeWholeAndAHyphenThatBelongsIsKept() {
        #expect(DecisionText.join(["samhälls-", "planeringen"]) == "samhällsplaneringen")
        #expect(DecisionText.join(["barn-", "och utbildningsnämnden"]) == "barn- och utbildningsnämnden")
        #expect(DecisionText.join(["den regionala EU-", "resursen"]) == "den regionala EU-resursen")
        #expect(DecisionText.join(["styrdokument -", "ÖP"]) == "styrdokument - ÖP")
        #expect(DecisionText.join(["för-", "Vaggeryd"]) == "för-Vaggeryd")
    }

    @Test func twoColumnTextIsReadColumnByColumn() {
        let text = """
            Mål 1. Ett             Mål 2. Ett annat
            Ambitionsnivå: Att     Ambitionsnivå: Att
            något blir bättre.     annat blir bättre.
            """
        #expect(ColumnLayout.lines(of: text).map(\.text) == [
            "Mål 1. Ett", "Ambitionsnivå: Att", "något blir bättre.", "Mål 2. Ett annat", "Ambitionsnivå: Att", "annat blir bättre.",
        ])
        // One column with a wide gap in a single line stays as it is.
        let single = "Mål 1. Ett mål     med luft\nAmbitionsnivå: Något.\n"
        #expect(ColumnLayout.lines(of: single).map(\.text) == ["Mål 1. Ett mål     med luft", "Ambitionsnivå: Något."])
    }

    @Test func aStatedDecisionPathIsReadStepByStep() throws {
        let text = """
            §4 Kulturnämndens mål 2026
            Beslut
            Kulturnämnden beslutar att anta målen.

            Beslutsgång
            Kulturnämndens arbetsutskott 2025-11-03 § 41: föreslog målen
            - Kulturnämnden 2025-11-24 §4
            Dialog med föreningarna i oktober

            Mål 1. Fler besök på biblioteken
            Styrande
            Ambitionsnivå: Besöken ökar med fem procent.
            """
        let reading = try F.read(text)
        let path = reading.workspace.decision.path
        #expect(path == [
            DecisionStep(body: "Kulturnämndens arbetsutskott", day: try Day(parsing: "2025-11-03"), paragraph: "§ 41", action: "föreslog målen"),
            DecisionStep(body: "Kulturnämnden", day: try Day(parsing: "2025-11-24"), paragraph: "§4", action: ""),
        ])
        #expect(reading.unplaced.map(\.line.number) == [8])
        #expect(reading.unplaced.first?.reason == .pathWithoutDay)
        #expect(reading.workspace.goals.map(\.title) == ["Fler besök på biblioteken"])
    }

    @Test func aPageBreakInsideAnAmbitionLevelLeavesItWhole() throws {
        let text = """
            Beslut
            Nämnden beslutar att anta målet för 2026.

            Mål 1. Ett mål
            Ambitionsnivå: Första delen av texten
                                                Sida 1 av 2
            \u{C}Justerandes sign        Utdragsbestyrkande
            fortsätter på nästa sida.

            Mål 2. Ett annat mål
            Ambitionsnivå: Kort.
            Ett stycke mitt emellan.

            Mål 3. Det sista
            Ambitionsnivå: Slut.
            """
        let reading = try F.read(text)
        #expect(reading.workspace.goal(1)?.ambition == "Första delen av texten fortsätter på nästa sida.")
        #expect(reading.unplaced.map(\.reason) == [.pageFurniture, .pageFurniture])
        #expect(reading.unplaced.map(\.line.number) == [6, 7])
        // A paragraph under a goal after its ambition level, with no blank line, is part of it.
        #expect(reading.workspace.goal(2)?.ambition == "Kort. Ett stycke mitt emellan.")
    }
}
