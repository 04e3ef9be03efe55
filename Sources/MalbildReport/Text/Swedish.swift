import Foundation
import MalbildCore

/// The report's Swedish words and how it writes numbers.
enum Swedish {
    /// The name of the group of goals that belong to no area.
    static let noArea = "Mål utan målområde"

    /// The statement every supporting goal carries.
    static let noForecastForSupportingGoal = "Ingen prognos redovisas för inriktningsmål."

    /// "Styrande mål" or "Stödjande mål (inriktningsmål)".
    /// Where another workspace's goal comes from: `mål 1 i arbetsytan bun2024`.
    static func origin(_ link: GoalLink) -> String {
        "mål \(link.goal) i arbetsytan \(link.workspace)"
    }

    static func kind(_ kind: GoalKind) -> String {
        switch kind {
        case .steering: return "Styrande mål"
        case .supporting: return "Stödjande mål (inriktningsmål)"
        }
    }

    /// The mark of an ambition level not yet decided: "Utkast" or "Förslag";
    /// nil once decided.
    static func statusMark(_ status: AmbitionStatus) -> String? {
        switch status {
        case .draft: return "Utkast"
        case .proposed: return "Förslag"
        case .decided: return nil
        }
    }

    /// "Beslutad", "Förslag" or "Utkast".
    static func statusWord(_ status: AmbitionStatus) -> String {
        statusMark(status) ?? "Beslutad"
    }

    /// bättre, oförändrad, sämre, saknas.
    static func trend(_ trend: Trend) -> String {
        switch trend {
        case .better: return "bättre"
        case .unchanged: return "oförändrad"
        case .worse: return "sämre"
        case .noData: return "saknas"
        }
    }

    /// "högre är bättre" or "lägre är bättre".
    static func direction(_ direction: Direction) -> String {
        direction == .higher ? "högre är bättre" : "lägre är bättre"
    }

    /// "ja", "nej" or "" for unknown.
    static func yesNo(_ value: Bool?) -> String {
        value.map { $0 ? "ja" : "nej" } ?? ""
    }

    /// Where an indicator's values come from, in words.
    static func source(_ source: IndicatorSource) -> String {
        switch source {
        case .kolada(let kpi): return "Kolada, nyckeltal \(kpi)"
        case .scb(let index): return "SCB:s medborgarundersökning, \(index)"
        case .kommunkompassen(let area): return "Kommunkompassen, \(area)"
        case .manual: return "egen uppgift"
        }
    }

    /// What the report says of a goal without its assessment.
    static func missing(_ goal: ReportGoalReference, forecasts: Bool) -> String {
        switch goal.kind {
        case .steering: return forecasts ? "styrande mål, prognos saknas" : "styrande mål, resultat saknas"
        case .supporting: return "inriktningsmål, kvalitativ bedömning saknas"
        }
    }

    /// "Prognos" at delår, "Resultat" at helår.
    static func appraisal(forecasts: Bool) -> String {
        forecasts ? "Prognos" : "Resultat"
    }

    /// A number for reading: at most two decimals, decimal comma, a minus
    /// sign, and no-break spaces between thousands: 52,5; −3; 2 400.
    static func number(_ value: Double) -> String {
        let plain = decimal(value, separator: ",", fractionDigits: 2)
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let whole = digits.prefix { $0 != "," }
        let rest = digits.dropFirst(whole.count)
        var grouped = String(whole)
        if whole.count > 3 {
            var groups: [Substring] = []
            var end = whole.endIndex
            while end > whole.startIndex {
                let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
                groups.insert(whole[start..<end], at: 0)
                end = start
            }
            grouped = groups.joined(separator: "\u{A0}")
        }
        return (negative ? "\u{2212}" : "") + grouped + rest
    }

    /// A number with up to `fractionDigits` decimals, no trailing zeros, and
    /// the given decimal separator; empty for a value that is not finite.
    static func decimal(_ value: Double, separator: Character, fractionDigits: Int) -> String {
        guard value.isFinite else { return "" }
        var text = String(format: "%.\(fractionDigits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text.replacingOccurrences(of: ".", with: String(separator))
    }

    /// The rule a roll-up's suggestion follows, as the report states it.
    /// The rule a roll-up's suggestion came by, with the grades in the words of the
    /// report's checkpoint; `grade` shows a grade.
    static func rollUpRule(_ rollUp: ReportRollUp, grade: (ReportGrade) -> String) -> String {
        guard rollUp.ruleGrades.count == 3 else { return "Ej bedömda mål räknas för sig." }
        let (met, partly, notMet) = (rollUp.ruleGrades[0], rollUp.ruleGrades[1], rollUp.ruleGrades[2])
        if !rollUp.thresholds.isEmpty {
            let steps = rollUp.thresholds.map { "\(grade($0.grade)) från \(number($0.share * 100)) % uppfyllda" }
            return "Förslag utifrån andelen uppfyllda bland de bedömda målen under, med skalans trösklar: "
                + steps.joined(separator: ", ") + "; annars \(grade(notMet)). Ej bedömda mål räknas för sig."
        }
        return "Förslag utifrån de bedömda målen under: alla uppfyllda → \(grade(met)); minst hälften "
            + "uppfyllda eller delvis uppfyllda → \(grade(partly)); annars \(grade(notMet)). Ej bedömda mål räknas för sig."
    }

    /// "1.1, 1.2".
    static func numbers(_ numbers: [GoalNumber]) -> String {
        numbers.map(\.description).joined(separator: ", ")
    }
}
