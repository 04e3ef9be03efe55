import Foundation

/// Writes the commands of a session to a script as they succeed, each after
/// a comment with the time and the focus, so the script replays the session.
final class Recorder {
    /// The script being written.
    let url: URL
    private let handle: FileHandle
    /// How many commands were written.
    private(set) var count = 0

    /// Starts a script; an existing file is never written over.
    init(url: URL, header: [String], t: Catalogue) throws {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw ShellError.failed(t(.recordExists, url.path))
        }
        guard FileManager.default.createFile(atPath: url.path, contents: Data(header.map { "# " + $0 + "\n" }.joined().utf8)) else {
            throw ShellError.failed(t(.cannotCreate, url.path))
        }
        guard let handle = FileHandle(forWritingAtPath: url.path) else { throw ShellError.failed(t(.cannotWriteFile, url.path)) }
        handle.seekToEndOfFile()
        self.url = url
        self.handle = handle
    }

    /// Appends a command with its comment, and flushes, so a crash keeps it. A command that
    /// cannot be written (a full disk) is cut off again and not counted.
    func record(_ command: String, comment: String) {
        let before = mark
        do {
            try handle.write(contentsOf: Data("# \(comment)\n\(command)\n".utf8))
            try? handle.synchronize()
            count += 1
        } catch {
            cut(to: before)
        }
    }

    /// Where the script ends now, and how many commands it holds: to cut it back to.
    var mark: (offset: UInt64, count: Int) {
        ((try? handle.offset()) ?? 0, count)
    }

    /// Cuts the script back to a mark: the commands written since are taken out (their
    /// changes were taken back).
    func cut(to mark: (offset: UInt64, count: Int)) {
        try? handle.truncate(atOffset: mark.offset)
        try? handle.seekToEnd()
        count = mark.count
    }

    /// Closes the script.
    func stop() {
        try? handle.close()
    }
}
