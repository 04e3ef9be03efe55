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
/// stays in the history. A row Kolada marks `isdeleted` (v2 `is_deleted`) removes the value in
/// force: a correction without a value is recorded, so the history keeps what was there. A
/// discontinued indicator still takes values dated up to its last recorded value.
///
/// Values for other places (municipalities, the country, regions, groups) are not imported
/// into indicators but kept in the workspace's ``KoladaRecord`` (totals, for KPIs the
/// workspace has indicators for), as is the metadata of KPI, municipality and group files;
/// the one edit ``Edit/setKoladaRecord(record:)`` does that, after the values' edits.
///
/// Apply ``edits`` in order with `Workspace.apply(_:)`; each inserts at the end of an
/// indicator's history (index = its number of values + the edits before it for the same
/// indicator), so they are valid only on the workspace planned from.
public struct KoladaImportPlan: Equatable, Sendable {
    /// The reason given for corrections made by an import.
    public static let correctionReason = "Kolada import"
    /// The status of a value Kolada has removed (marked `isdeleted`).
    public static let removedStatus = "borttaget i Kolada"

    /// How many values and places of one kind were kept for comparison.
    public struct Kept: Equatable, Sendable {
        /// The number of places.
        public var places: Int
        /// The number of year values.
        public var values: Int
    }

    /// The municipality imported for: the workspace's Kolada id.
    public let municipality: String
    /// The edits, in the order to apply them.
    public let edits: [Edit]
    /// What is imported, per indicator that has values to import (or values unchanged).
    public let imported: [IndicatorImport]
    /// What is left out, and why.
    public let skipped: [KoladaSkip]
    /// The record of Kolada's metadata and other places' values after the import.
    public let record: KoladaRecord
    /// What is kept for comparison, by kind of place (places with a year value of a KPI
    /// that an indicator has).
    public let kept: [KoladaArea.Kind: Kept]
    /// Other places' values removed from the record because Kolada removed them.
    public let keptRemoved: Int
    /// The KPIs of the workspace's indicators whose title in Kolada changed since first read.
    public let changedTitles: [KoladaKPIInfo]
    /// KPIs, places and groups read from metadata files, by kind.
    public let metadataRead: [KoladaMetadata.Kind: Int]

    /// Plans the import of `values` and `metadata` into `workspace`.
    public init(workspace: Workspace, values: [KoladaValue], metadata: [KoladaMetadata] = []) {
        let municipality = workspace.municipality.koladaID
        self.municipality = municipality

        // Indicators by KPI, in the workspace's order.
        var indicators: [String: [(goal: GoalNumber, indicator: Indicator)]] = [:]
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
        var deleted: Set<YearKey> = []
        var otherYears: [String: Int] = [:]
        var record = workspace.kolada ?? KoladaRecord()
        var keptByPlace: [String: Int] = [:]
        var keptRemoved = 0
        // A file holds one KPI's rows together: its upper-case id and whether an indicator
        // has it are worked out once per run of rows, not per value.
        var lastKPI = ""
        var kpi = ""
        var hasIndicator = false
        // Another place's rows of one KPI come together too: they are counted, and their
        // series changed, in a run kept here and put into the record when the run ends.
        var run = OtherPlaceRun()
        for value in values {
            if value.kpi != lastKPI {
                lastKPI = value.kpi
                kpi = value.kpi.uppercased()
                hasIndicator = indicators[kpi] != nil
            }
            guard value.municipality == municipality, !municipality.isEmpty else {
                // One year value per total (or per gender when a file has no totals).
                guard value.gender == .total else { continue }
                if value.municipality != run.place || kpi != run.kpi {
                    run.end(otherYears: &otherYears, keptByPlace: &keptByPlace, record: &record)
                    run = OtherPlaceRun(place: value.municipality, kpi: kpi)
                }
                run.years += 1
                guard hasIndicator, !municipality.isEmpty else { continue }
                if run.series == nil { run.series = record.series[kpi]?[value.municipality] ?? ComparisonSeries() }
                if value.deleted {
                    if run.series?.remove(value.period) == true {
                        keptRemoved += 1
                        run.changed = true
                    }
                } else if let number = value.value, number.isFinite {
                    run.series?.set(number, count: value.count, in: value.period)
                    run.changed = true
                    run.kept += 1
                }
                continue
            }
            // Rows are taken in the order given: a later row for the same year wins, whether it
            // brings a value or removes one.
            let key = YearKey(kpi: kpi, period: value.period)
            if value.deleted {
                deleted.insert(key)
                merged[key] = nil
                continue
            }
            deleted.remove(key)
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
        run.end(otherYears: &otherYears, keptByPlace: &keptByPlace, record: &record)
        var kept: [KoladaArea.Kind: Kept] = [:]
        for (place, count) in keptByPlace {
            let kind = record.kind(of: place)
            kept[kind, default: Kept(places: 0, values: 0)].places += 1
            kept[kind, default: Kept(places: 0, values: 0)].values += count
        }
        // A series emptied by removals, and a KPI left with none, are dropped.
        for kpi in Array(record.series.keys) {
            record.series[kpi] = record.series[kpi]?.filter { !$0.value.isEmpty }
            if record.series[kpi]?.isEmpty == true { record.series[kpi] = nil }
        }
        self.kept = kept
        self.keptRemoved = keptRemoved
        for key in deleted where merged[key] == nil {
            guard let day = try? Day(year: key.period, month: 12, day: 31) else { continue }
            merged[key] = Measurement(day: day, total: nil, status: Self.removedStatus)
        }

        // Metadata: KPI titles for the workspace's KPIs, places and groups.
        var metadataRead: [KoladaMetadata.Kind: Int] = [:]
        for file in metadata {
            metadataRead[file.kind, default: 0] += file.kind == .kpis ? file.kpis.count : file.areas.filter { area in
                file.kind == .groups ? area.kind == .group : true
            }.count
            for info in file.kpis where indicators[info.id] != nil {
                var kept = info
                if let earlier = record.kpis[info.id] { kept.linkedTitle = earlier.linkedTitle }
                record.kpis[info.id] = kept
            }
            for area in file.areas {
                if area.kind != .group, let known = record.areas[area.id], known.kind == .group { continue }
                // A member's bare name from a group list does not replace a full entry.
                if let known = record.areas[area.id], area.kind == known.kind, area.members.isEmpty, !known.members.isEmpty { continue }
                record.areas[area.id] = area
            }
        }
        self.metadataRead = metadataRead
        self.record = record
        self.changedTitles = record.changedTitles.filter { indicators[$0.id] != nil }

        var skipped: [KoladaSkip] = otherYears.keys.sorted().map { id in
            KoladaSkip(reason: .otherMunicipality(id), count: otherYears[id] ?? 0)
        }
        var merger = MeasurementMerger(correction: Self.correctionReason)
        var removedDays: [String: [Day]] = [:]
        let byKPI = Dictionary(grouping: merged.keys, by: \.kpi)
        for kpi in byKPI.keys.sorted() where indicators[kpi] == nil {
            skipped.append(KoladaSkip(reason: .noIndicator(kpi: kpi), count: byKPI[kpi]?.count ?? 0))
        }
        for goal in workspace.goals {
            for indicator in goal.indicators {
                guard case .kolada(let source) = indicator.source else { continue }
                var years = (byKPI[source.uppercased()] ?? []).sorted { $0.period < $1.period }
                guard !years.isEmpty else { continue }
                if indicator.discontinued != nil {
                    // Values up to the last one recorded still go in; later ones do not.
                    let end = indicator.measurements.map(\.day).max()
                    let later = years.filter { key in merged[key].map { m in end.map { m.day > $0 } ?? true } ?? true }
                    if !later.isEmpty {
                        skipped.append(KoladaSkip(reason: .discontinued(goal: goal.number, indicator: indicator.id), count: later.count))
                    }
                    years.removeAll { later.contains($0) }
                }
                let inForce = Dictionary(indicator.currentValues.map { ($0.day, $0) }, uniquingKeysWith: { $1 })
                for year in years {
                    guard let m = merged[year] else { continue }
                    if m.status == Self.removedStatus, m.total == nil, m.women == nil, m.men == nil {
                        // Only a value in force can be removed.
                        guard let earlier = inForce[m.day], earlier.status != Self.removedStatus else { continue }
                        if merger.offer(m, goal: goal.number, indicator: indicator) != .unchanged {
                            removedDays[indicator.id, default: []].append(m.day)
                        }
                        continue
                    }
                    merger.offer(m, goal: goal.number, indicator: indicator)
                }
            }
        }
        var imports = merger.imports
        for i in imports.indices {
            guard let days = removedDays[imports[i].indicator] else { continue }
            imports[i].corrected.removeAll { days.contains($0) }
            imports[i].added.removeAll { days.contains($0) }
            imports[i].removed = days
        }
        for summary in imports where summary.unchanged > 0 {
            skipped.append(KoladaSkip(reason: .unchanged(goal: summary.goal, indicator: summary.indicator), count: summary.unchanged))
        }
        self.imported = imports
        self.skipped = skipped
        var edits = merger.edits
        let before = workspace.kolada ?? KoladaRecord()
        if record != before { edits.append(.setKoladaRecord(record: record)) }
        self.edits = edits
    }

    /// Whether the import changes nothing.
    public var isEmpty: Bool { edits.isEmpty }

    /// The KPIs with values of other places kept in the record, sorted.
    public var comparisonKPIs: [String] { record.series.keys.sorted() }

    /// The number of values for the workspace's municipality imported into indicators
    /// (new, corrected and removed).
    public var importedCount: Int {
        imported.reduce(0) { $0 + $1.added.count + $1.corrected.count + $1.removed.count }
    }

    /// One place's rows of one KPI, for a place other than the workspace's municipality,
    /// while they are read: how many year values, how many kept, and the place's series as
    /// changed so far (nil until a row for a KPI with an indicator comes).
    private struct OtherPlaceRun {
        var place = ""
        var kpi = ""
        var years = 0
        var kept = 0
        var series: ComparisonSeries?
        var changed = false

        /// Adds the run's counts and puts its series, if changed, into the record.
        func end(otherYears: inout [String: Int], keptByPlace: inout [String: Int], record: inout KoladaRecord) {
            if years > 0 { otherYears[place, default: 0] += years }
            if kept > 0 { keptByPlace[place, default: 0] += kept }
            if changed, let series { record.series[kpi, default: [:]][place] = series }
        }
    }

    /// The statuses of T, K and M together: each different one once, in order.
    private static func status(_ current: String, adding new: String) -> String {
        let trimmed = String(new.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty else { return current }
        if current.isEmpty { return trimmed }
        if current.split(separator: "; ").contains(Substring(trimmed)) { return current }
        return current + "; " + trimmed
    }
}
