/// What an edit error names: a list whose position does not exist, or a text
/// that must not be empty. The shell's catalogue words it.
public enum EditItem: Equatable, Sendable {
    /// A strategy of a goal.
    case strategy
    /// A steering document of a goal.
    case document
    /// A note.
    case note
    /// A goal area.
    case area
    /// An indicator of a goal.
    case indicator
    /// A recorded value of an indicator.
    case value
    /// An activity of a goal.
    case activity
    /// A step of the decision path.
    case step
    /// An entry of the log.
    case logEntry
    /// A text of a list of the workspace's record.
    case info(InfoList)
    /// A goal's title.
    case title
    /// An area's name.
    case areaName
    /// The workspace's name.
    case name
    /// A goal's owner.
    case owner
    /// The text of an assessment.
    case assessment
    /// The body of a step of the decision path.
    case stepBody
    /// An indicator's id.
    case indicatorID
    /// An indicator's name.
    case indicatorName
    /// The rationale of a forecast.
    case rationale
    /// The text of a result.
    case resultText
    /// A checkpoint's name.
    case checkpointName
    /// A grade's words.
    case gradeWords
    /// A grade's symbol.
    case gradeSymbol

    /// The item in the words of the core's own (English) error descriptions.
    var noun: String {
        switch self {
        case .strategy: return "strategy"
        case .document: return "document"
        case .note: return "note"
        case .area: return "area"
        case .indicator: return "indicator"
        case .value: return "value"
        case .activity: return "activity"
        case .step: return "step"
        case .logEntry: return "log entry"
        case .info(let list): return list.rawValue
        case .title: return "title"
        case .areaName: return "area name"
        case .name: return "name"
        case .owner: return "owner"
        case .assessment: return "assessment"
        case .stepBody: return "body of the step"
        case .indicatorID: return "indicator id"
        case .indicatorName: return "indicator name"
        case .rationale: return "rationale"
        case .resultText: return "result text"
        case .checkpointName: return "checkpoint name"
        case .gradeWords: return "grade words"
        case .gradeSymbol: return "grade symbol"
        }
    }
}
