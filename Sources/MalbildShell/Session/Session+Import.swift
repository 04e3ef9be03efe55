import Foundation
import MalbildCore
import MalbildStore

extension Session {
    /// `import kolada FILE…`: data files (v2 and v3, paged with `next_page` or `next_url`) and
    /// metadata files (KPIs, municipalities, groups), read together as one answer.
    func importKolada(_ paths: [String]) throws {
        guard !paths.isEmpty else { throw failure(.importNeedsFile) }
        let pages: KoladaPages
        do { pages = try KoladaPages.read(at: paths.map { URL(fileURLWithPath: $0) }) } catch { throw ShellError.failed(message(for: error)) }
        if workspace.municipality.koladaID.isEmpty {
            throw failure(.importNoKoladaID)
        }
        let plan = KoladaImportPlan(workspace: workspace, values: pages.values, metadata: pages.metadata)
        let count = plan.importedCount
        if !plan.edits.isEmpty {
            try perform(plan.edits, change: .importedKolada(count: count, paths: paths))
        }
        let dataFiles = pages.files.filter { $0.metadata == nil }
        var lines: [String] = []
        if !dataFiles.isEmpty {
            lines.append(t(.importRead, pages.values.count, dataFiles.count, workspace.municipality.name.isEmpty ? workspace.municipality.koladaID : workspace.municipality.name, workspace.municipality.koladaID))
        }
        lines += plan.imported.map { "  " + t.importLine($0) }
        // Unchanged values are already counted in the lines per indicator; other places' values are summed up below.
        lines += plan.skipped.filter {
            switch $0.reason {
            case .unchanged, .otherMunicipality: return false
            default: return true
            }
        }.map { "  " + t(.importSkipped) + $0.description }
        let keptValues = plan.kept.values.reduce(0) { $0 + $1.values }
        if keptValues > 0 {
            var places: [String] = []
            if let m = plan.kept[.municipality] { places.append(t(.koladaKeptMunicipalities, m.places)) }
            if plan.kept[.country] != nil { places.append(t(.koladaKeptCountry)) }
            if let r = plan.kept[.region] { places.append(t(.koladaKeptRegions, r.places)) }
            if let g = plan.kept[.group] { places.append(t(.koladaKeptGroups, g.places)) }
            lines.append(t(.koladaKept, keptValues, places.joined(separator: ", ")))
        }
        if plan.keptRemoved > 0 { lines.append(t(.koladaKeptRemoved, plan.keptRemoved)) }
        if !plan.metadataRead.isEmpty {
            var read: [String] = []
            if let n = plan.metadataRead[.kpis] { read.append(t(.koladaMetaKPIs, n, plan.record.kpis.count)) }
            if let n = plan.metadataRead[.municipalities] { read.append(t(.koladaMetaPlaces, n)) }
            if let n = plan.metadataRead[.groups] { read.append(t(.koladaMetaGroups, n)) }
            lines.append(t(.koladaMetadataRead, read.joined(separator: ", ")))
        }
        if !dataFiles.isEmpty && pages.values.isEmpty {
            lines.append(t(.koladaEmptyAnswer, dataFiles.map { ($0.path as NSString).lastPathComponent }.joined(separator: ", ")))
        } else if plan.edits.isEmpty {
            lines.append(t(.importNothingChanged))
        }
        lines += koladaTitleWarnings(plan.changedTitles)
        say(lines.joined(separator: "\n"))
        for page in pages.missingPages { warn(t(.importMissingPage, page)) }
    }

    /// A line for each KPI of the workspace whose title in Kolada changed since it was first read.
    func koladaTitleWarnings(_ changed: [KoladaKPIInfo]? = nil) -> [String] {
        let infos = changed ?? workspace.kolada?.changedTitles ?? []
        return infos.compactMap { info in
            let ids = workspace.goals.flatMap(\.indicators).filter {
                if case .kolada(let kpi) = $0.source { return kpi.uppercased() == info.id }
                return false
            }.map(\.id)
            guard !ids.isEmpty else { return nil }
            return t(.koladaTitleChanged, ids.joined(separator: ", "), info.id, info.title, info.linkedTitle)
        }
    }

    /// `import csv FILE [--skip-bad] [--correct "why"]`.
    func importCSV(_ path: String, skipBad: Bool, correction: String?) throws {
        let plan: MeasurementCSVPlan
        do {
            let file = try MeasurementCSV.read(at: URL(fileURLWithPath: path))
            plan = try MeasurementCSVPlan(workspace: workspace, file: file, skipBad: skipBad,
                                          correction: correction ?? MeasurementCSVPlan.defaultCorrectionReason)
        } catch {
            throw ShellError.failed(message(for: error) + (skipBad ? "" : "\n" + t(.importNothingImported)))
        }
        let count = plan.imported.reduce(0) { $0 + $1.added.count + $1.corrected.count }
        if !plan.edits.isEmpty {
            try perform(plan.edits, change: .importedValues(count: count, path: path))
        }
        var lines = plan.imported.map { "  " + t.importLine($0) }
        lines.insert(t(.importImported, count, path), at: 0)
        for bad in plan.skippedLines { lines.append("  " + t(.importSkipped) + t(.csvLine, bad.line, t.csvLineMessage(bad))) }
        if !plan.ignoredColumns.isEmpty { lines.append("  " + t(.importColumnsNotRead, plan.ignoredColumns.joined(separator: ", "))) }
        say(lines.joined(separator: "\n"))
    }

    /// `kolada urls [--years YEARS] [--compare IDS]`: version 3 addresses only.
    func koladaURLs(years text: String?, compare: String?) throws {
        let years = try text.map(Self.years)
        let ids = compare.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        if let bad = ids.first(where: { !KoladaRecord.isPlaceID($0) }) {
            throw failure(.koladaNotAPlace, bad)
        }
        let urls: KoladaURLs
        do { urls = try KoladaURLs(workspace: workspace, years: years, compareWith: ids) } catch {
            throw ShellError.failed(message(for: error))
        }
        var lines = [t(.urlsHeader)]
        for d in urls.downloads { lines.append("  \(d.fileName)\n    \(d.url)") }
        lines.append(t(.urlsMetadata))
        for d in urls.metadata { lines.append("  \(d.fileName)\n    \(d.url)") }
        say(lines.joined(separator: "\n"))
    }

    /// `kolada accept KPI`: Kolada's present title of the KPI becomes the one its indicators
    /// rest on, so the changed title is no longer flagged.
    func koladaAccept(_ text: String) throws {
        let kpi = text.uppercased()
        guard var record = workspace.kolada, let info = record.kpis[kpi] else { throw failure(.koladaNoTitle, text) }
        guard info.titleChanged else { return say(.koladaTitleSame, kpi, info.title) }
        record.kpis[kpi]?.linkedTitle = info.title
        try perform([.setKoladaRecord(record: record)], change: .acceptedKoladaTitle(kpi: kpi))
        say(.koladaTitleAccepted, kpi, info.title)
    }

    /// `compare ID [--group IDS] [--year YEAR]`: the municipality among the places kept in the
    /// workspace; municipalities are ranked, the country, regions and groups shown apart.
    func compare(_ id: String, group: String?, year text: String?) throws {
        let (_, indicator) = try indicator(id)
        guard case .kolada(let source) = indicator.source else {
            throw failure(.koladaNotKolada, indicator.id, indicator.source.description)
        }
        let kpi = source.uppercased()
        let record = workspace.kolada ?? KoladaRecord()
        guard let kept = record.series[kpi], !kept.isEmpty else { throw failure(.koladaNothingForCompare, kpi) }
        let year = try text.map { t -> Int in
            guard let y = Int(t) else { throw failure(.koladaNotAYear, t) }
            return y
        }
        let ids = group.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } ?? []
        if let bad = ids.first(where: { !KoladaRecord.isPlaceID($0) }) { throw failure(.koladaNotAPlace, bad) }
        let chosenGroup = ids.count == 1 && ids[0].hasPrefix("G") ? ids[0] : (ids.isEmpty ? record.group : nil)
        let own = workspace.municipality.koladaID
        let ownValue: (Int) -> Double? = { y in
            indicator.currentValues.last { $0.day.year == y && $0.day.month == 12 && $0.day.day == 31 && $0.total != nil }?.total
        }
        guard let position = ComparisonPosition(record: record, kpi: kpi, own: own, ownValue: ownValue,
                                                direction: indicator.direction, year: year, group: chosenGroup) else {
            throw failure(.koladaNoPlaceForYear, kpi, year.map(String.init) ?? "")
        }
        let ownName = workspace.municipality.name.isEmpty ? record.name(of: own) : workspace.municipality.name
        var lines = [t(.compareHeader, indicator.id, kpi, position.year, t.betterWord(indicator.direction))]
        if let value = position.own, let rank = position.rank {
            lines.append(t(.compareOwn, ownName, own, t.number(value), rank, position.ranked))
        } else {
            lines.append(t(.compareOwnNone, ownName, own, position.year))
        }
        let values = position.municipalities.map(\.value).sorted()
        if let median = position.median, let low = values.first, let high = values.last {
            lines.append(t(.compareMedian, t.number(median), t.number(low), t.number(high)))
        }
        if let country = position.country { lines.append(t(.compareCountry, t.number(country.value))) }
        for region in position.regions {
            let label = region.name == region.id ? t(.compareRegionID, region.id) : "\(region.name) (\(region.id))"
            lines.append(t(.compareRegion, label, t.number(region.value)))
        }
        let groups = position.groups.sorted { ($0.id == chosenGroup ? 0 : 1, $0.id) < ($1.id == chosenGroup ? 0 : 1, $1.id) }
        for g in groups {
            if let count = g.count {
                lines.append(t(.compareGroupMean, g.name, t.number(g.value), count))
            } else {
                lines.append(t(.compareGroupMeanNoCount, g.name, t.number(g.value)))
            }
        }
        if let chosenGroup, let (rank, of) = position.groupRank {
            lines.append(t(.compareGroupRank, record.name(of: chosenGroup), rank, of))
        }
        if chosenGroup == nil {
            for member in ids {
                let rank = position.municipalities.firstIndex { $0.id == member }
                let label = record.name(of: member) == member ? member : "\(record.name(of: member)) (\(member))"
                if let value = kept[member]?.value(in: position.year)?.value {
                    lines.append(rank.map { t(.compareMember, label, t.number(value), $0 + 1) } ?? "  \(label): \(t.number(value))")
                } else {
                    lines.append(t(.compareMemberNoValue, label))
                }
            }
        }
        say(lines.joined(separator: "\n"))
    }

    /// `2015-2019` or `2018,2019`.
    static func years(_ text: String) throws -> [Int] {
        // Years run from 1000 to 9999, as in a date, so no arithmetic on them can overflow.
        func year(_ part: some StringProtocol) -> Int? {
            Int(part.trimmingCharacters(in: .whitespaces)).flatMap { (1000...9999).contains($0) ? $0 : nil }
        }
        let parts = text.split(separator: "-").map(String.init)
        if parts.count == 2, let a = year(parts[0]), let b = year(parts[1]), a <= b, b - a < 50 { return Array(a...b) }
        let list = text.split(separator: ",").compactMap { year($0) }
        guard !list.isEmpty, list.count == text.split(separator: ",").count else {
            throw ShellError.failed("\"\(text)\" is not a list of years: write 2015-2019 or 2018,2019")
        }
        return list
    }
}
