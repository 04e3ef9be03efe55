import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// A console that keeps what was written, for tests.
final class RecordingConsole: Console {
    var output = ""
    var errors = ""
    var answers: [Bool] = []
    var isInteractive = false
    var width = 80
    var useColor = false

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
    func ask(_ prompt: String) -> String? {
        output += prompt + "\n"
        return answers.isEmpty ? nil : (answers.removeFirst() ? "" : "s")
    }
    func confirm(_ question: String, whenNotAsked: Bool) -> Bool {
        output += question + "\n"
        return answers.isEmpty ? whenNotAsked : answers.removeFirst()
    }
}

@Suite struct SessionTests {
    func session() -> (Session, RecordingConsole) {
        let console = RecordingConsole()
        let session = Session(workspace: .demo, console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        return (session, console)
    }

    @Test func promptShowsWorkspaceFocusAndUnsavedMark() throws {
        let (session, _) = session()
        #expect(session.prompt == "ks2019> ")
        try session.execute("goal 6")
        #expect(session.prompt == "ks2019 mål 6> ")
        try session.execute("note \"x\"")
        #expect(session.prompt == "ks2019* mål 6> ")
        try session.execute("top")
        #expect(session.prompt == "ks2019*> ")
    }

    @Test func everyCommandChangeUndoesAndRedoes() throws {
        let (session, _) = session()
        let lines = [
            "goal 6", "set ambition Ny text", "set kind supporting", "set area 1", "set status proposed",
            "set title Ny titel", "criteria measurable no \"Inget mått\"", "strategy add A", "document add B",
            "note N", "top", "note W", "area add Kultur", "area rename 7 Kultur och fritid",
            "goal add Nytt mål", "goal remove 2", "set goal 4 kind steering",
        ]
        var states: [Workspace] = [session.workspace.content]
        for line in lines {
            try session.execute(line)
            if session.workspace.content != states.last { states.append(session.workspace.content) }
        }
        #expect(states.count == 16, "15 of the lines change the workspace")
        for expected in states.reversed().dropFirst() {
            try session.execute("undo")
            #expect(session.workspace.content == expected)
        }
        #expect(session.workspace.content == Workspace.demo)
        for expected in states.dropFirst() {
            try session.execute("redo")
            #expect(session.workspace.content == expected)
        }
        // Every change, undo and redo is in the log, in order.
        #expect(session.workspace.log.count == 15 * 3)
        #expect(session.workspace.log[15].change == .undid(.edit(.setKind(goal: 4, kind: .steering))))
    }

    @Test func aNewChangeClearsRedo() throws {
        let (session, console) = session()
        try session.execute("goal 3")
        try session.execute("set status draft")
        try session.execute("undo")
        try session.execute("set status proposed")
        try session.execute("redo")
        #expect(console.output.hasSuffix("Nothing to redo.\n"))
        #expect(session.workspace.goal(3)?.status == .proposed)
    }

    @Test func theLogHoldsWhoWhenAndBeforeAndAfter() throws {
        let (session, _) = session()
        session.user = "anna"
        try session.execute("goal 6")
        try session.execute("set ambition \"Ny ambition\"")
        try session.execute("undo")
        let log = session.workspace.log
        #expect(log.count == 2)
        #expect(log[0].user == "anna")
        #expect(log[0].goal == 6)
        #expect(log[0].change == .edit(.setAmbition(goal: 6)))
        #expect(log[0].before == Workspace.demo.goal(6).map { .text($0.ambition) })
        #expect(log[0].after == .text("Ny ambition"))
        #expect(log[1].change == .undid(.edit(.setAmbition(goal: 6))))
        #expect(log[1].before == .text("Ny ambition"))
        #expect(log[1].time == Date(timeIntervalSince1970: 1_550_669_400))
    }

    @Test func failingCommandsChangeNothing() {
        let (session, _) = session()
        for line in ["gol 6", "set ambition x", "goal 42", "set goal 42 title x", "goal 6 7",
                     "strategy remove 1", "criteria measurable maybe", "\"open"] {
            #expect(throws: ShellError.self, "\(line)") { try session.execute(line) }
        }
        #expect(session.workspace == Workspace.demo)
        #expect(session.unsavedChanges == 0)
    }

    @Test func unknownCommandSuggestsTheNearest() {
        let (session, _) = session()
        #expect(throws: ShellError.unknownCommand("gol", suggestions: ["goal"])) { try session.execute("gol 6") }
        #expect(throws: ShellError.unknownCommand("sav", suggestions: ["save"])) { try session.execute("sav") }
        #expect(throws: ShellError.unknownCommand("golas", suggestions: ["goals", "goal"])) { try session.execute("golas") }
    }

    @Test func removingAGoalAsksAtATerminal() throws {
        let (session, console) = session()
        console.isInteractive = true
        console.answers = [false]
        try session.execute("goal remove 4")
        #expect(session.workspace.goal(4) != nil)
        console.answers = [true]
        try session.execute("goal remove 4")
        #expect(session.workspace.goal(4) == nil)
    }

    @Test func completionComesFromTheCommandTable() {
        let (session, _) = session()
        let completer = ShellCompleter(session: session)
        #expect(completer.completions(forLine: "goa") == ["goal", "goals"])
        #expect(completer.completions(forLine: "set ") == ["ambition", "area", "goal", "kind", "number", "owner", "parent", "status", "title", "user"])
        #expect(completer.completions(forLine: "set goal ") == ["1", "2", "3", "4", "5", "6", "7", "8"])
        // The words of the screen's language: English here, Swedish in the test below.
        #expect(completer.completions(forLine: "criteria m") == ["measurable"])
        #expect(completer.completions(forLine: "criteria measurable ") == ["no", "unknown", "yes"])
        #expect(completer.completions(forLine: "help und") == ["undo"])
        #expect(completer.completions(forLine: "set ambition \"Att") == [])
        #expect(completer.completions(forLine: "nosuch ") == [])
        #expect(completer.completions(forLine: "measure ") == ["fullmaktige", "langtid", "nii", "nyforetag", "sociala", "tomter", "webb"])
        #expect(completer.completions(forLine: "measure nii d") == ["delår1", "delår2"])
        #expect(completer.completions(forLine: "forecast set uppfylls-") == ["uppfylls-delvis", "uppfylls-ej"])
        #expect(completer.completions(forLine: "indicator add x \"X\" --") == ["--direction", "--from", "--owner", "--replaced-by", "--source", "--unit"])
        #expect(completer.completions(forLine: "indicator add x \"X\" --direction ") == ["higher", "lower"])
        #expect(completer.completions(forLine: "activity status 1 ej") == ["ej påbörjad"])
        #expect(completer.completions(forLine: "glossary inr") == ["inriktningsmål"])
    }
}

@Suite struct NarrowTableTests {
    /// At 60 columns every table row stays one line of at most 60 characters:
    /// the widest column is cut, the rows are not wrapped.
    @Test func tablesFitSixtyColumnsByCuttingTheirWidestColumn() throws {
        let console = RecordingConsole()
        console.width = 60
        let session = Session(workspace: .demo, console: console, environment: [:],
                              clock: { Date(timeIntervalSince1970: 1_550_669_400) })
        try session.execute("goal 6")
        try session.execute("activity add Digital lokalbokning för föreningar --owner Kultur- och fritidsförvaltningen")
        for command in ["goals", "indicators all", "activities", "forecast all", "language sv", "goals", "indicators all", "activities"] {
            if command.hasPrefix("language") {
                try session.execute(command)
                continue
            }
            console.output = ""
            try session.execute(command)
            let all = console.output.split(separator: "\n").map(String.init)
            let rule = try #require(all.firstIndex { $0.hasPrefix("-") && $0.allSatisfy { $0 == "-" || $0 == " " } }, "\(command)")
            let lines = Array(all[(rule - 1)...])
            // The heading, the rule, then one line per row, each starting with its number:
            // a row wrapped onto a second line would end the table early.
            let rows = lines.dropFirst(2).prefix { $0.first?.isNumber == true }
            let table = Array(lines.prefix(2) + rows)
            #expect(rows.count >= 2, "\(command)")
            #expect(lines.count - table.count <= 2, "\(command): more lines than rows")
            for line in table { #expect(line.count <= 60, "\(command): \(line)") }
            #expect(table.contains { $0.contains("…") }, "\(command) cut nothing")
            // Ids and numbers that are typed stay whole.
            if command == "indicators all" { #expect(table.contains { $0.hasPrefix("6    fullmaktige  150*") }, "\(table)") }
        }
    }
}
