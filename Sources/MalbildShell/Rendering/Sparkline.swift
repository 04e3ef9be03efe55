import MalbildCore

/// An indicator's series at a glance: one small bar per value, lowest to
/// highest, with the target's level after an arrow, so the room sees the
/// direction without reading numbers. Women's and men's series are drawn
/// beside the total, on one scale of their own so the two compare.
struct Sparkline {
    /// The characters a terminal can show.
    enum Symbols: Sendable {
        /// Block elements: ▁▂▃▄▅▆▇█, and → before the target.
        case unicode
        /// Plain ASCII, for a terminal whose locale is not UTF-8.
        case ascii

        /// Unicode where the locale's character set is UTF-8 (`LC_ALL`, then
        /// `LC_CTYPE`, then `LANG`), ASCII otherwise.
        init(environment: [String: String]) {
            let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
                .compactMap { $0 }.first { !$0.isEmpty } ?? ""
            let name = locale.lowercased()
            self = name.contains("utf-8") || name.contains("utf8") ? .unicode : .ascii
        }

        var levels: [Character] {
            switch self {
            case .unicode: return ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
            case .ascii: return ["_", ".", ",", "-", "~", "=", "*", "#"]
            }
        }

        /// What stands where a value has none (women's or men's missing).
        var missing: Character {
            self == .unicode ? "·" : " "
        }

        var arrow: String {
            self == .unicode ? "→" : ">"
        }
    }

    /// At most this many of the latest values are drawn.
    static let length = 12

    let indicator: Indicator
    let symbols: Symbols
    /// The values drawn, taken once: a series may hold a million values.
    private let values: [Measurement]

    init(indicator: Indicator, symbols: Symbols) {
        self.indicator = indicator
        self.symbols = symbols
        values = indicator.latestValuesInForce(Self.length) { $0.total != nil }
    }

    /// Whether there is anything to draw.
    var isEmpty: Bool { values.isEmpty }

    /// Whether women's or men's values were recorded.
    var isSplit: Bool { values.contains { $0.women != nil || $0.men != nil } }

    /// The total's bars, then the target's level after an arrow: `▂▃▅▆→▇`.
    var total: String {
        bars + (targetLevel.map { symbols.arrow + $0 } ?? "")
    }

    /// The total's bars, on a scale from the lowest to the highest of its
    /// values, the baseline and the target, so a bar shows how far from the
    /// baseline towards the target a value has come.
    var bars: String { draw(values.map(\.total), on: totalScale) }

    /// The target's level on the total's scale, if there is a target.
    var targetLevel: String? { indicator.target.map { String(level($0.value, on: totalScale)) } }

    /// The line the goal card and `assess` show under an indicator, or nil
    /// when it has no values: `series ▂▃▅▆, target level ▇; women ▂▃▅▅, men ▃▃▆▇`.
    func line(t: Catalogue) -> String? {
        guard !isEmpty else { return nil }
        return t(.sparkSeries, bars) + (targetLevel.map { t(.sparkTarget, $0) } ?? "")
            + (isSplit ? t(.sparkSplit, women, men) : "")
    }

    /// Women's bars, on one scale with men's so the two compare; a dot where a value has none.
    var women: String { draw(values.map(\.women), on: splitScale) }

    /// Men's bars, on one scale with women's; a dot where a value has none.
    var men: String { draw(values.map(\.men), on: splitScale) }

    private var totalScale: [Double] {
        values.compactMap(\.total) + [indicator.baseline?.value, indicator.target?.value].compactMap { $0 }
    }

    private var splitScale: [Double] {
        values.flatMap { [$0.women, $0.men].compactMap { $0 } }
    }

    private func draw(_ series: [Double?], on scale: [Double]) -> String {
        String(series.map { $0.map { level($0, on: scale) } ?? symbols.missing })
    }

    /// A value's level between the lowest and the highest of a scale's values.
    private func level(_ value: Double, on scale: [Double]) -> Character {
        let levels = symbols.levels
        guard let low = scale.min(), let high = scale.max(), high > low, value.isFinite else { return levels[levels.count / 2 - 1] }
        // Halves, so that values near the largest double cannot overflow.
        let share = (value / 2 - low / 2) / (high / 2 - low / 2)
        guard share.isFinite else { return levels[levels.count / 2 - 1] }
        let index = Int((share * Double(levels.count - 1)).rounded())
        return levels[min(levels.count - 1, max(0, index))]
    }
}
