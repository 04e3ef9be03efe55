/// A result is written with its checkpoint. A goal's single `result` in a file written
/// before results were kept per checkpoint has none, and reads with an empty one.
extension YearResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case checkpoint, grade, text
    }

    /// Reads a result, with or without its checkpoint.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        checkpoint = try c.decodeIfPresent(String.self, forKey: .checkpoint) ?? ""
        grade = try c.decode(String.self, forKey: .grade)
        text = try c.decode(String.self, forKey: .text)
    }

    /// Writes the result with its checkpoint.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(checkpoint, forKey: .checkpoint)
        try c.encode(grade, forKey: .grade)
        try c.encode(text, forKey: .text)
    }
}
