import MalbildCore

/// What a log entry records writes its journal line member by member, as Swift's own
/// coding writes it with the store's encoder (`{"undid":{"step":{"edit":{"summary":{…}}}}}`),
/// and reads it back in one pass.
extension LogChange: JournalLineCodable {
    /// Writes the change as `{"CASE":{…}}`.
    public func writeJournalValue(into w: inout JournalLineWriter) {
        w.object(nil) { w in
            switch self {
            case let .edit(summary): w.object("edit") { $0.key("summary"); summary.writeJournalValue(into: &$0) }
            case let .undid(step): w.object("undid") { $0.key("step"); step.writeJournalValue(into: &$0) }
            case let .redid(step): w.object("redid") { $0.key("step"); step.writeJournalValue(into: &$0) }
            case let .importedKolada(count, paths):
                w.object("importedKolada") { $0.int("count", count); $0.array("paths", paths) { w, path in w.item(path) } }
            case let .importedValues(count, path): w.object("importedValues") { $0.int("count", count); $0.string("path", path) }
            case let .acceptedKoladaTitle(kpi): w.object("acceptedKoladaTitle") { $0.string("kpi", kpi) }
            case let .readDecision(file): w.object("readDecision") { $0.string("file", file) }
            case let .writtenBefore(sentence): w.object("writtenBefore") { $0.string("sentence", sentence) }
            }
        }
    }

    /// Reads a change from `{"CASE":{…}}`.
    public static func readJournalValue(_ fields: JournalFields) throws(JournalLineError) -> LogChange {
        try fields.readCase(of: "change") { (name, f) throws(JournalLineError) -> LogChange? in
            switch name {
            case "edit": return .edit(try f.own("summary"))
            case "undid": return .undid(try f.own("step"))
            case "redid": return .redid(try f.own("step"))
            case "importedKolada": return .importedKolada(count: try f.int("count"), paths: try f.array("paths") { (v) throws(JournalLineError) in try v.text() })
            case "importedValues": return .importedValues(count: try f.int("count"), path: try f.string("path"))
            case "acceptedKoladaTitle": return .acceptedKoladaTitle(kpi: try f.string("kpi"))
            case "readDecision": return .readDecision(file: try f.string("file"))
            case "writtenBefore": return .writtenBefore(try f.string("sentence"))
            default: return nil
            }
        }
    }
}
