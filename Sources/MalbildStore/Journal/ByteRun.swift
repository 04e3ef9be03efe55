/// A run of bytes that grows as bytes are appended, written straight through a pointer: for a
/// journal line, written a few bytes at a time, where an array's checks on each append would
/// cost more than the bytes themselves. Its memory is its own and freed with it.
struct ByteRun: ~Copyable {
    private var base: UnsafeMutableRawPointer
    /// How many bytes it holds.
    private(set) var count = 0
    private var capacity: Int

    /// An empty run with room for `capacity` bytes before it first grows.
    init(capacity: Int = 512) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutableRawPointer.allocate(byteCount: self.capacity, alignment: 1)
    }

    deinit { base.deallocate() }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).copyMemory(from: start, byteCount: bytes.count)
        count += bytes.count
    }

    /// Gives the bytes held to `body`.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// At least doubles the room, so that appending stays linear.
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let larger = max(capacity * 2, needed)
        let moved = UnsafeMutableRawPointer.allocate(byteCount: larger, alignment: 1)
        moved.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}

extension ByteRun: ByteSink {}
