import Foundation
import Testing
@testable import MalbildShell

/// Swedish words typed where the English ones are: the command table's forms take
/// both, the command gets the English word, and Tab offers the screen's language.
@Suite struct SwedishWordsTests {
    func session() -> (Session, RecordingConsole) {
        let console = RecordingConsole()
        let session = Session(workspace: .demo, console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        return (session, console)
    }

    @Test func completionInSwedishOffersTheSwedishWords() throws {
        let (session, _) = session()
        try session.execute("language sv")
        let completer = ShellCompleter(session: session)
        #expect(completer.completions(forLine: "sä") == ["sätt"])
        #expect(completer.completions(forLine: "sätt ") == ["ambitionsnivå", "ansvarig", "användare", "mål", "målområde", "nummer", "rubrik", "status", "typ", "överordnat"])
        #expect(completer.completions(forLine: "sätt typ ") == ["inriktningsmål", "styrande", "stödjande"])
        #expect(completer.completions(forLine: "kriterier m") == ["mätbar"])
        #expect(completer.completions(forLine: "kriterier mätbar ") == ["ja", "nej", "okänt"])
        #expect(completer.completions(forLine: "aktivitet ") == ["ansvarig", "lägg till", "status", "ta bort"])
        #expect(completer.completions(forLine: "bedöm k") == ["kvalitativ"])
        #expect(completer.completions(forLine: "sätt mål 6 ambitionsnivå ").first?.hasPrefix("\"Att öka") == true)
    }

    @Test func swedishWordsRunTheSameCommands() throws {
        let (session, _) = session()
        try session.execute("mål 5")
        try session.execute("sätt ambitionsnivå \"Fler unga ska må bra\"")
        try session.execute("sätt typ styrande")
        try session.execute("sätt mål 4 rubrik \"Föreningslivet\"")
        try session.execute("kriterier mätbar nej \"Ingen enkät\"")
        try session.execute("aktivitet lägg till \"Inventera lokaler\"")
        #expect(session.workspace.goal(5)?.ambition == "Fler unga ska må bra")
        #expect(session.workspace.goal(5)?.kind == .steering)
        #expect(session.workspace.goal(4)?.title == "Föreningslivet")
        #expect(session.workspace.goal(5)?.criteria[.measurable].verdict == .no)
        #expect(session.workspace.goal(5)?.activities.map(\.text) == ["Inventera lokaler"])
        try session.execute("aktivitet ta bort 1")
        #expect(session.workspace.goal(5)?.activities.isEmpty == true)
        // A text is never read as a Swedish word: "ta bort" in a note is the note.
        try session.execute("anteckning ta bort skylten")
        #expect(session.workspace.goal(5)?.notes.last?.text == "ta bort skylten")
    }

    @Test func usageLinesAndErrorsNameTheSwedishWords() throws {
        let (session, _) = session()
        try session.execute("language sv")
        #expect(throws: ShellError.self) { try session.execute("sätt") }
        do { try session.execute("aktivitet") } catch let error as ShellError {
            let text = error.message(session.t)
            #expect(text.contains("aktivitet lägg till \"TEXT\""), "\(text)")
            #expect(text.contains("aktivitet ta bort N"), "\(text)")
            #expect(!text.contains(" add "), "\(text)")
        }
    }

    @Test func numbersOnASwedishScreenHaveADecimalCommaAndGroupedThousands() {
        let sv = Catalogue(.sv)
        #expect(sv.number(79.2) == "79,2")
        #expect(sv.number(219.88) == "219,88")
        #expect(sv.number(40100) == "40\u{A0}100")
        #expect(sv.number(-1234567.5) == "-1\u{A0}234\u{A0}567,5")
        #expect(sv.number(950) == "950")
        #expect(Catalogue.english.number(40100.5) == "40100.5")
    }

    @Test func aNumberCopiedFromASwedishScreenIsReadBack() throws {
        let (session, _) = session()
        try session.execute("language sv")
        try session.execute("mål 6")
        let shown = session.t.number(40100.5)
        #expect(shown == "40\u{A0}100,5")
        try session.execute("mät webb 2019-06-30 \(shown)")
        let values = session.workspace.goal(6)?.indicators.first { $0.id == "webb" }?.measurements.compactMap(\.total)
        #expect(values?.last == 40100.5)
    }

    @Test func municipalityNamesTakeTheGenitive() {
        #expect(Catalogue.genitive("Vaggeryd") == "Vaggeryds")
        #expect(Catalogue.genitive("Jönköping") == "Jönköpings")
        #expect(Catalogue.genitive("Hofors") == "Hofors")
        #expect(Catalogue.genitive("Alvesta") == "Alvestas")
        #expect(Catalogue.genitive("Ljusdal") == "Ljusdals")
    }

    @Test func eachSwedishWordStandsForOneEnglishWord() {
        var seen: [String: String] = [:]
        for (english, words) in CommandWords.swedish {
            for word in words {
                #expect(seen[word] == nil, "\(word) stands for \(seen[word] ?? "") and \(english)")
                seen[word] = english
            }
        }
        // No two commands share a name or an alias.
        let names = CommandTable.standard.allNames
        #expect(Set(names).count == names.count, "\(names.sorted())")
    }
}

/// The language to start in, from the environment.
@Suite struct LanguageEnvironmentTests {
    @Test func aSwedishLocaleStartsInSwedish() {
        #expect(Language.fromEnvironment(["LANG": "sv_SE.UTF-8"]) == .sv)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["MALBILD_LANG": "en", "LANG": "sv_SE.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["MALBILD_LANG": "sv"]) == .sv)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}
