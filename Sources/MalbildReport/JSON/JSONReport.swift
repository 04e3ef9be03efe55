import Foundation

/// The report's data as JSON for other tools: keys sorted, pretty printed,
/// days as `YYYY-MM-DD`.
public struct JSONReport: Sendable {
    /// The data to write.
    public var data: ReportData

    /// Creates the JSON writer of report data.
    public init(_ data: ReportData) {
        self.data = data
    }

    /// The JSON text, ending in a newline.
    public func render() throws(ReportError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let bytes = try encoder.encode(data)
            return String(decoding: bytes, as: UTF8.self) + "\n"
        } catch {
            throw .encoding(String(describing: error))
        }
    }
}
