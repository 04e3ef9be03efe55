/// What a column of a spreadsheet of values holds, known by its header in English or Swedish.
public enum MeasurementCSVColumn: String, CaseIterable, Equatable, Hashable, Sendable {
    /// The indicator's id: `indicator`, `indikator`.
    case indicator
    /// The day (YYYY-MM-DD) or checkpoint (delår1): `date`, `datum`, `checkpoint`, `tidpunkt`.
    case when = "date"
    /// The value in total: `value`, `värde`, `total`, `totalt`.
    case value
    /// The value for women: `women`, `kvinnor`.
    case women
    /// The value for men: `men`, `män`.
    case men
    /// Why a value is missing, or a remark: `status`, `kommentar`.
    case status

    /// The header names that mean the column, folded (lower case, å and ä as a, ö as o).
    var names: Set<String> {
        switch self {
        case .indicator: return ["indicator", "indikator", "id", "indicator id", "indikator id", "indicatorid", "indikatorid"]
        case .when: return ["date", "datum", "day", "dag", "checkpoint", "tidpunkt", "kontrollpunkt", "avstamning", "when", "nar"]
        case .value: return ["value", "varde", "total", "totalt", "vardet"]
        case .women: return ["women", "kvinnor", "woman", "kvinna", "female", "k"]
        case .men: return ["men", "man", "male", "m"]
        case .status: return ["status", "kommentar", "comment", "note", "anmarkning", "notering"]
        }
    }

    /// The column a header names, if any.
    static func named(_ header: String) -> MeasurementCSVColumn? {
        let folded = fold(header)
        return allCases.first { $0.names.contains(folded) }
    }

    /// Lower case, å and ä as a, ö as o, é as e; underscores, hyphens and runs of blanks as one blank.
    static func fold(_ text: String) -> String {
        var out = ""
        var blank = false
        for c in text.lowercased() {
            let mapped: Character
            switch c {
            case "å", "ä": mapped = "a"
            case "ö": mapped = "o"
            case "é": mapped = "e"
            case "_", "-", " ", "\u{00A0}": mapped = " "
            default: mapped = c
            }
            if mapped == " " {
                blank = !out.isEmpty
                continue
            }
            if blank { out.append(" ") }
            blank = false
            out.append(mapped)
        }
        return out
    }
}
