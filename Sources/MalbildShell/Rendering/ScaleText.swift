import MalbildCore

/// The grade scales, the one in use marked.
enum ScaleText {
    static func render(current: GradeScale, color: Bool, t: Catalogue) -> String {
        var out: [String] = []
        for scale in GradeScale.all {
            let mark = scale.name == current.name ? t(.inUse) : ""
            out.append("\(scale.name): \(t.scaleSummary(scale)) \(mark)".trimmingTrailingBlanks())
            out.append(t(.scaleForecast) + scale.forecastGrades.map { GradeMark(grade: $0, color: color).render() }.joined(separator: ", "))
            out.append(t(.scaleResult) + scale.resultGrades.map { GradeMark(grade: $0, color: color).render() }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}
