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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(years.count * 12)
        appendText(to: &bytes)
        try container.encode(String(decoding: bytes, as: UTF8.self))
    }

    /// Appends the series' text, `2018=6.2 2019=6/7` (without quotes; it never needs an
    /// escape in JSON), as UTF-8: the one way a series is written, in the workspace file and
    /// in the journal alike.
    public func appendText(to bytes: inout [UInt8]) {
        for (i, year) in years.enumerated() where i < values.count {
            if i > 0 { bytes.append(UInt8(ascii: " ")) }
            DecimalDigits.append(Int64(year), to: &bytes)
            bytes.append(UInt8(ascii: "="))
            let value = values[i]
            if value == value.rounded(), abs(value) < 1e15 {
                DecimalDigits.append(Int64(value), to: &bytes)
            } else {
                bytes.append(contentsOf: String(value).utf8)
            }
            if i < counts.count && counts[i] > 0 {
                bytes.append(UInt8(ascii: "/"))
                DecimalDigits.append(Int64(counts[i]), to: &bytes)
            }
        }
    }
}
