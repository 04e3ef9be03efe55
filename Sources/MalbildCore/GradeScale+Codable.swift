/// A scale whose forecasts and results take the same grades (a workspace's own scale) is
/// written with them once, as `grades`; one whose lists differ with both. Both shapes read,
/// and so does a scale of one's own written with both lists.
extension GradeScale {
    private enum CodingKeys: String, CodingKey {
        case name, summary, grades, forecastGrades, resultGrades
    }

    /// Reads a scale with one list of grades or two.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        let summary = try c.decode(String.self, forKey: .summary)
        if let grades = try c.decodeIfPresent([Grade].self, forKey: .grades) {
            self.init(name: name, summary: summary, forecastGrades: grades, resultGrades: grades)
        } else {
            self.init(name: name, summary: summary,
                      forecastGrades: try c.decode([Grade].self, forKey: .forecastGrades),
                      resultGrades: try c.decode([Grade].self, forKey: .resultGrades))
        }
    }

    /// Writes the grades once when both lists are the same.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(summary, forKey: .summary)
        if forecastGrades == resultGrades {
            try c.encode(forecastGrades, forKey: .grades)
        } else {
            try c.encode(forecastGrades, forKey: .forecastGrades)
            try c.encode(resultGrades, forKey: .resultGrades)
        }
    }
}
