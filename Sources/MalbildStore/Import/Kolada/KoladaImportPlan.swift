import MalbildCore

/// What importing Kolada values into a workspace would do, worked out without changing it:
/// the edits to apply, in order, and a summary of what is imported and what is left out.
///
/// Values for the workspace's municipality (`workspace.municipality.koladaID`) go into every
/// indicator whose source is `kolada:KPI` of their KPI. A year Y becomes a value for
/// Y-12-31, with the total, women (K) and men (M) of one KPI, municipality and year merged
/// into one ``Measurement``; a missing value keeps Kolada's status. A value equal to the one
/// in force for that day is left out, so importing the same file twice changes nothing; a
/// different one becomes a correction (`correction: "Kolada import"`) and the earlier value
/// stays in the history. Values for other municipalities are not imported but kept, by KPI,
/// in ``comparison``.
///
/// Apply ``edits`` in order with `Workspace.apply(_:)`; each inserts at the end of an
/// indicator's history (index = its number of values + the edits before it for the same
/// indicator), so they are valid only on the workspace planned from.
public struct KoladaImportPlan: Equatable, Sendable {
    /// The reason given for corrections made by an import.
    public static let correctionReason = "Kolada import"

    /// The municipality imported for: the workspace's Kolada id.
    public let municipality: String
    /// The edits, in the order to apply them.
    public let edits: [Edit]
    /// What is imported, per indicator that has values to import (or values unchanged).
    public let imported: [IndicatorImport]
    /// What is left out, and why.
    public let skipped: [KoladaSkip]
    /// The values for other municipalities, by KPI, in the order read.
    public let comparison: [String: [KoladaValue]]

    /// Plans the import of `values` into `workspace`.
    public init(workspace: Workspace, values: [KoladaValue]) {
        let municipality = workspace.municipality.koladaID
        self.municipality = municipality

        // Indicators by KPI, in the workspace's order.
        var indicators: [String: [(goal: Int, indicator: Indicator)]] = [:]
        for goal in workspace.goals {
            for indicator in goal.indicators {
                if case .kolada(let kpi) = indicator.source {
                    indicators[kpi.uppercased(), default: []].append((goal.number, indicator))
                }
            }
        }

        // Merge T, K and M per KPI and year for our municipality; keep the others.
        struct YearKey: Hashable {
            let kpi: String
            let period: Int
        }
        var merged: [YearKey: Measurement] = [:]
        var comparison: [String: [KoladaValue]] = [:]
        var otherYears: [String: Set<YearKey>] = [:]
        for value in values {
            let kpi = value.kpi.uppercased()
            guard value.municipality == municipality, !municipality.isEmpty else {
                comparison[kpi, default: []].append(value)
                otherYears[value.municipality, default: []].insert(YearKey(kpi: kpi, period: value.period))
                continue
            }
            let key = YearKey(kpi: kpi, period: value.period)
            var m: Measurement
            if let existing = merged[key] {
                m = existing
            } else {
                guard let day = try? Day(year: value.period, month: 12, day: 31) else { continue }
                m = Measurement(day: day, total: nil)
            }
            switch value.gender {
            case .total: m.total = value.value
            case .women: m.women = value.value
            case .men: m.men = value.value
            }
            m.status = Self.status(m.status, adding: value.status)
            merged[key] = m
        }
        self.comparison = comparison

        var skipped: [KoladaSkip] = otherYears.keys.sorted().map { id in
            KoladaSkip(reason: .otherMunicipality(id), count: otherYears[id]?.count ?? 0)
        }
        var merger = MeasurementMerger(correction: Self.correctionReason)
        let byKPI = Dictionary(grouping: merged.keys, by: \.kpi)
        for kpi in byKPI.keys.sorted() where indicators[kpi] == nil {
            skipped.append(KoladaSkip(reason: .noIndicator(kpi: kpi), count: byKPI[kpi]?.count ?? 0))
        }
        for goal in workspace.goals {
            for indicator in goal.indicators {
                guard case .kolada(let source) = indicator.source else { continue }
                let years = (byKPI[source.uppercased()] ?? []).sorted { $0.period < $1.period }
                guard !years.isEmpty else { continue }
                if indicator.discontinued != nil {
                    skipped.append(KoladaSkip(reason: .discontinued(goal: goal.number, indicator: indicator.id), count: years.count))
                    continue
                }
                for year in years {
                    if let m = merged[year] { merger.offer(m, goal: goal.number, indicator: indicator) }
                }
            }
        }
        let imports = merger.imports
        for summary in imports where summary.unchanged > 0 {
            skipped.append(KoladaSkip(reason: .unchanged(goal: summary.goal, indicator: summary.indicator), count: summary.unchanged))
        }
        self.imported = imports
        self.skipped = skipped
        self.edits = merger.edits
    }

    /// Whether the import changes nothing.
    public var isEmpty: Bool { edits.isEmpty }

    /// The KPIs with values for other municipalities, sorted.
    public var comparisonKPIs: [String] { comparison.keys.sorted() }

    /// The statuses of T, K and M together: each different one once, in order.
    private static func status(_ current: String, adding new: String) -> String {
        let trimmed = String(new.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty else { return current }
        if current.isEmpty { return trimmed }
        if current.split(separator: "; ").contains(Substring(trimmed)) { return current }
        return current + "; " + trimmed
    }
}
