/// A byte offset in a file turned into the line and column a person can go to, both from 1;
/// the column counts characters, not bytes.
struct TextPosition: Equatable {
    /// The line, from 1.
    let line: Int
    /// The column in characters, from 1.
    let column: Int

    /// The position of `offset` in `bytes`.
    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for k in 0..<end where bytes[k] == UInt8(ascii: "\n") {
            line += 1
            lineStart = k + 1
        }
        self.line = line
        self.column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).count + 1
    }
}
