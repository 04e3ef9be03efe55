/// A value in a table: the number, what it is for (a year, a day), and
/// whether it is an example value.
struct ValueCell: Equatable {
    /// The value as written, e.g. "52,5", or a word such as "saknas".
    var value: String
    /// The period or day it is for, e.g. "2018"; nil when none is shown.
    var detail: String?
    /// Whether it is an example value.
    var example: Bool = false

    /// As plain text: "52,5 (2019-04-30, ex.)", "54 (ex.)", "–".
    var plain: String {
        let notes = [detail, example ? "ex." : nil].compactMap { $0 }
        return notes.isEmpty ? value : "\(value) (\(notes.joined(separator: ", ")))"
    }
}
