import MalbildCore

/// How a recorded value reads: `48 (women 50, men 46)` or `missing: why`.
enum MeasurementText {
    static func value(_ m: Measurement, unit: String, t: Catalogue) -> String {
        guard let total = m.total else { return t(.missing) + (m.status.isEmpty ? "" : ": \(m.status)") }
        var text = t.number(total) + (unit.isEmpty ? "" : " \(unit)")
        var split: [String] = []
        if let w = m.women { split.append(t(.women, t.number(w))) }
        if let men = m.men { split.append(t(.men, t.number(men))) }
        if !split.isEmpty { text += " (" + split.joined(separator: ", ") + ")" }
        if !m.status.isEmpty { text += ", \(m.status)" }
        if m.example { text += t(.exampleMark) }
        return text
    }

    static func reference(_ r: Reference?, unit: String, t: Catalogue) -> String {
        guard let r else { return t(.noneWord) }
        return "\(t.number(r.value))\(unit.isEmpty ? "" : " \(unit)") (\(r.period))" + (r.example ? t(.exampleMark) : "")
    }

    /// An indicator's targets for other periods than the one in force: "other targets: 62 for 2025, 65 for plan".
    static func otherTargets(_ i: Indicator, besides shown: Reference?, t: Catalogue) -> String {
        let others = i.targets.filter { $0.period != shown?.period }
            .map { t(.calTargetFor, t.number($0.value) + ($0.example ? t(.exampleMark) : ""), $0.period) }
        return t(.calOtherTargets, others.joined(separator: ", "))
    }
}
