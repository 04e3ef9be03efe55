extension ComparisonSeries: Codable {
    /// Reads `"2018=6.2 2019=6/7"`; anything else is an error that quotes the faulty part.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        self.init()
        for part in text.split(separator: " ") {
            let pair = part.split(separator: "=", maxSplits: 1)
            let valueAndCount = pair.count == 2 ? pair[1].split(separator: "/", maxSplits: 1) : []
            guard pair.count == 2, let year = Int(pair[0]), let first = valueAndCount.first, let value = Double(first),
                  valueAndCount.count == 1 || Int(valueAndCount[1]) != nil else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\"\(part)\" is not YEAR=VALUE or YEAR=VALUE/COUNT, such as 2019=6.2")
            }
            let count = valueAndCount.count == 2 ? Int(valueAndCount[1]) : nil
            set(value, count: count, in: year)
        }
    }

    /// Writes `"2018=6.2 2019=6/7"`, years ascending.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        var parts: [String] = []
        parts.reserveCapacity(years.count)
        for (i, year) in years.enumerated() where i < values.count {
            let count = i < counts.count && counts[i] > 0 ? "/\(counts[i])" : ""
            parts.append("\(year)=\(Self.text(values[i]))\(count)")
        }
        try container.encode(parts.joined(separator: " "))
    }

    /// The shortest text that reads back as the same number: `6.2`, `6`, `-0.5`.
    private static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
