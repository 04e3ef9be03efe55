import Testing
@testable import MalbildShell

@Suite struct FormMatcherTests {
    let setForms: [[Param]] = [
        [.word("goal"), .goal, .choice("FIELD", ["title", "ambition"]), .text("VALUE")],
        [.choice("FIELD", ["title", "ambition"]), .text("VALUE")],
    ]

    @Test func matchesTheFirstFittingForm() throws {
        let a = try #require(FormMatcher.match(["ambition", "Att", "öka"], forms: setForms))
        #expect(a.form == 1)
        #expect(a.value("FIELD") == "ambition")
        #expect(a.value("VALUE") == "Att öka")
        let b = try #require(FormMatcher.match(["goal", "6", "TITLE", "Ny titel"], forms: setForms))
        #expect(b.form == 0)
        #expect(b.goal == 6)
        #expect(b.value("FIELD") == "title")
        #expect(b.value("VALUE") == "Ny titel")
    }

    @Test func refusesWhatFitsNoForm() {
        #expect(FormMatcher.match([String](), forms: setForms) == nil)
        #expect(FormMatcher.match(["colour", "blue"], forms: setForms) == nil)
        #expect(FormMatcher.match(["goal", "six", "title", "x"], forms: setForms) == nil)
        #expect(FormMatcher.match(["ambition"], forms: setForms) == nil)
        #expect(FormMatcher.match(["6", "extra"], forms: [[.goal]]) == nil)
    }

    @Test func optionalTextMayBeMissing() throws {
        let forms: [[Param]] = [[.choice("C", ["measurable"]), .choice("V", ["yes", "no"]), .optionalText("WHY")]]
        #expect(try #require(FormMatcher.match(["measurable", "yes"], forms: forms)).value("WHY") == nil)
        #expect(try #require(FormMatcher.match(["measurable", "no", "för", "dyrt"], forms: forms)).value("WHY") == "för dyrt")
    }

    @Test func nextParamsDriveCompletion() {
        #expect(FormMatcher.nextParams(after: [], forms: setForms)
            == [.word("goal"), .choice("FIELD", ["title", "ambition"])])
        #expect(FormMatcher.nextParams(after: ["goal"], forms: setForms) == [.goal])
        #expect(FormMatcher.nextParams(after: ["goal", "6"], forms: setForms) == [.choice("FIELD", ["title", "ambition"])])
        #expect(FormMatcher.nextParams(after: ["title"], forms: setForms) == [.text("VALUE")])
    }

    @Test func usageLinesComeFromTheForms() {
        let command = Command(name: "set", forms: setForms, summary: "") { _, _ in }
        #expect(command.usageLines == ["set goal N title|ambition \"VALUE\"", "set title|ambition \"VALUE\""])
    }
}
