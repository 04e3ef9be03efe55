/// Where an activity stands.
public enum ActivityStatus: String, Codable, Sendable, CaseIterable {
    /// Genomförd: done.
    case genomförd
    /// Påbörjad: started.
    case påbörjad
    /// Ej påbörjad: not started.
    case ejPåbörjad = "ej påbörjad"
    /// Försenad: delayed.
    case försenad
    /// Avförd: dropped.
    case avförd

    /// The English word.
    public var english: String {
        switch self {
        case .genomförd: return "done"
        case .påbörjad: return "started"
        case .ejPåbörjad: return "not started"
        case .försenad: return "delayed"
        case .avförd: return "dropped"
        }
    }

    /// Parses the Swedish or English word.
    public init?(word: String) {
        let key = word.lowercased()
        if let s = ActivityStatus(rawValue: key) { self = s; return }
        if let s = ActivityStatus.allCases.first(where: { $0.english == key }) { self = s; return }
        if key == "ej-påbörjad" || key == "ejpåbörjad" { self = .ejPåbörjad; return }
        return nil
    }
}
