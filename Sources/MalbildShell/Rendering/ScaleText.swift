import MalbildCore

/// The grade scales, the one in use marked.
enum ScaleText {
    static func render(current: GradeScale, color: Bool) -> String {
        var out: [String] = []
        for scale in GradeScale.all {
            let mark = scale.name == current.name ? "→ in use" : ""
            out.append("\(scale.name): \(scale.summary) \(mark)".trimmingTrailingBlanks())
            out.append("  forecast: " + scale.forecastGrades.map { GradeMark(grade: $0, color: color).render() }.joined(separator: ", "))
            out.append("  result:   " + scale.resultGrades.map { GradeMark(grade: $0, color: color).render() }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}
