import Foundation
import MalbildCore

/// An indicator's values over time as inline SVG: the total, women and men as
/// separate series (told apart by line style and marker, not colour alone),
/// the baseline and target as horizontal lines, and a legend.
struct SVGChart {
    /// The indicator to draw.
    var indicator: ReportIndicator
    /// The report's day: the time axis ends here.
    var end: Day
    /// The plan year: the time axis starts at its first day or earlier.
    var planYear: Int
    /// The days of the calendar's checkpoints, marked on the time axis.
    var checkpoints: [Day]
    /// A prefix for the ids of the chart's title and description.
    var id: String

    private static let width = 640.0
    private static let left = 56.0
    private static let right = 16.0
    private static let top = 22.0
    private static let plotHeight = 160.0
    private static let legendRow = 18.0

    /// One line of the chart.
    private struct Series {
        var label: String
        var color: String
        var dash: String?
        var marker: Marker
        var points: [(day: Day, value: Double)]
    }

    /// How a series marks its points.
    private enum Marker {
        case circle, square, triangle, none
    }

    /// The `<svg>` element.
    func render() -> String {
        let series = self.series()
        let references = [
            indicator.baseline.map { ("Utgångsvärde", $0, "#555555", "9 4") },
            indicator.target.map { ("Målvärde", $0, "#222222", "10 3 2 3") },
        ].compactMap { $0 }

        let ys = (series.flatMap { $0.points.map(\.value) } + references.map(\.1.value)).filter(\.isFinite)
        let yTicks = ys.isEmpty ? [] : Self.ticks(low: ys.min() ?? 0, high: ys.max() ?? 1, padding: 0.05)
        let yLow = yTicks.first ?? 0
        // Half the span, so that a range across the whole of the doubles stays finite.
        let yHalfSpan = max((yTicks.last ?? 1) / 2 - yLow / 2, 0.5e-9)

        let jan1 = (try? Day(year: planYear, month: 1, day: 1)) ?? end
        let days = series.flatMap { $0.points.map(\.day) }
        let start = min(days.min() ?? jan1, jan1)
        let x0 = Self.ordinal(min(start, end))
        let xSpan = max(Self.ordinal(end) - x0, 1)

        let plotLeft = Self.left
        let plotRight = Self.width - Self.right
        let plotTop = Self.top
        let plotBottom = Self.top + Self.plotHeight
        func x(_ day: Day) -> Double { plotLeft + (Self.ordinal(day) - x0) / xSpan * (plotRight - plotLeft) }
        func y(_ value: Double) -> Double { plotBottom - (value / 2 - yLow / 2) / yHalfSpan * Self.plotHeight }

        var legend: [(label: String, color: String, dash: String?, marker: Marker)] = series.filter { !$0.points.isEmpty }.map {
            ($0.label, $0.color, $0.dash, $0.marker)
        }
        legend += references.map { ("\($0.0) \(Swedish.number($0.1.value)) (\($0.1.period))", $0.2, $0.3, .none) }
        let (legendSVG, legendRows) = Self.legend(legend, top: plotBottom + 34)
        let height = plotBottom + 34 + Double(legendRows) * Self.legendRow + 4

        var svg: [String] = []
        svg.append(
            "<svg class=\"chart\" viewBox=\"0 0 \(Self.f(Self.width)) \(Self.f(height))\" width=\"\(Self.f(Self.width))\" "
                + "height=\"\(Self.f(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
                + "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"11\">"
        )
        svg.append("<title id=\"\(id)-title\">\(HTMLText.escape(ReportText.indicatorName(indicator)))</title>")
        svg.append("<desc id=\"\(id)-desc\">\(HTMLText.escape(description(series)))</desc>")
        svg.append(
            "<rect x=\"\(Self.f(plotLeft))\" y=\"\(Self.f(plotTop))\" width=\"\(Self.f(plotRight - plotLeft))\" "
                + "height=\"\(Self.f(Self.plotHeight))\" fill=\"#ffffff\" stroke=\"#999999\"/>"
        )

        svg.append("<g class=\"y-axis\">")
        for tick in yTicks {
            let ty = Self.f(y(tick))
            svg.append("<line x1=\"\(Self.f(plotLeft))\" y1=\"\(ty)\" x2=\"\(Self.f(plotRight))\" y2=\"\(ty)\" stroke=\"#e3e3e3\"/>")
            svg.append(
                "<text x=\"\(Self.f(plotLeft - 6))\" y=\"\(ty)\" text-anchor=\"end\" dominant-baseline=\"middle\">"
                    + "\(HTMLText.escape(Swedish.number(tick)))</text>"
            )
        }
        svg.append("</g>")

        svg.append("<g class=\"x-axis\">")
        let labelY = Self.f(plotBottom + 16)
        let startDay = min(start, end)
        svg.append("<text x=\"\(Self.f(plotLeft))\" y=\"\(labelY)\" text-anchor=\"start\">\(startDay)</text>")
        svg.append("<text x=\"\(Self.f(plotRight))\" y=\"\(labelY)\" text-anchor=\"end\">\(end)</text>")
        // Grid lines at each new year and at the calendar's checkpoints, labelled where there is room.
        var marks: [(x: Double, label: String)] = []
        for year in (startDay.year + 1)...max(startDay.year + 1, end.year) {
            if let day = try? Day(year: year, month: 1, day: 1), day < end { marks.append((x(day), String(year))) }
        }
        marks += checkpoints.filter { $0 > startDay && $0 < end }.map { (x($0), $0.description) }
        var labelled = [plotLeft + 30, plotRight - 30]
        for mark in marks.sorted(by: { $0.x < $1.x }) {
            svg.append(
                "<line x1=\"\(Self.f(mark.x))\" y1=\"\(Self.f(plotTop))\" x2=\"\(Self.f(mark.x))\" "
                    + "y2=\"\(Self.f(plotBottom))\" stroke=\"#e3e3e3\"/>"
            )
            if labelled.allSatisfy({ abs($0 - mark.x) >= 70 }) {
                labelled.append(mark.x)
                svg.append("<text x=\"\(Self.f(mark.x))\" y=\"\(labelY)\" text-anchor=\"middle\">\(mark.label)</text>")
            }
        }
        svg.append("</g>")

        for (name, reference, color, dash) in references {
            let ry = Self.f(y(reference.value))
            let kind = name == "Målvärde" ? "target" : "baseline"
            svg.append(
                "<line class=\"\(kind)\" x1=\"\(Self.f(plotLeft))\" y1=\"\(ry)\" x2=\"\(Self.f(plotRight))\" y2=\"\(ry)\" "
                    + "stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"\(dash)\"/>"
            )
        }

        for line in series {
            svg.append("<g class=\"series\">")
            let points = line.points.map { (x($0.day), y($0.value)) }
            if points.count > 1 {
                let list = points.map { "\(Self.f($0.0)),\(Self.f($0.1))" }.joined(separator: " ")
                svg.append(
                    "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\""
                        + (line.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + " stroke-linecap=\"round\"/>"
                )
            }
            for point in points {
                svg.append(Self.marker(line.marker, x: point.0, y: point.1, color: line.color))
            }
            svg.append("</g>")
        }

        if series.allSatisfy({ $0.points.isEmpty }) {
            svg.append(
                "<text x=\"\(Self.f((plotLeft + plotRight) / 2))\" y=\"\(Self.f(plotTop + Self.plotHeight / 2))\" "
                    + "text-anchor=\"middle\" fill=\"#555555\">Inga värden per \(end)</text>"
            )
        }
        if indicator.example {
            svg.append(
                "<text x=\"\(Self.f(plotRight))\" y=\"\(Self.f(plotTop - 7))\" text-anchor=\"end\" "
                    + "font-style=\"italic\" fill=\"#555555\">Exempelvärden</text>"
            )
        }
        svg.append(legendSVG)
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// The total, women and men, each only when it has a value.
    private func series() -> [Series] {
        func points(_ value: (ReportValue) -> Double?) -> [(day: Day, value: Double)] {
            indicator.values.compactMap { v in value(v).flatMap { $0.isFinite ? (v.day, $0) : nil } }
        }
        let women = points(\.women)
        let men = points(\.men)
        var series = [Series(label: "Totalt", color: "#0072B2", dash: nil, marker: .circle, points: points(\.total))]
        if !women.isEmpty {
            series.append(Series(label: "Kvinnor", color: "#D55E00", dash: "7 4", marker: .square, points: women))
        }
        if !men.isEmpty {
            series.append(Series(label: "Män", color: "#009E73", dash: "2 3", marker: .triangle, points: men))
        }
        return series
    }

    /// The chart in words, for screen readers.
    private func description(_ series: [Series]) -> String {
        var parts: [String] = []
        for line in series where !line.points.isEmpty {
            let values = line.points.map { "\(Swedish.number($0.value)) (\($0.day))" }.joined(separator: ", ")
            parts.append("\(line.label): \(values).")
        }
        if parts.isEmpty { parts.append("Inga värden per \(end).") }
        let baseline = ReportText.reference(indicator.baseline)
        let target = ReportText.reference(indicator.target)
        parts.append("Utgångsvärde: \(baseline.plain). Målvärde: \(target.plain).")
        if indicator.example { parts.append("Exempelvärden, inte uppmätta data.") }
        return parts.joined(separator: " ")
    }

    /// The legend: a sample of each line with its marker and label, in rows.
    private static func legend(
        _ items: [(label: String, color: String, dash: String?, marker: Marker)], top: Double
    ) -> (String, Int) {
        var out = ["<g class=\"legend\">"]
        var x = left
        var row = 0
        for item in items {
            let itemWidth = 34 + Double(item.label.count) * 6.2 + 18
            if x + itemWidth > width - right, x > left {
                row += 1
                x = left
            }
            let y = top + Double(row) * legendRow
            out.append(
                "<line x1=\"\(f(x))\" y1=\"\(f(y))\" x2=\"\(f(x + 28))\" y2=\"\(f(y))\" stroke=\"\(item.color)\" "
                    + "stroke-width=\"2\"" + (item.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
            )
            out.append(marker(item.marker, x: x + 14, y: y, color: item.color))
            out.append(
                "<text x=\"\(f(x + 34))\" y=\"\(f(y))\" dominant-baseline=\"middle\">\(HTMLText.escape(item.label))</text>"
            )
            x += itemWidth
        }
        out.append("</g>")
        return (out.filter { !$0.isEmpty }.joined(separator: "\n"), row + 1)
    }

    /// A point's marker: a filled circle, an open square or a filled triangle.
    private static func marker(_ marker: Marker, x: Double, y: Double, color: String) -> String {
        switch marker {
        case .circle:
            return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3.5\" fill=\"\(color)\"/>"
        case .square:
            return "<rect x=\"\(f(x - 3.5))\" y=\"\(f(y - 3.5))\" width=\"7\" height=\"7\" fill=\"#ffffff\" "
                + "stroke=\"\(color)\" stroke-width=\"1.5\"/>"
        case .triangle:
            return "<path d=\"M\(f(x)),\(f(y - 4.5)) L\(f(x + 4.5)),\(f(y + 3.5)) L\(f(x - 4.5)),\(f(y + 3.5)) Z\" "
                + "fill=\"\(color)\"/>"
        case .none:
            return ""
        }
    }

    /// Round tick values from below `low` to above `high`, four to seven of
    /// them; `padding` widens the range by that share of it on each side.
    ///
    /// Any finite input gives a short list of finite ticks: differences are taken
    /// of halves and quarters so that none overflows, the range is kept within
    /// the finite doubles, and where round steps cannot be had (the ends of the
    /// doubles) the two ends themselves are the ticks. Empty for a bound that
    /// is not finite.
    static func ticks(low: Double, high: Double, padding: Double = 0) -> [Double] {
        guard low.isFinite, high.isFinite, padding.isFinite else { return [] }
        let largest = Double.greatestFiniteMagnitude
        var (low, high) = (min(low, high), max(low, high))
        let margin = (high / 2 - low / 2) * (2 * padding)
        low = max(low - margin, -largest)
        high = min(high + margin, largest)
        if high / 2 - low / 2 < 0.5e-9 {
            let pad = max(1, abs(low) * 0.1, abs(high) * 0.1)
            low = max(low - pad, -largest)
            high = min(high + pad, largest)
        }
        let raw = high / 4 - low / 4
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let first = (low / step).rounded(.down)
        let last = (high / step).rounded(.up)
        guard step.isFinite, step > 0, first.isFinite, last.isFinite, last >= first, last - first <= 12 else {
            return [low, high]
        }
        var ticks: [Double] = []
        var k = first
        while k <= last, ticks.count <= 12 {
            ticks.append(k * step)
            let next = k + 1
            guard next > k else { break }
            k = next
        }
        guard ticks.count >= 2, ticks.allSatisfy(\.isFinite) else { return [low, high] }
        return ticks
    }

    /// Days counted from 1 January of year 1, for a linear time axis.
    static func ordinal(_ day: Day) -> Double {
        let y = day.year - 1
        return Double(y * 365 + y / 4 - y / 100 + y / 400 + day.dayOfYear)
    }

    /// A coordinate with at most one decimal.
    private static func f(_ value: Double) -> String {
        Swedish.decimal(value, separator: ".", fractionDigits: 1)
    }
}
