import MalbildCore

/// A value before or after a change writes its journal line member by member, as Swift's
/// own coding writes it with the store's encoder (`{"verdict":{"justification":"…","verdict":"yes"}}`,
/// members sorted, a nil value left out), and reads it back in one pass.
extension ChangeValue: JournalLineCodable {
    /// Writes the value as `{"CASE":{…}}`.
    public func writeJournalValue(into w: inout JournalLineWriter) throws {
        try w.object(nil) { w in
            switch self {
            case let .text(text): w.object("text") { $0.string("text", text) }
            case .nothing: w.object("nothing") { _ in }
            case let .number(number): w.object("number") { $0.int("number", number) }
            case let .kind(kind): w.object("kind") { $0.raw("kind", kind) }
            case let .status(status): w.object("status") { $0.raw("status", status) }
            case let .verdict(verdict, justification):
                w.object("verdict") { $0.string("justification", justification); $0.raw("verdict", verdict) }
            case let .activityStatus(status): w.object("activityStatus") { $0.raw("status", status) }
            case let .reference(value, period):
                try w.object("reference") { $0.key("period"); period.writeJournalValue(into: &$0); try $0.double("value", value) }
            case let .measurement(day, value, status):
                try w.object("measurement") { $0.day("day", day); $0.string("status", status); try $0.double("value", value) }
            case let .indicator(id, name, source):
                w.object("indicator") { $0.string("id", id); $0.string("name", name); $0.string("source", source) }
            case let .definition(name, unit, source, direction):
                w.object("definition") {
                    $0.raw("direction", direction); $0.string("name", name); $0.string("source", source); $0.string("unit", unit)
                }
            case let .ended(reason, replacedBy): w.object("ended") { $0.string("reason", reason); $0.string("replacedBy", replacedBy) }
            case let .graded(grade, text): w.object("graded") { $0.string("grade", grade); $0.string("text", text) }
            case let .step(body, day, paragraph, action):
                w.object("step") { $0.string("action", action); $0.string("body", body); $0.day("day", day); $0.string("paragraph", paragraph) }
            case let .list(values):
                try w.object("list") { try $0.array("values", values) { w, value in try value.writeJournalValue(into: &w) } }
            case let .checkpoint(day, name, forecasts):
                w.object("checkpoint") { $0.day("day", day); $0.bool("forecasts", forecasts); $0.string("name", name) }
            case let .period(first, last): w.object("period") { $0.int("first", first); $0.int("last", last) }
            }
        }
    }

    /// Reads a value from `{"CASE":{…}}`.
    public static func readJournalValue(_ fields: JournalFields) throws(JournalLineError) -> ChangeValue {
        try fields.readCase(of: "value") { (name, f) throws(JournalLineError) -> ChangeValue? in
            switch name {
            case "text": return .text(try f.string("text"))
            case "nothing": return .nothing
            case "number": return .number(try f.int("number"))
            case "kind": return .kind(try f.raw("kind"))
            case "status": return .status(try f.raw("status"))
            case "verdict": return .verdict(try f.raw("verdict"), justification: try f.string("justification"))
            case "activityStatus": return .activityStatus(try f.raw("status"))
            case "reference":
                return .reference(value: try f.double("value"), period: try f.own("period"))
            case "measurement": return .measurement(day: try f.day("day"), value: try f.optionalDouble("value"), status: try f.string("status"))
            case "indicator": return .indicator(id: try f.string("id"), name: try f.string("name"), source: try f.string("source"))
            case "definition":
                return .definition(name: try f.optionalString("name"), unit: try f.string("unit"), source: try f.string("source"),
                                   direction: try f.raw("direction"))
            case "ended": return .ended(reason: try f.string("reason"), replacedBy: try f.optionalString("replacedBy"))
            case "graded": return .graded(grade: try f.optionalString("grade"), text: try f.string("text"))
            case "step":
                return .step(body: try f.string("body"), day: try f.optionalDay("day"), paragraph: try f.string("paragraph"),
                             action: try f.string("action"))
            case "list": return .list(try f.array("values") { (v) throws(JournalLineError) in try ChangeValue.readJournalValue(try v.fields()) })
            case "checkpoint": return .checkpoint(day: try f.day("day"), name: try f.string("name"), forecasts: try f.bool("forecasts"))
            case "period": return .period(try f.int("first"), try f.int("last"))
            default: return nil
            }
        }
    }
}

/// A period writes and reads itself as Swift's own coding does: `{"year":{"_0":2019}}`,
/// `{"checkpoint":{"_0":"delår1"}}`, `{"plan":{}}`.
extension Period: JournalLineCodable {
    /// Writes the period as `{"CASE":{…}}`.
    public func writeJournalValue(into w: inout JournalLineWriter) {
        w.object(nil) { w in
            switch self {
            case let .year(year): w.object("year") { $0.int("_0", year) }
            case let .checkpoint(id): w.object("checkpoint") { $0.string("_0", id) }
            case .plan: w.object("plan") { _ in }
            }
        }
    }

    /// Reads a period from `{"CASE":{…}}`.
    public static func readJournalValue(_ fields: JournalFields) throws(JournalLineError) -> Period {
        try fields.readCase(of: "period") { (name, f) throws(JournalLineError) -> Period? in
            switch name {
            case "year": return .year(try f.int("_0"))
            case "checkpoint": return .checkpoint(try f.string("_0"))
            case "plan": return .plan
            default: return nil
            }
        }
    }
}
