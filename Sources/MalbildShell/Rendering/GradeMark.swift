import MalbildCore

/// A grade as a person sees it: symbol and words, coloured when colour is on.
/// Colour never carries the meaning alone.
struct GradeMark {
    let grade: Grade
    let color: Bool

    /// Finds the grade with the words in the scale, or shows the words as they are.
    init(words: String, scale: GradeScale, color: Bool) {
        let all = scale.forecastGrades + scale.resultGrades + GradeScale.all.flatMap { $0.forecastGrades + $0.resultGrades }
        grade = all.first { $0.words == words } ?? Grade(words: words, fulfilment: .notAssessed, symbol: "?")
        self.color = color
    }

    init(grade: Grade, color: Bool) {
        self.grade = grade
        self.color = color
    }

    func render() -> String {
        let text = "\(grade.symbol) \(grade.words)"
        guard color else { return text }
        let code: String
        switch grade.fulfilment {
        case .met: code = "32"
        case .partly: code = "33"
        case .notMet: code = "31"
        case .notAssessed: return text
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
