import Foundation
import Testing
import MalbildCore
@testable import MalbildStore

/// The log's data in journal lines written and read by its own code: the same JSON as the
/// store's encoder writes, for every case of a log entry's change, summary and values, read
/// back equal by both readers.
@Suite("Journal lines of the log's data")
struct LogChangeJournalLineTests {
    static let text = JournalLineCodingTests.text
    static let time = JournalLineCodingTests.time

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        JournalLineCodingTests.day(year, month, day)
    }

    /// The number of cases of each, as numbered below.
    static let changeCount = 8, summaryCount = 52, valueCount = 17

    /// Each case of a change numbered. The switches are exhaustive: a new case does not
    /// compile here until it is numbered, and then the coverage test fails until it has a
    /// sample below (and so goes through the round trips).
    static func kind(of change: LogChange) -> Int {
        switch change {
        case .edit: 0
        case .undid: 1
        case .redid: 2
        case .importedKolada: 3
        case .importedValues: 4
        case .acceptedKoladaTitle: 5
        case .readDecision: 6
        case .writtenBefore: 7
        }
    }

    /// Each case of a summary numbered.
    static func kind(of summary: EditSummary) -> Int {
        switch summary {
        case .setTitle: 0
        case .setAmbition: 1
        case .setKind: 2
        case .movedToArea: 3
        case .tookOutOfArea: 4
        case .setStatus: 5
        case .tookAsDecided: 6
        case .keptDecided: 7
        case .judged: 8
        case .addedStrategy: 9
        case .removedStrategy: 10
        case .addedDocument: 11
        case .removedDocument: 12
        case .addedNote: 13
        case .removedNote: 14
        case .addedGoal: 15
        case .removedGoal: 16
        case .addedArea: 17
        case .removedArea: 18
        case .renamedArea: 19
        case .addedIndicator: 20
        case .removedIndicator: 21
        case .setBaseline: 22
        case .setTarget: 23
        case .recordedValue: 24
        case .removedValue: 25
        case .setOwner: 26
        case .correctedIndicator: 27
        case .discontinued: 28
        case .assessed: 29
        case .setForecast: 30
        case .setResult: 31
        case .addedActivity: 32
        case .removedActivity: 33
        case .setActivityStatus: 34
        case .choseScale: 35
        case .logged: 36
        case .removedLastLog: 37
        case .setInfo: 38
        case .addedInfo: 39
        case .removedInfo: 40
        case .addedStep: 41
        case .removedStep: 42
        case .koladaRecord: 43
        case .setCheckpoint: 44
        case .setPeriodTarget: 45
        case .definedScale: 46
        case .movedGoal: 47
        case .setIndicatorOwner: 48
        case .setActivityOwner: 49
        case .removedGoalTree: 50
        case .linkedParent: 51
        }
    }

    /// Each case of a value numbered.
    static func kind(of value: ChangeValue) -> Int {
        switch value {
        case .text: 0
        case .nothing: 1
        case .number: 2
        case .kind: 3
        case .status: 4
        case .verdict: 5
        case .activityStatus: 6
        case .reference: 7
        case .measurement: 8
        case .indicator: 9
        case .definition: 10
        case .ended: 11
        case .graded: 12
        case .step: 13
        case .list: 14
        case .checkpoint: 15
        case .period: 16
        }
    }

    static let deep = GoalNumber("1.2.1")!

    /// At least one summary of every case, with optional values both given and left out,
    /// goals at the top and under others.
    static let summaries: [EditSummary] = [
        .setTitle(goal: 6), .setAmbition(goal: deep), .setKind(goal: 1, kind: .supporting),
        .movedToArea(goal: 3, area: 2), .tookOutOfArea(goal: deep), .setStatus(goal: 12, status: .decided),
        .tookAsDecided(goal: 6), .keptDecided(goal: 6), .judged(goal: 6, criterion: .measurable, verdict: .unknown),
        .addedStrategy(goal: 6, number: 1), .removedStrategy(goal: 6, number: 2), .addedDocument(goal: 6, number: 3),
        .removedDocument(goal: deep, number: 4), .addedNote(goal: 6), .addedNote(goal: nil), .removedNote(goal: deep),
        .removedNote(goal: nil), .addedGoal(goal: 9), .removedGoal(goal: deep), .addedArea(area: 1), .removedArea(area: 2),
        .renamedArea(area: 3), .addedIndicator(goal: 6, indicator: text), .removedIndicator(goal: 6, indicator: "N07940"),
        .setBaseline(goal: 6, indicator: "N1", cleared: true), .setTarget(goal: 6, indicator: "N1", cleared: false),
        .recordedValue(goal: 6, indicator: "N1", day: day(2024, 2, 29), corrected: true), .removedValue(goal: 6, indicator: "N1"),
        .setOwner(goal: 6, cleared: false), .correctedIndicator(goal: 6, indicator: "N1"),
        .discontinued(goal: 6, indicator: "N1", resumed: true), .assessed(goal: 6, checkpoint: "delår1", cleared: false),
        .setForecast(goal: 6, checkpoint: "delår2", grade: "B"), .setForecast(goal: 6, checkpoint: "delår2", grade: nil),
        .setResult(goal: 6, grade: text), .setResult(goal: 6, grade: nil), .addedActivity(goal: 6, number: 1),
        .removedActivity(goal: 6, number: 2), .setActivityStatus(goal: 6, number: 1, status: .ejPåbörjad),
        .choseScale(name: "A–E"), .logged, .removedLastLog, .setInfo(field: .reference),
        .addedInfo(list: .dispatch, number: 1), .removedInfo(list: .summary, number: 2), .addedStep(number: 1),
        .removedStep(number: 2), .koladaRecord(cleared: true), .setCheckpoint(id: "mars-2024", day: day(2024, 3, 31)),
        .setCheckpoint(id: "delår1", day: nil), .setPeriodTarget(goal: 6, indicator: "N1", period: .year(2025), cleared: false),
        .setPeriodTarget(goal: 6, indicator: "N1", period: .plan, cleared: true),
        .setPeriodTarget(goal: 6, indicator: "N1", period: .checkpoint("delår1"), cleared: false),
        .definedScale(name: "smileys", removed: false), .movedGoal(from: GoalNumber("1.2")!, to: 3),
        .linkedParent(goal: 2, link: GoalLink("ks2024:1.2")), .linkedParent(goal: 2, link: nil),
        .setIndicatorOwner(goal: deep, indicator: "N1", cleared: true), .setActivityOwner(goal: 6, number: 1, cleared: false),
        .removedGoalTree(goal: 1, goals: [1, GoalNumber("1.1")!, deep]), .removedGoalTree(goal: 2, goals: []),
    ]

    /// At least one change of every case.
    static let changes: [LogChange] = summaries.map(LogChange.edit) + [
        .undid(.edit(.setStatus(goal: 6, status: .proposed))), .redid(.undid(.edit(.logged))),
        .importedKolada(count: 1234, paths: ["/tmp/a b/kolada.json", text]), .importedKolada(count: 0, paths: []),
        .importedValues(count: 7, path: "värden.csv"), .acceptedKoladaTitle(kpi: "N07940"), .readDecision(file: "beslut.txt"),
        .writtenBefore(text),
    ]

    /// At least one value of every case, with optional values both given and left out and
    /// numbers that are whole, fractions, negative and large.
    static let values: [ChangeValue] = [
        .text(text), .text(""), .nothing, .number(-3), .kind(.steering), .status(.draft), .verdict(.no, justification: text),
        .verdict(.yes, justification: ""), .activityStatus(.genomförd), .reference(value: 48.25, period: .year(2019)),
        .reference(value: 1e21, period: .plan), .reference(value: -0.5, period: .checkpoint("delår1")),
        .reference(value: 66, period: .year(2027)),
        .measurement(day: day(2024, 12, 31), value: 0.1, status: ""), .measurement(day: day(2023, 1, 2), value: nil, status: "saknas"),
        .indicator(id: "N1", name: text, source: "Kolada"),
        .definition(name: text, unit: "%", source: "SCB", direction: .higher),
        .definition(name: nil, unit: "", source: "", direction: .lower),
        .ended(reason: text, replacedBy: "N2"), .ended(reason: "", replacedBy: nil), .graded(grade: "A", text: text),
        .graded(grade: nil, text: ""), .step(body: "KF", day: day(2019, 4, 30), paragraph: "§ 12", action: text),
        .step(body: "KS", day: nil, paragraph: "", action: ""), .list([.text("a"), .number(1), .list([])]), .list([]),
        .checkpoint(day: day(2024, 8, 31), name: text, forecasts: true), .checkpoint(day: day(2024, 12, 31), name: "helår", forecasts: false),
        .period(2024, 2027),
    ]

    /// One log entry per sample: every change, and every value both before and after.
    static var entries: [LogEntry] {
        changes.map { LogEntry(time: time, user: "anna", goal: 6, change: $0) }
            + values.map { LogEntry(time: time, user: "anna", goal: deep, change: .edit(.setTitle(goal: deep)), before: $0, after: .nothing) }
            + values.map { LogEntry(time: Date(timeIntervalSince1970: 1.5), user: text, goal: nil, change: .edit(.logged), before: nil, after: $0) }
    }

    @Test("every case of a change, a summary and a value has a sample here")
    func everyCaseHasASample() {
        let changes = Set(Self.changes.map(Self.kind(of:)))
        #expect(changes == Set(0..<Self.changeCount), "changes without a sample: \(Set(0..<Self.changeCount).subtracting(changes).sorted())")
        let summaries = Set(Self.summaries.map(Self.kind(of:)))
        #expect(summaries == Set(0..<Self.summaryCount), "summaries without a sample: \(Set(0..<Self.summaryCount).subtracting(summaries).sorted())")
        let values = Set(Self.values.map(Self.kind(of:)))
        #expect(values == Set(0..<Self.valueCount), "values without a sample: \(Set(0..<Self.valueCount).subtracting(values).sorted())")
    }

    func own(_ entry: LogEntry) throws -> String {
        String(decoding: try Journal<Edit>.line(for: .appendLog(entry: entry), encoder: StoreCoding.makeEncoder(pretty: false)), as: UTF8.self)
    }

    @Test("a log entry's own line is the line the store's encoder writes, byte for byte", arguments: entries)
    func sameBytes(entry: LogEntry) throws {
        let generic = try StoreCoding.makeEncoder(pretty: false).encode(JournalEntryLine(entry: Edit.appendLog(entry: entry)))
        #expect(try own(entry) == String(decoding: generic, as: UTF8.self))
    }

    @Test("a log entry's own line reads back equal, by its own reader and by the generic one", arguments: entries)
    func roundTrip(entry: LogEntry) throws {
        let line = Data(try own(entry).utf8)
        let fields = try JournalLineReader.read(line, decoder: StoreCoding.makeDecoder())
        #expect(try Edit.readJournalValue(fields.object("entry")) == .appendLog(entry: entry))
        #expect(try StoreCoding.makeDecoder().decode(JournalEntryLine<Edit>.self, from: line).entry == .appendLog(entry: entry))
    }

    @Test("an entry of an older journal, a sentence with texts before and after, is read as the core reads it")
    func olderEntry() throws {
        let line = Data(#"{"entry":{"appendLog":{"entry":{"after":"ny","before":"gammal","goal":6,"summary":"Satte titel","time":"2023-11-14T22:13:20Z","user":"anna"}}}}"#.utf8)
        let fields = try JournalLineReader.read(line, decoder: StoreCoding.makeDecoder())
        let expected = Edit.appendLog(entry: LogEntry(time: Self.time, user: "anna", goal: 6, change: .writtenBefore("Satte titel"),
                                                      before: .text("gammal"), after: .text("ny")))
        #expect(try Edit.readJournalValue(fields.object("entry")) == expected)
        #expect(try StoreCoding.makeDecoder().decode(JournalEntryLine<Edit>.self, from: line).entry == expected)
    }

    @Test("a log entry's data that cannot be read says where and what", arguments: [
        (#"{"change":{"edit":{"summary":{"setStatus":{"goal":6,"status":"klar"}}}},"time":"2023-11-14T22:13:20Z","user":"u"}"#,
         "at change.edit.summary.setStatus.status: \"klar\" is not a AmbitionStatus"),
        (#"{"change":{"edit":{"summary":{"renamedGoal":{"goal":6}}}},"time":"2023-11-14T22:13:20Z","user":"u"}"#,
         "at change.edit.summary: renamedGoal is not a summary this version knows"),
        (#"{"change":{"frobbed":{}},"time":"2023-11-14T22:13:20Z","user":"u"}"#, "at change: frobbed is not a change this version knows"),
        (#"{"change":{"edit":{"summary":{"logged":{}}},"x":{}},"time":"2023-11-14T22:13:20Z","user":"u"}"#,
         "at change: change is an object with one member, its kind"),
        (#"{"before":{"list":{"values":[{"text":{"text":"a"}},{"number":{"number":"x"}}]}},"change":{"edit":{"summary":{"logged":{}}}},"time":"2023-11-14T22:13:20Z","user":"u"}"#,
         "at before.list.values[1].number.number: expected a whole number"),
        (#"{"after":{"measurement":{"day":"2023-02-30","status":""}},"change":{"edit":{"summary":{"logged":{}}}},"time":"2023-11-14T22:13:20Z","user":"u"}"#,
         "at after.measurement.day:"),
        (#"{"after":{"checkpoint":{"day":"2023-02-03","forecasts":1,"name":""}},"change":{"edit":{"summary":{"logged":{}}}},"time":"2023-11-14T22:13:20Z","user":"u"}"#,
         "at after.checkpoint.forecasts: expected true or false"),
        (#"{"change":{"edit":{"summary":{"removedGoalTree":{"goal":1,"goals":[1,"x"]}}}},"time":"2023-11-14T22:13:20Z","user":"u"}"#,
         "at change.edit.summary.removedGoalTree.goals[1]: expected a goal number"),
    ])
    func damaged(members: String, says: String) throws {
        let line = Data((#"{"entry":{"appendLog":{"entry":"# + members + "}}}").utf8)
        let entry = try JournalLineReader.read(line, decoder: StoreCoding.makeDecoder()).object("entry")
        switch Result(catching: { () throws(JournalLineError) -> Edit in try Edit.readJournalValue(entry) }) {
        case .success(let edit): Issue.record("read \(edit) from \(members)")
        case .failure(let error): #expect(error.description.contains("at appendLog.entry." + says.dropFirst(3)), "\(error.description)")
        }
    }
}
