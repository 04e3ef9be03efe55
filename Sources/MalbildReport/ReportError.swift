/// Why a report could not be made.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// No checkpoint of the workspace's calendar has the id.
    case unknownCheckpoint(String, known: [String])
    /// The data could not be written as JSON, e.g. a value that is not a finite number.
    case encoding(String)

    /// A message that says what is wrong.
    public var description: String {
        switch self {
        case let .unknownCheckpoint(id, known):
            if known.isEmpty { return "there is no checkpoint \"\(id)\": the calendar has none" }
            return "there is no checkpoint \"\(id)\": use " + known.joined(separator: ", ")
        case .encoding(let reason):
            return "the report could not be written as JSON: \(reason)"
        }
    }
}
