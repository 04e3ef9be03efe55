import MalbildCore

extension JournalLineWriter {
    /// Writes a Kolada record member as the store's encoder writes it (members and places in
    /// sorted order), or nothing when it is nil. Other places' series, which an import of a
    /// large answer fills with hundreds of thousands of values, are written straight as their
    /// text; the KPI titles and the places' names go through their `Codable` conformance.
    mutating func koladaRecord(_ key: StaticString, _ record: KoladaRecord?) throws {
        guard let record else { return }
        try object(key) { w in
            try w.coded("areas", record.areas)
            w.string("group", record.group)
            try w.coded("kpis", record.kpis)
            w.object("series") { w in
                for kpi in record.series.keys.sorted() {
                    let places = record.series[kpi] ?? [:]
                    w.member(named: kpi) { bytes in
                        bytes.append(UInt8(ascii: "{"))
                        var first = true
                        for place in places.keys.sorted() {
                            guard let series = places[place] else { continue }
                            if !first { bytes.append(UInt8(ascii: ",")) }
                            first = false
                            JournalLineWriter.append(string: place, to: &bytes)
                            bytes.append(UInt8(ascii: ":"))
                            bytes.append(UInt8(ascii: "\""))
                            series.appendText(to: &bytes)
                            bytes.append(UInt8(ascii: "\""))
                        }
                        bytes.append(UInt8(ascii: "}"))
                    }
                }
            }
        }
    }
}
