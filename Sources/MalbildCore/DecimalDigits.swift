/// A whole number written as its decimal digits straight into bytes, as `String(value)` writes
/// it: for the files and journal lines that write many numbers, without a string for each.
public enum DecimalDigits {
    /// Appends the digits of `value`, with a minus sign when it is negative.
    public static func append(_ value: Int64, to bytes: inout [UInt8]) {
        withDigits(of: value) { bytes.append(contentsOf: $0) }
    }

    /// Gives `body` the digits of `value`, with a minus sign when it is negative.
    @inlinable
    public static func withDigits<Result>(of value: Int64, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        var magnitude = value.magnitude
        // Room for a minus sign and the 19 digits of the largest 64-bit number, filled from the end.
        var room: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return try withUnsafeMutableBytes(of: &room) { room in
            var count = 0
            repeat {
                count += 1
                room[room.count - count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                count += 1
                room[room.count - count] = UInt8(ascii: "-")
            }
            return try body(UnsafeRawBufferPointer(rebasing: room[(room.count - count)...]))
        }
    }
}
