import Testing
@testable import MalbildCore
@testable import MalbildShell

/// The catalogue: every key in both languages, placeholders alike, help for every command.
@Suite struct CatalogueTests {
    @Test(arguments: Key.allCases)
    func everyKeyHasBothLanguages(_ key: Key) throws {
        let phrase = try #require(Catalogue.phrases[key], "\(key) has no phrase in any table")
        #expect(!phrase.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): the English is empty")
        #expect(!phrase.sv.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): the Swedish is missing")
        #expect(Catalogue.placeholders(in: phrase.en) == Catalogue.placeholders(in: phrase.sv),
                "\(key): the placeholders differ: \(phrase.en) / \(phrase.sv)")
    }

    @Test func everyKeyIsInExactlyOneTable() {
        let counted = Catalogue.tables.map(\.count).reduce(0, +)
        #expect(counted == Catalogue.phrases.count, "a key is in two tables")
        #expect(Catalogue.phrases.count == Key.allCases.count, "a table holds a key twice or misses one")
    }

    @Test func everyCommandHasSwedishHelp() {
        for command in CommandTable.standard.commands {
            guard let help = Catalogue.swedishHelp[command.name] else {
                Issue.record("\(command.name) has no Swedish help")
                continue
            }
            #expect(!help.summary.isEmpty, "\(command.name): the Swedish summary is empty")
            #expect(help.details.isEmpty == command.details.isEmpty, "\(command.name): details in one language only")
        }
        let names = Set(CommandTable.standard.commands.map(\.name))
        for name in Catalogue.swedishHelp.keys { #expect(names.contains(name), "Swedish help for no command: \(name)") }
    }

    @Test func everyCommandIsListedUnderATask() {
        let grouped = CommandTable.standard.grouped
        let other = grouped.first { $0.heading == .helpGroupOther }?.commands.map(\.name) ?? []
        #expect(other.isEmpty, "help lists these under Other: give them a task in CommandTable.groups: \(other)")
        #expect(grouped.reduce(0) { $0 + $1.commands.count } == CommandTable.standard.commands.count)
    }

    @Test func aliasesNeverClash() {
        let all = CommandTable.standard.allNames
        #expect(Set(all).count == all.count, "a name or alias is used twice: \(all)")
    }

    @Test func placeholdersAndPluralsAreFilled() {
        #expect(Catalogue.fill("{0} {0:change|changes}", [1]) == "1 change")
        #expect(Catalogue.fill("{0} {0:ändring|ändringar}", [3]) == "3 ändringar")
        #expect(Catalogue.fill("its {0:value is|# values are} kept", [2]) == "its 2 values are kept")
        #expect(Catalogue.fill("{1} of {0}", ["a", "b"]) == "b of a")
        #expect(Catalogue.fill("mål {0}: {1} → {2}", ["6.1", "ändrad «ny»", 2.5]) == "mål 6.1: ändrad «ny» → 2.5")
        #expect(Catalogue.fill("{x} {9} {0} {", ["å"]) == "{x} {9} å {")
        #expect(Catalogue.fill("{0:ett värde|# värden} 😀 {1:|#}", [1, "1"]) == "ett värde 😀 ")
        #expect(Catalogue.fill("{0:ett värde|# värden}", [Substring("12")]) == "12 värden")
        #expect(Catalogue.placeholders(in: "{0} {1:x|y} {2}") == [0, 1, 2])
    }

    @Test func englishIsTheDefaultAndTheEnvironmentChooses() {
        #expect(Language.fromEnvironment([:]) == .en)
        #expect(Language.fromEnvironment(["MALBILD_LANG": "sv"]) == .sv)
        #expect(Language.fromEnvironment(["MALBILD_LANG": "sv_SE.UTF-8"]) == .sv)
        #expect(Language.fromEnvironment(["MALBILD_LANG": "xx"]) == .en)
    }

    @Test func theCoreErrorsAreTranslated() {
        let sv = Catalogue(.sv)
        #expect(sv.describe(EditError.goalExists(6)) == "mål 6 finns redan")
        #expect(sv.describe(DayError.noSuchDay(year: 2019, month: 4, day: 31, length: 30)) == "2019-04-31 finns inte: april har 30 dagar")
        #expect(sv.describe(EditError.notADay(DayError.noSuchMonth(13))) == "det finns ingen månad 13; månaderna går från 01 till 12")
        #expect(Catalogue.english.describe(EditError.goalExists(6)) == EditError.goalExists(6).description)
    }

    @Test func everyEditSummaryOfTheDemoReadsInSwedish() {
        let edits: [Edit] = [
            .setTitle(goal: 6, title: "x"), .setKind(goal: 6, kind: .supporting), .setStatus(goal: 6, status: .decided),
            .setArea(goal: 6, area: nil), .insertGoal(goal: Goal(number: 9, title: "x")), .setScale(name: "five"),
        ]
        for edit in edits {
            let swedish = Catalogue(.sv).summary(of: edit)
            #expect(swedish != Catalogue.english.summary(of: edit), "\(edit.summary) is not translated")
        }
    }
}

/// The tutorial speaks both languages too.
@Suite struct LessonLanguageTests {
    @Test func everyLessonTextHasBothLanguages() {
        for lesson in Lessons.all {
            var phrases = [lesson.title, lesson.introduction]
            for task in lesson.tasks { phrases += [task.instruction, task.hint, task.explanation] }
            for phrase in phrases {
                #expect(!phrase.en.isEmpty && !phrase.sv.isEmpty, "lesson \(lesson.number): \(phrase.en)")
            }
            #expect(lesson.title.en != lesson.title.sv, "lesson \(lesson.number) has no Swedish title")
        }
    }
}
