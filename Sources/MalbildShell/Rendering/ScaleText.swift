import MalbildCore

/// The grade scales, the one in use marked.
enum ScaleText {
    static func render(current: GradeScale, color: Bool, t: Catalogue, scales: [GradeScale] = GradeScale.all) -> String {
        var out: [String] = []
        for scale in scales {
            let mark = scale.name == current.name ? t(.inUse) : ""
            let own = scale.isBuiltIn ? "" : t(.calOwnScale)
            out.append("\(heading(scale, t: t))\(own) \(mark)".trimmingTrailingBlanks())
            if scale.isBuiltIn {
                out.append(t(.scaleForecast) + scale.forecastGrades.map { GradeMark(grade: $0, color: color).render() }.joined(separator: ", "))
                out.append(t(.scaleResult) + scale.resultGrades.map { GradeMark(grade: $0, color: color).render() }.joined(separator: ", "))
            } else {
                out.append(t(.calScaleGrades) + scale.forecastGrades.map { GradeMark(grade: $0, color: color).render() }.joined(separator: ", "))
            }
        }
        return out.joined(separator: "\n")
    }

    /// One grade with what it means and its threshold: `😐 delvis uppfyllt: partly met, at least 80% of the target`.
    static func grade(_ grade: Grade, color: Bool, t: Catalogue) -> String {
        var text = GradeMark(grade: grade, color: color).render() + ": " + meaning(grade.fulfilment, t: t)
        if let share = grade.threshold { text += t(.calAtLeastShare, Number.percent(share)) }
        return text
    }

    /// A scale in full: a line per grade, in a table so that symbols line up.
    static func detail(_ scale: GradeScale, current: GradeScale, color: Bool, t: Catalogue) -> String {
        let mark = scale.name == current.name ? " " + t(.inUse) : ""
        let own = scale.isBuiltIn ? "" : t(.calOwnScale)
        var out = ["\(heading(scale, t: t))\(own)\(mark)".trimmingTrailingBlanks()]
        let lists: [(Key, [Grade])] = scale.isBuiltIn
            ? [(.scaleForecast, scale.forecastGrades), (.scaleResult, scale.resultGrades)]
            : [(.calScaleGrades, scale.forecastGrades)]
        for (heading, grades) in lists {
            out.append(t(heading).trimmingTrailingBlanks())
            let rows = grades.map { g in
                [g.symbol, g.words, meaning(g.fulfilment, t: t), g.threshold.map { "≥ " + Number.percent($0) } ?? ""]
            }
            out.append(TextLayout.table([t(.calSymbol), t(.calWords), t(.calMeaning), t(.calThreshold)], rows,
                                        width: 100, whole: [0, 1, 2, 3]))
        }
        return out.joined(separator: "\n")
    }

    /// "three: three levels, …", or the name alone when a scale has no summary.
    static func heading(_ scale: GradeScale, t: Catalogue) -> String {
        let summary = t.scaleSummary(scale)
        // A built-in scale by the name it is typed with on the screen: `tre` in Swedish.
        let name = scale.isBuiltIn ? CommandWords.shown(scale.name, in: t.language) : scale.name
        return summary.isEmpty ? "\(name):" : "\(name): \(summary)"
    }

    static func meaning(_ fulfilment: Fulfilment, t: Catalogue) -> String {
        switch fulfilment {
        case .met: return t(.calMeaningMet)
        case .partly: return t(.calMeaningPartly)
        case .notMet: return t(.calMeaningNotMet)
        case .notAssessed: return t(.calMeaningNotAssessable)
        }
    }
}
