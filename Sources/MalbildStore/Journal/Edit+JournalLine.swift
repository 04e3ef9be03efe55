import MalbildCore

/// Edits write their journal lines member by member, as the store's encoder would write
/// them (`{"setStatus":{"goal":6,"status":"proposed"}}`, members in sorted order), and read
/// them back in one pass. Values that are rare in a journal (a whole goal or indicator, a
/// Kolada record) go through their `Codable` conformance; a case this reader does not know
/// is read through `Edit`'s own `Codable`.
extension Edit: JournalLineCodable {
    /// Writes the edit as `{"CASE":{…}}`.
    public func writeJournalValue(into w: inout JournalLineWriter) throws {
        try w.object(nil) { w in
            switch self {
            case let .setTitle(g, title): w.object("setTitle") { $0.goal("goal", g); $0.string("title", title) }
            case let .setAmbition(g, text): w.object("setAmbition") { $0.goal("goal", g); $0.string("text", text) }
            case let .setKind(g, kind): w.object("setKind") { $0.goal("goal", g); $0.raw("kind", kind) }
            case let .setArea(g, area): w.object("setArea") { $0.int("area", area); $0.goal("goal", g) }
            case let .setStatus(g, status): w.object("setStatus") { $0.goal("goal", g); $0.raw("status", status) }
            case let .setDecided(g, text): try w.object("setDecided") { $0.goal("goal", g); try $0.coded("text", text) }
            case let .setCriterion(g, criterion, a):
                w.object("setCriterion") {
                    $0.object("assessment") { $0.string("justification", a.justification); $0.raw("verdict", a.verdict) }
                    $0.raw("criterion", criterion)
                    $0.goal("goal", g)
                }
            case let .insertStrategy(g, index, text): w.object("insertStrategy") { $0.goal("goal", g); $0.int("index", index); $0.string("text", text) }
            case let .removeStrategy(g, index): w.object("removeStrategy") { $0.goal("goal", g); $0.int("index", index) }
            case let .insertDocument(g, index, text): w.object("insertDocument") { $0.goal("goal", g); $0.int("index", index); $0.string("text", text) }
            case let .removeDocument(g, index): w.object("removeDocument") { $0.goal("goal", g); $0.int("index", index) }
            case let .insertNote(g, index, note):
                w.object("insertNote") {
                    $0.goal("goal", g); $0.int("index", index)
                    $0.object("note") { $0.string("text", note.text); $0.date("time", note.time) }
                }
            case let .removeNote(g, index): w.object("removeNote") { $0.goal("goal", g); $0.int("index", index) }
            case let .insertGoal(goal): try w.object("insertGoal") { try $0.coded("goal", goal) }
            case let .removeGoal(number): w.object("removeGoal") { $0.goal("number", number) }
            case let .insertArea(index, area): try w.object("insertArea") { try $0.coded("area", area); $0.int("index", index) }
            case let .removeArea(number): w.object("removeArea") { $0.int("number", number) }
            case let .renameArea(number, name): w.object("renameArea") { $0.string("name", name); $0.int("number", number) }
            case let .insertIndicator(g, index, indicator):
                try w.object("insertIndicator") { $0.goal("goal", g); $0.int("index", index); try $0.coded("indicator", indicator) }
            case let .removeIndicator(g, id): w.object("removeIndicator") { $0.goal("goal", g); $0.string("id", id) }
            case let .setBaseline(g, id, reference):
                try w.object("setBaseline") { $0.goal("goal", g); $0.string("indicator", id); try $0.coded("reference", reference) }
            case let .setTarget(g, id, reference):
                try w.object("setTarget") { $0.goal("goal", g); $0.string("indicator", id); try $0.coded("reference", reference) }
            case let .insertMeasurement(g, id, index, m):
                try w.object("insertMeasurement") {
                    $0.goal("goal", g); $0.int("index", index); $0.string("indicator", id); try $0.coded("measurement", m)
                }
            case let .removeMeasurement(g, id, index):
                w.object("removeMeasurement") { $0.goal("goal", g); $0.int("index", index); $0.string("indicator", id) }
            case let .setDiscontinued(g, id, d):
                try w.object("setDiscontinued") { try $0.coded("discontinuation", d); $0.goal("goal", g); $0.string("indicator", id) }
            case let .setAssessment(g, checkpoint, a):
                try w.object("setAssessment") { try $0.coded("assessment", a); $0.string("checkpoint", checkpoint); $0.goal("goal", g) }
            case let .setForecast(g, checkpoint, f):
                try w.object("setForecast") { $0.string("checkpoint", checkpoint); try $0.coded("forecast", f); $0.goal("goal", g) }
            case let .setResult(g, checkpoint, result):
                try w.object("setResult") { $0.string("checkpoint", checkpoint); $0.goal("goal", g); try $0.coded("result", result) }
            case let .insertActivity(g, index, activity):
                try w.object("insertActivity") { try $0.coded("activity", activity); $0.goal("goal", g); $0.int("index", index) }
            case let .removeActivity(g, index): w.object("removeActivity") { $0.goal("goal", g); $0.int("index", index) }
            case let .setActivityStatus(g, index, status):
                w.object("setActivityStatus") { $0.goal("goal", g); $0.int("index", index); $0.raw("status", status) }
            case let .setScale(name): w.object("setScale") { $0.string("name", name) }
            case let .appendLog(entry): try w.object("appendLog") { try $0.object("entry") { try entry.writeJournalMembers(into: &$0) } }
            case .removeLastLog: w.object("removeLastLog") { _ in }
            case let .setInfo(field, value): w.object("setInfo") { $0.raw("field", field); $0.string("value", value) }
            case let .insertInfo(list, index, text): w.object("insertInfo") { $0.int("index", index); $0.raw("list", list); $0.string("text", text) }
            case let .removeInfo(list, index): w.object("removeInfo") { $0.int("index", index); $0.raw("list", list) }
            case let .insertStep(index, step): try w.object("insertStep") { $0.int("index", index); try $0.coded("step", step) }
            case let .removeStep(index): w.object("removeStep") { $0.int("index", index) }
            case let .setKoladaRecord(record): try w.object("setKoladaRecord") { try $0.koladaRecord("record", record) }
            case let .setIndicatorDescription(g, id, d):
                try w.object("setIndicatorDescription") { try $0.coded("description", d); $0.goal("goal", g); $0.string("indicator", id) }
            case let .setOwner(g, owner): w.object("setOwner") { $0.goal("goal", g); $0.string("owner", owner) }
            case let .moveGoal(from, to): w.object("moveGoal") { $0.goal("from", from); $0.goal("to", to) }
            case let .setLinkedParent(g, link): w.object("setLinkedParent") { $0.goal("goal", g); $0.string("link", link?.description) }
            case let .setIndicatorOwner(g, id, owner):
                w.object("setIndicatorOwner") { $0.goal("goal", g); $0.string("indicator", id); $0.string("owner", owner) }
            case let .setActivityOwner(g, index, owner):
                w.object("setActivityOwner") { $0.goal("goal", g); $0.int("index", index); $0.string("owner", owner) }
            case let .setCheckpoint(id, checkpoint): try w.object("setCheckpoint") { try $0.coded("checkpoint", checkpoint); $0.string("id", id) }
            case let .setPeriodTarget(g, id, period, reference):
                try w.object("setPeriodTarget") {
                    $0.goal("goal", g); $0.string("indicator", id); try $0.coded("period", period); try $0.coded("reference", reference)
                }
            case let .setOwnScale(name, scale): try w.object("setOwnScale") { $0.string("name", name); try $0.coded("scale", scale) }
            }
        }
    }

    /// Reads an edit from `{"CASE":{…}}`.
    public static func readJournalValue(_ fields: JournalFields) throws(JournalLineError) -> Edit {
        guard fields.members.count == 1, let (name, value) = fields.members.first else {
            throw JournalLineError(detail: "an edit is an object with one member, its kind")
        }
        guard case .object(let f) = value else { throw JournalLineError(place: name, detail: "expected an object") }
        do throws(JournalLineError) {
            if let edit = try read(name, f) { return edit }
        } catch {
            throw error.inside(name)
        }
        // A kind without a reader of its own here: the generic path.
        do {
            return try fields.decoder.decode(Edit.self, from: fields.bytes)
        } catch let error as DecodingError {
            let (place, detail) = CodingPathText.describe(error)
            // Nothing inside the edit is wrong: its kind is not one this version knows.
            if place.isEmpty { throw JournalLineError(detail: "\(name) is not a kind of change this version knows") }
            throw JournalLineError(place: place, detail: detail)
        } catch {
            throw JournalLineError(detail: String(describing: error))
        }
    }

    /// The edit of kind `name` with the members `f`; nil for a kind read the generic way.
    private static func read(_ name: String, _ f: JournalFields) throws(JournalLineError) -> Edit? {
        switch name {
        case "setTitle": return .setTitle(goal: try f.goal("goal"), title: try f.string("title"))
        case "setAmbition": return .setAmbition(goal: try f.goal("goal"), text: try f.string("text"))
        case "setKind": return .setKind(goal: try f.goal("goal"), kind: try f.raw("kind"))
        case "setArea": return .setArea(goal: try f.goal("goal"), area: try f.optionalInt("area"))
        case "setStatus": return .setStatus(goal: try f.goal("goal"), status: try f.raw("status"))
        case "setDecided": return .setDecided(goal: try f.goal("goal"), text: try f.coded("text"))
        case "setCriterion":
            let a = try f.object("assessment")
            let assessment: CriterionAssessment
            do throws(JournalLineError) {
                assessment = CriterionAssessment(verdict: try a.raw("verdict"), justification: try a.string("justification"))
            } catch {
                throw error.inside("assessment")
            }
            return .setCriterion(goal: try f.goal("goal"), criterion: try f.raw("criterion"), assessment: assessment)
        case "insertStrategy": return .insertStrategy(goal: try f.goal("goal"), index: try f.int("index"), text: try f.string("text"))
        case "removeStrategy": return .removeStrategy(goal: try f.goal("goal"), index: try f.int("index"))
        case "insertDocument": return .insertDocument(goal: try f.goal("goal"), index: try f.int("index"), text: try f.string("text"))
        case "removeDocument": return .removeDocument(goal: try f.goal("goal"), index: try f.int("index"))
        case "insertNote":
            let n = try f.object("note")
            let note: Note
            do throws(JournalLineError) {
                note = Note(time: try n.date("time"), text: try n.string("text"))
            } catch {
                throw error.inside("note")
            }
            return .insertNote(goal: try f.optionalGoal("goal"), index: try f.int("index"), note: note)
        case "removeNote": return .removeNote(goal: try f.optionalGoal("goal"), index: try f.int("index"))
        case "insertGoal": return .insertGoal(goal: try f.required("goal"))
        case "removeGoal": return .removeGoal(number: try f.goal("number"))
        case "insertArea": return .insertArea(index: try f.int("index"), area: try f.required("area"))
        case "removeArea": return .removeArea(number: try f.int("number"))
        case "renameArea": return .renameArea(number: try f.int("number"), name: try f.string("name"))
        case "insertIndicator":
            return .insertIndicator(goal: try f.goal("goal"), index: try f.int("index"), indicator: try f.required("indicator"))
        case "removeIndicator": return .removeIndicator(goal: try f.goal("goal"), id: try f.string("id"))
        case "setBaseline": return .setBaseline(goal: try f.goal("goal"), indicator: try f.string("indicator"), reference: try f.coded("reference"))
        case "setTarget": return .setTarget(goal: try f.goal("goal"), indicator: try f.string("indicator"), reference: try f.coded("reference"))
        case "insertMeasurement":
            return .insertMeasurement(goal: try f.goal("goal"), indicator: try f.string("indicator"), index: try f.int("index"),
                                      measurement: try f.required("measurement"))
        case "removeMeasurement":
            return .removeMeasurement(goal: try f.goal("goal"), indicator: try f.string("indicator"), index: try f.int("index"))
        case "setDiscontinued":
            return .setDiscontinued(goal: try f.goal("goal"), indicator: try f.string("indicator"), discontinuation: try f.coded("discontinuation"))
        case "setAssessment":
            return .setAssessment(goal: try f.goal("goal"), checkpoint: try f.string("checkpoint"), assessment: try f.coded("assessment"))
        case "setForecast": return .setForecast(goal: try f.goal("goal"), checkpoint: try f.string("checkpoint"), forecast: try f.coded("forecast"))
        case "setResult":
            // A line written before results were kept per checkpoint names none.
            return .setResult(goal: try f.goal("goal"), checkpoint: try f.optionalString("checkpoint") ?? "", result: try f.coded("result"))
        case "insertActivity": return .insertActivity(goal: try f.goal("goal"), index: try f.int("index"), activity: try f.required("activity"))
        case "removeActivity": return .removeActivity(goal: try f.goal("goal"), index: try f.int("index"))
        case "setActivityStatus": return .setActivityStatus(goal: try f.goal("goal"), index: try f.int("index"), status: try f.raw("status"))
        case "setScale": return .setScale(name: try f.string("name"))
        case "appendLog":
            let e = try f.object("entry")
            do throws(JournalLineError) {
                return .appendLog(entry: try LogEntry.readJournalMembers(e))
            } catch {
                throw error.inside("entry")
            }
        case "removeLastLog": return .removeLastLog
        case "setInfo": return .setInfo(field: try f.raw("field"), value: try f.string("value"))
        case "insertInfo": return .insertInfo(list: try f.raw("list"), index: try f.int("index"), text: try f.string("text"))
        case "removeInfo": return .removeInfo(list: try f.raw("list"), index: try f.int("index"))
        case "insertStep": return .insertStep(index: try f.int("index"), step: try f.required("step"))
        case "removeStep": return .removeStep(index: try f.int("index"))
        case "setKoladaRecord": return .setKoladaRecord(record: try f.coded("record"))
        case "setIndicatorDescription":
            return .setIndicatorDescription(goal: try f.goal("goal"), indicator: try f.string("indicator"), description: try f.required("description"))
        case "setOwner": return .setOwner(goal: try f.goal("goal"), owner: try f.optionalString("owner"))
        case "setLinkedParent":
            let link = try f.optionalString("link")
            guard let text = link else { return .setLinkedParent(goal: try f.goal("goal"), link: nil) }
            guard let parsed = GoalLink(text) else {
                throw JournalLineError(place: "link", detail: "\"\(text)\" is not a goal of another workspace (workspace:number)")
            }
            return .setLinkedParent(goal: try f.goal("goal"), link: parsed)
        default: return nil
        }
    }
}

// Goal numbers are written and read in these two places only: a top-level goal as a
// whole number (`6`), a goal under another as a text (`"1.2"`), as `GoalNumber` codes itself.
extension JournalLineWriter {
    /// Writes a goal number member.
    mutating func goal(_ key: StaticString, _ number: GoalNumber?) {
        guard let number else { return int(key, nil) }
        if number.depth == 1 { int(key, number.last) } else { string(key, number.description) }
    }
}

extension JournalFields {
    /// A goal number member.
    func goal(_ key: String) throws(JournalLineError) -> GoalNumber {
        guard let number = try optionalGoal(key) else { throw JournalLineError(place: key, detail: "a goal number is missing") }
        return number
    }

    /// A goal number member that may be missing or null.
    func optionalGoal(_ key: String) throws(JournalLineError) -> GoalNumber? {
        switch self[key] {
        case nil, .null?: return nil
        case .string(let text)?:
            guard let number = GoalNumber(text) else { throw JournalLineError(place: key, detail: "expected a goal number such as 1, 1.2 or 1.2.1") }
            return number
        default: return try optionalInt(key).map { (n: Int) in GoalNumber(n) }
        }
    }
}
