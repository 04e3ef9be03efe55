import Foundation

/// Reads lines from a file descriptor, a file or a string, without prompts or editing: for
/// pipes, script files and tests.
///
/// Lines are decoded as UTF-8 (invalid bytes become U+FFFD). A line ends at `\n`; a `\r`
/// before it is dropped, so CRLF files read the same as LF files. A last line without a final
/// newline is still returned, and a UTF-8 byte order mark at the start is skipped. Input is
/// read in large blocks.
public final class PlainReader: LineReader {
    private static let blockSize = 64 * 1024

    private let fileDescriptor: Int32?
    private let closesDescriptor: Bool
    private var buffer: [UInt8] = []
    private var block = [UInt8](repeating: 0, count: PlainReader.blockSize)
    private var start = 0
    private var reachedEnd = false
    private var atBeginning = true

    /// A reader of `fileDescriptor` (standard input by default). The descriptor stays open
    /// when the reader goes away.
    public init(fileDescriptor: Int32 = 0) {
        self.fileDescriptor = fileDescriptor
        self.closesDescriptor = false
    }

    /// A reader of the file at `path`, closed when the reader goes away.
    /// - Throws: ``PlainReaderError`` when the file cannot be opened.
    public init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PlainReaderError(path: path, reason: String(cString: strerror(errno)))
        }
        self.fileDescriptor = descriptor
        self.closesDescriptor = true
    }

    /// A reader of the lines of `text`.
    public init(text: String) {
        self.fileDescriptor = nil
        self.closesDescriptor = false
        self.buffer = Array(text.utf8)
        self.reachedEnd = true
    }

    deinit {
        if closesDescriptor, let fileDescriptor {
            close(fileDescriptor)
        }
    }

    /// Never interactive.
    public var isInteractive: Bool { false }

    /// The next line; `prompt` is not shown.
    public func readLine(prompt: String) -> LineInput {
        while true {
            if atBeginning { skipByteOrderMark() }
            if !atBeginning, let newline = indexOfNewline() {
                let line = decode(start..<newline)
                start = newline + 1
                return .line(line)
            }
            if reachedEnd {
                atBeginning = false
                guard start < buffer.count else { return .endOfInput }
                let line = decode(start..<buffer.count)
                start = buffer.count
                return .line(line)
            }
            fill()
        }
    }

    /// Whether the next line can be read without waiting: it is read already, the input has
    /// ended, the input is a file (which never makes a read wait), or a pipe or terminal
    /// has bytes ready.
    public var hasInputReady: Bool {
        if reachedEnd || indexOfNewline() != nil { return true }
        guard let fileDescriptor else { return true }
        if readsRegularFile { return true }
        var ready = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&ready, 1, 0) > 0
    }

    /// Whether the descriptor is a regular file.
    private lazy var readsRegularFile: Bool = {
        guard let fileDescriptor else { return false }
        var info = stat()
        return fstat(fileDescriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }()

    /// Does nothing: plain input has no history.
    public func addHistory(_ line: String) {}

    /// Skips a UTF-8 byte order mark once enough bytes are there to tell.
    private func skipByteOrderMark() {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if buffer.starts(with: mark) {
            start = mark.count
            atBeginning = false
        } else if reachedEnd || !mark.starts(with: buffer) {
            atBeginning = false
        }
    }

    private func indexOfNewline() -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The line in `range` of the buffer, without a final carriage return.
    private func decode(_ range: Range<Int>) -> String {
        buffer.withUnsafeBufferPointer { bytes in
            var line = UnsafeBufferPointer(rebasing: bytes[range])
            if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            return String(decoding: line, as: UTF8.self)
        }
    }

    /// Reads the next block, dropping the bytes already returned.
    private func fill() {
        guard let fileDescriptor else {
            reachedEnd = true
            return
        }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        var bytesRead = 0
        repeat {
            bytesRead = block.withUnsafeMutableBytes { bytes in
                read(fileDescriptor, bytes.baseAddress, bytes.count)
            }
        } while bytesRead < 0 && errno == EINTR
        if bytesRead > 0 {
            block.withUnsafeBufferPointer {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<bytesRead]))
            }
        }
        if bytesRead <= 0 { reachedEnd = true }
    }
}
