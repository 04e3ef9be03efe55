import Foundation
import MalbildCore
import MalbildStore

/// How a step's edits and a workspace are kept as text in the tables: edits as the
/// journal's lines, one edit a line; a workspace as the workspace file's JSON.
enum PostgresStepCoding {
    /// The edits as journal lines joined by line breaks (none: the empty text).
    static func text(of edits: [Edit], encoder: JSONEncoder) throws -> String {
        var bytes: [UInt8] = []
        for (index, edit) in edits.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\n")) }
            var writer = JournalLineWriter(encoder: encoder)
            try edit.writeJournalValue(into: &writer)
            bytes.append(contentsOf: writer.bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The edits of a text written by ``text(of:encoder:)``.
    static func edits(of text: String, decoder: JSONDecoder) throws(JournalLineError) -> [Edit] {
        var edits: [Edit] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = try JournalLineReader.read(Data(line), decoder: decoder)
            edits.append(try Edit.readJournalValue(fields))
        }
        return edits
    }

    /// The workspace as the workspace file's JSON.
    static func document(of workspace: Workspace, name: String) throws -> String {
        let data = try WorkspaceFile<Workspace>.encode(workspace, path: name)
        return String(decoding: data, as: UTF8.self)
    }

    /// The workspace of a document written by ``document(of:name:)``.
    static func workspace(of document: String, name: String) throws -> Workspace {
        try WorkspaceFile<Workspace>.decode(Data(document.utf8), path: name)
    }
}
