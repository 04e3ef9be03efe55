import Foundation
import Testing
import MalbildCore
@testable import MalbildStore

/// Journal lines of edits written and read by the edits themselves: the same JSON as the
/// store's encoder writes, for every kind of edit, read back equal by both readers.
@Suite("Journal lines of edits")
struct JournalLineCodingTests {
    static let time = Date(timeIntervalSince1970: 1_700_000_000)
    static let text = "Fler i \"egen\" försörjning\\ny rad\nrad 2\t/ snedstreck \u{1} 😀 ambitionsnivå"

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        try! Day(year: year, month: month, day: day)
    }

    /// The number of kinds of edit, as numbered by ``kind(of:)``.
    static let kindCount = 49

    /// Each kind of edit numbered. The switch is exhaustive: a new kind of edit does not
    /// compile here until it is numbered, and then `everyKindHasASample` fails until it has
    /// a sample below (and so goes through the round trips).
    static func kind(of edit: Edit) -> Int {
        switch edit {
        case .setTitle: 0
        case .setAmbition: 1
        case .setKind: 2
        case .setArea: 3
        case .setStatus: 4
        case .setDecided: 5
        case .setCriterion: 6
        case .insertStrategy: 7
        case .removeStrategy: 8
        case .insertDocument: 9
        case .removeDocument: 10
        case .insertNote: 11
        case .removeNote: 12
        case .insertGoal: 13
        case .removeGoal: 14
        case .insertArea: 15
        case .removeArea: 16
        case .renameArea: 17
        case .insertIndicator: 18
        case .removeIndicator: 19
        case .setBaseline: 20
        case .setTarget: 21
        case .insertMeasurement: 22
        case .removeMeasurement: 23
        case .setDiscontinued: 24
        case .setAssessment: 25
        case .setForecast: 26
        case .setResult: 27
        case .insertActivity: 28
        case .removeActivity: 29
        case .setActivityStatus: 30
        case .setScale: 31
        case .appendLog: 32
        case .removeLastLog: 33
        case .setInfo: 34
        case .insertInfo: 35
        case .removeInfo: 36
        case .insertStep: 37
        case .removeStep: 38
        case .setKoladaRecord: 39
        case .setIndicatorDescription: 40
        case .setOwner: 41
        case .moveGoal: 42
        case .setIndicatorOwner: 43
        case .setActivityOwner: 44
        case .setCheckpoint: 45
        case .setPeriodTarget: 46
        case .setOwnScale: 47
        case .setLinkedParent: 48
        }
    }

    /// At least one edit of every kind, with optional values both given and left out.
    static var samples: [Edit] {
        let demo = Workspace.demo
        let goal = demo.goals.first { !$0.indicators.isEmpty } ?? Goal(number: 9, title: text)
        let indicator = goal.indicators.first ?? Indicator(id: "N1", name: text)
        let measurement = Measurement(day: day(2024, 12, 31), checkpoint: "helår", total: 48.25,
                                      women: 0.1, men: nil, status: "", correction: "rättat", example: true)
        let missing = Measurement(day: day(2023, 1, 2), total: nil, status: "saknas")
        let reference = Reference(period: .year(2019), value: 1e21)
        let kpi = KoladaKPIInfo(id: "N07940", title: text)
        return [
            .setTitle(goal: 6, title: text),
            .setAmbition(goal: 6, text: ""),
            .setKind(goal: 1, kind: .steering),
            .setArea(goal: 1, area: 2), .setArea(goal: 1, area: nil),
            .setStatus(goal: 12, status: .proposed),
            .setDecided(goal: 6, text: DecidedText(title: "Rubrik", ambition: text)), .setDecided(goal: 6, text: nil),
            .setCriterion(goal: 6, criterion: .measurable, assessment: CriterionAssessment(verdict: .yes, justification: text)),
            .insertStrategy(goal: 6, index: 0, text: text), .removeStrategy(goal: 6, index: 3),
            .insertDocument(goal: 6, index: 1, text: "Miljöprogram"), .removeDocument(goal: 6, index: 0),
            .insertNote(goal: 6, index: 2, note: Note(time: time, text: text)),
            .insertNote(goal: nil, index: 0, note: Note(time: Date(timeIntervalSince1970: 0.25), text: "x")),
            .removeNote(goal: 6, index: 0), .removeNote(goal: nil, index: 1),
            .insertGoal(goal: goal), .removeGoal(number: 7),
            .insertArea(index: 0, area: GoalArea(number: 3, name: text)), .removeArea(number: 3), .renameArea(number: 2, name: text),
            .insertIndicator(goal: goal.number, index: 0, indicator: indicator),
            .removeIndicator(goal: 6, id: "N07940"),
            .setBaseline(goal: 6, indicator: "N1", reference: reference), .setBaseline(goal: 6, indicator: "N1", reference: nil),
            .setTarget(goal: 6, indicator: "N1", reference: Reference(period: .checkpoint("delår1"), value: -0.5, example: true)),
            .setTarget(goal: 6, indicator: "N1", reference: nil),
            .insertMeasurement(goal: 6, indicator: "N1", index: 4, measurement: measurement),
            .insertMeasurement(goal: 6, indicator: "N1", index: 0, measurement: missing),
            .removeMeasurement(goal: 6, indicator: "N1", index: 2),
            .setDiscontinued(goal: 6, indicator: "N1", discontinuation: Discontinuation(replacedBy: "N2", reason: text, from: day(2020, 1, 1))),
            .setDiscontinued(goal: 6, indicator: "N1", discontinuation: nil),
            .setAssessment(goal: 6, checkpoint: "delår1", assessment: Assessment(checkpoint: "delår1", text: text, grade: "B", addedValues: ["a"])),
            .setAssessment(goal: 6, checkpoint: "delår1", assessment: nil),
            .setForecast(goal: 6, checkpoint: "delår2", forecast: Forecast(checkpoint: "delår2", grade: "C", rationale: text, suggested: "B")),
            .setForecast(goal: 6, checkpoint: "delår2", forecast: nil),
            .setResult(goal: 6, checkpoint: "helår", result: YearResult(checkpoint: "helår", grade: "A", text: text)),
            .setResult(goal: 6, checkpoint: "helår", result: nil),
            .insertActivity(goal: 6, index: 0, activity: Activity(text: text, owner: "Anna", due: day(2025, 3, 1))),
            .removeActivity(goal: 6, index: 0),
            .setActivityStatus(goal: 6, index: 1, status: .genomförd),
            .setScale(name: "A–E"),
            .appendLog(entry: LogEntry(time: time, user: "anna", goal: 6, change: .edit(.setStatus(goal: 6, status: .proposed)),
                                       before: .status(.draft), after: .text(text))),
            .appendLog(entry: LogEntry(time: Date(timeIntervalSince1970: 1.5), user: "", goal: nil, change: .writtenBefore("s"))),
            .appendLog(entry: LogEntry(time: time, user: "anna", goal: GoalNumber("1.2.1")!, change: .edit(.movedGoal(from: GoalNumber("1.2")!, to: 3)))),
            .removeLastLog,
            .setInfo(field: .reference, value: "KS 2019/0042"),
            .insertInfo(list: .dispatch, index: 0, text: text), .removeInfo(list: .summary, index: 2),
            .insertStep(index: 0, step: DecisionStep(body: "KF", day: nil, paragraph: "§ 12", action: text)),
            .removeStep(index: 0),
            .setKoladaRecord(record: KoladaRecord(group: "G1", kpis: ["N07940": kpi])), .setKoladaRecord(record: nil),
            .setIndicatorDescription(goal: 6, indicator: "N1", description: IndicatorDescription(indicator)),
            .setOwner(goal: 6, owner: text), .setOwner(goal: 6, owner: nil),
            .moveGoal(from: GoalNumber("6.1")!, to: GoalNumber("2.1.3")!), .moveGoal(from: 4, to: 5),
            .setLinkedParent(goal: 2, link: GoalLink("ks2024:1.2")), .setLinkedParent(goal: 2, link: nil),
            .setIndicatorOwner(goal: GoalNumber("1.2")!, indicator: "N1", owner: text), .setIndicatorOwner(goal: 6, indicator: "N1", owner: nil),
            .setActivityOwner(goal: 6, index: 1, owner: "Kultur"), .setActivityOwner(goal: 6, index: 0, owner: nil),
            .setCheckpoint(id: "mars-2024", checkpoint: Checkpoint(id: "mars-2024", name: text, day: day(2024, 3, 31), forecasts: true)),
            .setCheckpoint(id: "delår1", checkpoint: nil),
            .setPeriodTarget(goal: 6, indicator: "N1", period: .plan, reference: Reference(period: .plan, value: 66)),
            .setPeriodTarget(goal: 6, indicator: "N1", period: .year(2025), reference: nil),
            .setOwnScale(name: "smileys", scale: .own(name: "smileys", grades: [Grade(words: "Uppfyllt", fulfilment: .met, symbol: "😊")])),
            .setOwnScale(name: "smileys", scale: nil),
        ]
    }

    func generic(_ edit: Edit) throws -> Data {
        try StoreCoding.makeEncoder(pretty: false).encode(JournalEntryLine(entry: edit))
    }

    func own(_ edit: Edit) throws -> Data {
        Data(try Journal<Edit>.line(for: edit, encoder: StoreCoding.makeEncoder(pretty: false)))
    }

    func read(_ line: Data) throws -> Edit {
        try Edit.readJournalValue(try JournalLineReader.read(line, decoder: StoreCoding.makeDecoder()).object("entry"))
    }

    @Test("every kind of edit has a sample here")
    func everyKindHasASample() {
        let covered = Set(Self.samples.map(Self.kind(of:)))
        #expect(covered == Set(0..<Self.kindCount), "kinds without a sample: \(Set(0..<Self.kindCount).subtracting(covered).sorted())")
    }

    @Test("an edit's own line is the line the store's encoder writes, byte for byte", arguments: samples)
    func sameBytes(edit: Edit) throws {
        let mine = try own(edit)
        let theirs = try generic(edit)
        #expect(String(decoding: mine, as: UTF8.self) == String(decoding: theirs, as: UTF8.self))
    }

    @Test("an edit's own line reads back equal, by its own reader and by the generic one", arguments: samples)
    func roundTrip(edit: Edit) throws {
        let line = try own(edit)
        #expect(try read(line) == edit)
        #expect(try StoreCoding.makeDecoder().decode(JournalEntryLine<Edit>.self, from: line).entry == edit)
    }

    @Test("escapes others may write are read: \\u, surrogate pairs, an escaped slash, blanks between tokens")
    func escapes() throws {
        let line = Data(#" { "entry" : { "setTitle" : { "title" : "\u00e5r \ud83d\ude00 a\/b \"q\" \\ \n" , "goal" : 6 } } } "#.utf8)
        #expect(try read(line) == .setTitle(goal: 6, title: "år 😀 a/b \"q\" \\ \n"))
    }

    @Test("a line that cannot be read says where and what", arguments: [
        (#"{"entry":{"setStatus":{"goal":"sex","status":"draft"}}}"#, "at setStatus.goal: expected a goal number such as 1, 1.2 or 1.2.1"),
        (#"{"entry":{"setStatus":{"goal":6,"status":"klar"}}}"#, "at setStatus.status: \"klar\" is not a AmbitionStatus"),
        (#"{"entry":{"setStatus":{"goal":6}}}"#, "at setStatus.status: a text is missing"),
        (#"{"entry":{"appendLog":{"entry":{"summary":"s","time":"igår","user":"u"}}}}"#, "at appendLog.entry.time: \"igår\" is not an ISO 8601"),
        (#"{"entry":{"setStatus":{"goal":6,"status":"draft"}}"#, "expected }"),
        (#"{"entry":{"setTitle":{"goal":6,"title":"a"#, "a text is not closed"),
        (#"{"entry":{"setTitle":{"goal":6,"title":"\x"}}}"#, "an unknown escape \\x"),
        ("{\"entry\":\u{0}}", "unexpected byte 0x00 (byte 10)"),
        ("{\"entry\":é}", "unexpected byte 0xC3 (byte 10)"),
        ("{\"entry\":%}", "unexpected % (byte 10)"),
        (#"{"entry":{"renameGoal":{"goal":6}}}"#, "renameGoal"),
        (#"{"entry":{"setBaseline":{"goal":6,"indicator":"N1","reference":{"value":"x"}}}}"#, "at setBaseline.reference"),
    ])
    func damaged(line: String, says: String) throws {
        do {
            let edit = try read(Data(line.utf8))
            Issue.record("read \(edit) from \(line)")
        } catch let error as JournalLineError {
            #expect(error.description.contains(says), "\(error.description)")
        }
    }

    @Test("a text that is not UTF-8 is refused, not changed")
    func notUTF8() throws {
        var line = Data(#"{"entry":{"setTitle":{"goal":6,"title":"a"#.utf8)
        line.append(contentsOf: [0xC3, 0x28])
        line.append(contentsOf: Data(#""}}}"#.utf8))
        #expect(throws: JournalLineError.self) { try read(line) }
    }

    @Test("deep nesting is refused without exhausting the stack")
    func deepNesting() throws {
        let line = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        #expect(throws: JournalLineError.self) { try JournalLineReader.read(line, decoder: StoreCoding.makeDecoder()) }
    }

    @Test("a date of whole seconds is written as the store's formatter writes it")
    func wholeSeconds() {
        var generator = SystemRandomNumberGenerator()
        let seconds = [0, 59, 86_399, 86_400, 951_782_400, 1_700_000_000, 4_102_444_800, 253_402_300_799]
            + (0..<2000).map { _ in Int.random(in: 0..<253_402_300_800, using: &generator) }
        for second in seconds {
            let date = Date(timeIntervalSince1970: TimeInterval(second))
            #expect(JournalLineWriter.wholeSecondsText(date) == StoreCoding.format(date), "\(second)")
            #expect(JournalFields.wholeSecondsDate(StoreCoding.format(date)) == date, "\(second)")
        }
        #expect(JournalLineWriter.wholeSecondsText(Date(timeIntervalSince1970: 1.5)) == nil)
        #expect(JournalLineWriter.wholeSecondsText(Date(timeIntervalSince1970: -1)) == nil)
        for wrong in ["2019-02-30T10:00:00Z", "2019-13-01T10:00:00Z", "2019-01-01T24:00:00Z", "2019-01-01 10:00:00Z", "1969-12-31T23:59:59Z"] {
            #expect(JournalFields.wholeSecondsDate(wrong) == nil, "\(wrong)")
        }
    }

    @Test("a whole number is written as Swift prints it, at both ends of its range too")
    func wholeNumbers() {
        var generator = SystemRandomNumberGenerator()
        let values = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
            + (0..<2000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...62, using: &generator) }
        for value in values {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            DecimalDigits.append(Int64(value), to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
        }
    }

    @Test("every sample goes through a journal on disk and comes back in order")
    func throughTheJournal() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let edits = Self.samples + [.appendLog(entry: LogEntry(time: Self.time, user: "u", goal: nil, change: .writtenBefore("end")))]
        do {
            let journal = try Journal<Edit>.open(for: workspace)
            try journal.append(contentsOf: edits)
        }
        let recovery = try #require(try Journal<Edit>.recover(for: workspace))
        #expect(recovery.entries == edits)
        #expect(recovery.setAside == nil)
    }
}
