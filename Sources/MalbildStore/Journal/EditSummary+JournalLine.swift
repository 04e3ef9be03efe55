import MalbildCore

/// What an edit does writes its journal line member by member, as Swift's own coding
/// writes it with the store's encoder (`{"setStatus":{"goal":6,"status":"proposed"}}`,
/// members sorted, a nil value left out), and reads it back in one pass.
extension EditSummary: JournalLineCodable {
    /// Writes the summary as `{"CASE":{…}}`.
    public func writeJournalValue(into w: inout JournalLineWriter) {
        w.object(nil) { w in
            switch self {
            case let .setTitle(g): w.object("setTitle") { $0.goal("goal", g) }
            case let .setAmbition(g): w.object("setAmbition") { $0.goal("goal", g) }
            case let .setKind(g, kind): w.object("setKind") { $0.goal("goal", g); $0.raw("kind", kind) }
            case let .movedToArea(g, area): w.object("movedToArea") { $0.int("area", area); $0.goal("goal", g) }
            case let .tookOutOfArea(g): w.object("tookOutOfArea") { $0.goal("goal", g) }
            case let .setStatus(g, status): w.object("setStatus") { $0.goal("goal", g); $0.raw("status", status) }
            case let .tookAsDecided(g): w.object("tookAsDecided") { $0.goal("goal", g) }
            case let .keptDecided(g): w.object("keptDecided") { $0.goal("goal", g) }
            case let .judged(g, criterion, verdict):
                w.object("judged") { $0.raw("criterion", criterion); $0.goal("goal", g); $0.raw("verdict", verdict) }
            case let .addedStrategy(g, n): w.object("addedStrategy") { $0.goal("goal", g); $0.int("number", n) }
            case let .removedStrategy(g, n): w.object("removedStrategy") { $0.goal("goal", g); $0.int("number", n) }
            case let .addedDocument(g, n): w.object("addedDocument") { $0.goal("goal", g); $0.int("number", n) }
            case let .removedDocument(g, n): w.object("removedDocument") { $0.goal("goal", g); $0.int("number", n) }
            case let .addedNote(g): w.object("addedNote") { $0.goal("goal", g) }
            case let .removedNote(g): w.object("removedNote") { $0.goal("goal", g) }
            case let .addedGoal(g): w.object("addedGoal") { $0.goal("goal", g) }
            case let .removedGoal(g): w.object("removedGoal") { $0.goal("goal", g) }
            case let .addedArea(area): w.object("addedArea") { $0.int("area", area) }
            case let .removedArea(area): w.object("removedArea") { $0.int("area", area) }
            case let .renamedArea(area): w.object("renamedArea") { $0.int("area", area) }
            case let .addedIndicator(g, id): w.object("addedIndicator") { $0.goal("goal", g); $0.string("indicator", id) }
            case let .removedIndicator(g, id): w.object("removedIndicator") { $0.goal("goal", g); $0.string("indicator", id) }
            case let .setBaseline(g, id, cleared):
                w.object("setBaseline") { $0.bool("cleared", cleared); $0.goal("goal", g); $0.string("indicator", id) }
            case let .setTarget(g, id, cleared):
                w.object("setTarget") { $0.bool("cleared", cleared); $0.goal("goal", g); $0.string("indicator", id) }
            case let .recordedValue(g, id, day, corrected):
                w.object("recordedValue") { $0.bool("corrected", corrected); $0.day("day", day); $0.goal("goal", g); $0.string("indicator", id) }
            case let .removedValue(g, id): w.object("removedValue") { $0.goal("goal", g); $0.string("indicator", id) }
            case let .setOwner(g, cleared): w.object("setOwner") { $0.bool("cleared", cleared); $0.goal("goal", g) }
            case let .correctedIndicator(g, id): w.object("correctedIndicator") { $0.goal("goal", g); $0.string("indicator", id) }
            case let .discontinued(g, id, resumed):
                w.object("discontinued") { $0.goal("goal", g); $0.string("indicator", id); $0.bool("resumed", resumed) }
            case let .assessed(g, checkpoint, cleared):
                w.object("assessed") { $0.string("checkpoint", checkpoint); $0.bool("cleared", cleared); $0.goal("goal", g) }
            case let .setForecast(g, checkpoint, grade):
                w.object("setForecast") { $0.string("checkpoint", checkpoint); $0.goal("goal", g); $0.string("grade", grade) }
            case let .setResult(g, grade): w.object("setResult") { $0.goal("goal", g); $0.string("grade", grade) }
            case let .addedActivity(g, n): w.object("addedActivity") { $0.goal("goal", g); $0.int("number", n) }
            case let .removedActivity(g, n): w.object("removedActivity") { $0.goal("goal", g); $0.int("number", n) }
            case let .setActivityStatus(g, n, status):
                w.object("setActivityStatus") { $0.goal("goal", g); $0.int("number", n); $0.raw("status", status) }
            case let .choseScale(name): w.object("choseScale") { $0.string("name", name) }
            case .logged: w.object("logged") { _ in }
            case .removedLastLog: w.object("removedLastLog") { _ in }
            case let .setInfo(field): w.object("setInfo") { $0.raw("field", field) }
            case let .addedInfo(list, n): w.object("addedInfo") { $0.raw("list", list); $0.int("number", n) }
            case let .removedInfo(list, n): w.object("removedInfo") { $0.raw("list", list); $0.int("number", n) }
            case let .addedStep(n): w.object("addedStep") { $0.int("number", n) }
            case let .removedStep(n): w.object("removedStep") { $0.int("number", n) }
            case let .koladaRecord(cleared): w.object("koladaRecord") { $0.bool("cleared", cleared) }
            case let .setCheckpoint(id, day): w.object("setCheckpoint") { $0.day("day", day); $0.string("id", id) }
            case let .setPeriodTarget(g, id, period, cleared):
                w.object("setPeriodTarget") {
                    $0.bool("cleared", cleared); $0.goal("goal", g); $0.string("indicator", id)
                    $0.key("period"); period.writeJournalValue(into: &$0)
                }
            case let .definedScale(name, removed): w.object("definedScale") { $0.string("name", name); $0.bool("removed", removed) }
            case let .movedGoal(from, to): w.object("movedGoal") { $0.goal("from", from); $0.goal("to", to) }
            case let .linkedParent(g, link): w.object("linkedParent") { $0.goal("goal", g); $0.string("link", link?.description) }
            case let .setIndicatorOwner(g, id, cleared):
                w.object("setIndicatorOwner") { $0.bool("cleared", cleared); $0.goal("goal", g); $0.string("indicator", id) }
            case let .setActivityOwner(g, n, cleared):
                w.object("setActivityOwner") { $0.bool("cleared", cleared); $0.goal("goal", g); $0.int("number", n) }
            case let .removedGoalTree(g, goals):
                w.object("removedGoalTree") { $0.goal("goal", g); $0.array("goals", goals) { w, number in w.goalItem(number) } }
            }
        }
    }

    /// Reads a summary from `{"CASE":{…}}`.
    public static func readJournalValue(_ fields: JournalFields) throws(JournalLineError) -> EditSummary {
        try fields.readCase(of: "summary") { (name, f) throws(JournalLineError) -> EditSummary? in
            switch name {
            case "setTitle": return .setTitle(goal: try f.goal("goal"))
            case "setAmbition": return .setAmbition(goal: try f.goal("goal"))
            case "setKind": return .setKind(goal: try f.goal("goal"), kind: try f.raw("kind"))
            case "movedToArea": return .movedToArea(goal: try f.goal("goal"), area: try f.int("area"))
            case "tookOutOfArea": return .tookOutOfArea(goal: try f.goal("goal"))
            case "setStatus": return .setStatus(goal: try f.goal("goal"), status: try f.raw("status"))
            case "tookAsDecided": return .tookAsDecided(goal: try f.goal("goal"))
            case "keptDecided": return .keptDecided(goal: try f.goal("goal"))
            case "judged": return .judged(goal: try f.goal("goal"), criterion: try f.raw("criterion"), verdict: try f.raw("verdict"))
            case "addedStrategy": return .addedStrategy(goal: try f.goal("goal"), number: try f.int("number"))
            case "removedStrategy": return .removedStrategy(goal: try f.goal("goal"), number: try f.int("number"))
            case "addedDocument": return .addedDocument(goal: try f.goal("goal"), number: try f.int("number"))
            case "removedDocument": return .removedDocument(goal: try f.goal("goal"), number: try f.int("number"))
            case "addedNote": return .addedNote(goal: try f.optionalGoal("goal"))
            case "removedNote": return .removedNote(goal: try f.optionalGoal("goal"))
            case "addedGoal": return .addedGoal(goal: try f.goal("goal"))
            case "removedGoal": return .removedGoal(goal: try f.goal("goal"))
            case "addedArea": return .addedArea(area: try f.int("area"))
            case "removedArea": return .removedArea(area: try f.int("area"))
            case "renamedArea": return .renamedArea(area: try f.int("area"))
            case "addedIndicator": return .addedIndicator(goal: try f.goal("goal"), indicator: try f.string("indicator"))
            case "removedIndicator": return .removedIndicator(goal: try f.goal("goal"), indicator: try f.string("indicator"))
            case "setBaseline": return .setBaseline(goal: try f.goal("goal"), indicator: try f.string("indicator"), cleared: try f.bool("cleared"))
            case "setTarget": return .setTarget(goal: try f.goal("goal"), indicator: try f.string("indicator"), cleared: try f.bool("cleared"))
            case "recordedValue":
                return .recordedValue(goal: try f.goal("goal"), indicator: try f.string("indicator"), day: try f.day("day"),
                                      corrected: try f.bool("corrected"))
            case "removedValue": return .removedValue(goal: try f.goal("goal"), indicator: try f.string("indicator"))
            case "setOwner": return .setOwner(goal: try f.goal("goal"), cleared: try f.bool("cleared"))
            case "correctedIndicator": return .correctedIndicator(goal: try f.goal("goal"), indicator: try f.string("indicator"))
            case "discontinued":
                return .discontinued(goal: try f.goal("goal"), indicator: try f.string("indicator"), resumed: try f.bool("resumed"))
            case "assessed": return .assessed(goal: try f.goal("goal"), checkpoint: try f.string("checkpoint"), cleared: try f.bool("cleared"))
            case "setForecast":
                return .setForecast(goal: try f.goal("goal"), checkpoint: try f.string("checkpoint"), grade: try f.optionalString("grade"))
            case "setResult": return .setResult(goal: try f.goal("goal"), grade: try f.optionalString("grade"))
            case "addedActivity": return .addedActivity(goal: try f.goal("goal"), number: try f.int("number"))
            case "removedActivity": return .removedActivity(goal: try f.goal("goal"), number: try f.int("number"))
            case "setActivityStatus":
                return .setActivityStatus(goal: try f.goal("goal"), number: try f.int("number"), status: try f.raw("status"))
            case "choseScale": return .choseScale(name: try f.string("name"))
            case "logged": return .logged
            case "removedLastLog": return .removedLastLog
            case "setInfo": return .setInfo(field: try f.raw("field"))
            case "addedInfo": return .addedInfo(list: try f.raw("list"), number: try f.int("number"))
            case "removedInfo": return .removedInfo(list: try f.raw("list"), number: try f.int("number"))
            case "addedStep": return .addedStep(number: try f.int("number"))
            case "removedStep": return .removedStep(number: try f.int("number"))
            case "koladaRecord": return .koladaRecord(cleared: try f.bool("cleared"))
            case "setCheckpoint": return .setCheckpoint(id: try f.string("id"), day: try f.optionalDay("day"))
            case "setPeriodTarget":
                return .setPeriodTarget(goal: try f.goal("goal"), indicator: try f.string("indicator"), period: try f.own("period"),
                                        cleared: try f.bool("cleared"))
            case "definedScale": return .definedScale(name: try f.string("name"), removed: try f.bool("removed"))
            case "movedGoal": return .movedGoal(from: try f.goal("from"), to: try f.goal("to"))
            case "linkedParent":
                guard let text = try f.optionalString("link") else { return .linkedParent(goal: try f.goal("goal"), link: nil) }
                guard let link = GoalLink(text) else {
                    throw JournalLineError(place: "link", detail: "\"\(text)\" is not a goal of another workspace (workspace:number)")
                }
                return .linkedParent(goal: try f.goal("goal"), link: link)
            case "setIndicatorOwner":
                return .setIndicatorOwner(goal: try f.goal("goal"), indicator: try f.string("indicator"), cleared: try f.bool("cleared"))
            case "setActivityOwner":
                return .setActivityOwner(goal: try f.goal("goal"), number: try f.int("number"), cleared: try f.bool("cleared"))
            case "removedGoalTree":
                return .removedGoalTree(goal: try f.goal("goal"), goals: try f.array("goals") { (v) throws(JournalLineError) in try v.goalNumber() })
            default: return nil
            }
        }
    }
}
