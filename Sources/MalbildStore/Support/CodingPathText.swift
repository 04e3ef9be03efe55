/// Writes a coding path the way a reader of the JSON file thinks of it: `goals[3].kind`.
enum CodingPathText {
    /// The path as text; empty for the top level.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == "\(index)" {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// A decoding failure as a place (a coding path, without `dropping` leading keys) and a
    /// description of the fault in plain words.
    static func describe(_ error: DecodingError, dropping prefix: Int = 0) -> (path: String, detail: String) {
        func trimmed(_ path: [any CodingKey]) -> String { render(Array(path.dropFirst(prefix))) }
        func sentence(_ text: String) -> String {
            var text = text
            if text.hasSuffix(".") { text.removeLast() }
            guard let first = text.first else { return text }
            return first.lowercased() + text.dropFirst()
        }
        switch error {
        case .typeMismatch(_, let context):
            return (trimmed(context.codingPath), sentence(context.debugDescription))
        case .valueNotFound(_, let context):
            return (trimmed(context.codingPath), "the value is null or missing but is required")
        case .keyNotFound(let key, let context):
            return (trimmed(context.codingPath + [key]), "this required key is missing")
        case .dataCorrupted(let context):
            return (trimmed(context.codingPath), sentence(context.debugDescription))
        @unknown default:
            return ("", String(describing: error))
        }
    }
}
