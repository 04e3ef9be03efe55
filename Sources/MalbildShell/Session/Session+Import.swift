import Foundation
import MalbildCore
import MalbildStore

extension Session {
    /// `import kolada FILE…`.
    func importKolada(_ paths: [String]) throws {
        guard !paths.isEmpty else { throw failure(.importNeedsFile) }
        let pages: KoladaPages
        do { pages = try KoladaPages.read(at: paths.map { URL(fileURLWithPath: $0) }) } catch { throw ShellError.failed(error.description) }
        if workspace.municipality.koladaID.isEmpty {
            throw failure(.importNoKoladaID)
        }
        let plan = KoladaImportPlan(workspace: workspace, values: pages.values)
        let count = plan.imported.reduce(0) { $0 + $1.added.count + $1.corrected.count }
        if !plan.edits.isEmpty {
            try perform(plan.edits, summary: "imported \(count) Kolada value\(count == 1 ? "" : "s") from \(paths.joined(separator: ", "))")
        }
        for (kpi, values) in plan.comparison { koladaComparison[kpi, default: []].append(contentsOf: values) }
        var lines = [t(.importRead, pages.values.count, paths.count, workspace.municipality.name.isEmpty ? workspace.municipality.koladaID : workspace.municipality.name, workspace.municipality.koladaID)]
        lines += plan.imported.map { "  " + $0.description }
        // Unchanged values are already counted in the lines per indicator.
        lines += plan.skipped.filter { if case .unchanged = $0.reason { return false } else { return true } }
            .map { "  " + t(.importSkipped) + $0.description }
        if plan.edits.isEmpty { lines.append(t(.importNothingChanged)) }
        if !plan.comparison.isEmpty {
            lines.append(t(.importKeptForCompare, plan.comparisonKPIs.joined(separator: ", ")))
        }
        say(lines.joined(separator: "\n"))
        for page in pages.missingPages { warn(t(.importMissingPage, page)) }
    }

    /// `import csv FILE [--skip-bad] [--correct "why"]`.
    func importCSV(_ path: String, skipBad: Bool, correction: String?) throws {
        let plan: MeasurementCSVPlan
        do {
            let file = try MeasurementCSV.read(at: URL(fileURLWithPath: path))
            plan = try MeasurementCSVPlan(workspace: workspace, file: file, skipBad: skipBad,
                                          correction: correction ?? MeasurementCSVPlan.defaultCorrectionReason)
        } catch {
            throw ShellError.failed(error.description + (skipBad ? "" : "\n" + t(.importNothingImported)))
        }
        let count = plan.imported.reduce(0) { $0 + $1.added.count + $1.corrected.count }
        if !plan.edits.isEmpty {
            try perform(plan.edits, summary: "imported \(count) value\(count == 1 ? "" : "s") from \(path)")
        }
        var lines = plan.imported.map { "  " + $0.description }
        lines.insert(t(.importImported, count, path), at: 0)
        for bad in plan.skippedLines { lines.append("  " + t(.importSkipped) + "\(bad)") }
        if !plan.ignoredColumns.isEmpty { lines.append("  " + t(.importColumnsNotRead, plan.ignoredColumns.joined(separator: ", "))) }
        say(lines.joined(separator: "\n"))
    }

    /// `kolada urls`.
    func koladaURLs(years text: String?, compare: String?, v2: Bool) throws {
        let years = try text.map(Self.years)
        let ids = compare.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        if let bad = ids.first(where: { $0.count != 4 || !$0.allSatisfy(\.isNumber) }) {
            throw ShellError.failed("\"\(bad)\" is not a Kolada municipality id: four digits, e.g. 0680 (0000 is the whole country)")
        }
        let urls: KoladaURLs
        do { urls = try KoladaURLs(workspace: workspace, years: years, compareWith: ids, version: v2 ? .v2 : .v3) } catch {
            throw ShellError.failed(error.description)
        }
        var lines = ["Download these (nothing is fetched here), then: import kolada FILE…"]
        for d in urls.downloads { lines.append("  \(d.fileName)\n    \(d.url)") }
        say(lines.joined(separator: "\n"))
    }

    /// `compare ID [--group IDS] [--year YEAR]`.
    func compare(_ id: String, group: String?, year text: String?) throws {
        let (_, indicator) = try indicator(id)
        guard case .kolada(let kpi) = indicator.source else {
            throw ShellError.failed("\(indicator.id) is not from Kolada (\(indicator.source)): compare works on Kolada indicators")
        }
        let own = workspace.municipality.koladaID
        let totals = (koladaComparison[kpi] ?? []).filter { $0.gender == .total && $0.value != nil }
        guard !totals.isEmpty else {
            throw ShellError.failed("no other municipalities' values for \(kpi) in this session: import a Kolada file that holds them (kolada urls --compare …)")
        }
        let year = try text.map { t -> Int in
            guard let y = Int(t) else { throw ShellError.failed("\"\(t)\" is not a year") }
            return y
        } ?? totals.map(\.period).max() ?? workspace.planYear
        var byMunicipality: [String: Double] = [:]
        for v in totals where v.period == year { byMunicipality[v.municipality] = v.value }
        if let ownValue = indicator.currentValues.last(where: { $0.day.year == year && $0.total != nil })?.total {
            byMunicipality[own] = ownValue
        }
        let others = byMunicipality.filter { $0.key != "0000" }
        guard others.count >= 2 else { throw ShellError.failed("fewer than two municipalities have a value for \(kpi) in \(year)") }
        let better: (Double, Double) -> Bool = indicator.direction == .higher ? (>) : (<)
        let ranked = others.sorted { better($0.value, $1.value) || ($0.value == $1.value && $0.key < $1.key) }
        let sorted = others.values.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        var lines = ["\(indicator.id) (\(kpi)), \(year): \(others.count) municipalities; \(indicator.direction.rawValue) is better. A position relative to others, not a judgement of the goal."]
        if let rank = ranked.firstIndex(where: { $0.key == own }), let value = others[own] {
            lines.append("  \(workspace.municipality.name.isEmpty ? own : workspace.municipality.name) (\(own)): \(Number.format(value)), rank \(rank + 1) of \(ranked.count)")
        } else {
            lines.append("  \(own): no value for \(year)")
        }
        lines.append("  median: \(Number.format(median)); range \(Number.format(sorted.first ?? 0)) to \(Number.format(sorted.last ?? 0))")
        if let country = byMunicipality["0000"] { lines.append("  the whole country (0000): \(Number.format(country))") }
        if let group {
            for id in group.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) {
                let rank = ranked.firstIndex { $0.key == id }.map { ", rank \($0 + 1)" } ?? ""
                lines.append("  \(id): " + (byMunicipality[id].map { Number.format($0) + rank } ?? "no value"))
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
