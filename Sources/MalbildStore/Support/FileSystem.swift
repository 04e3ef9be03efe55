import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations the store needs, with `errno` turned into errors.
///
/// Foundation's `Data(contentsOf:)` and `write(to:options:.atomic)` neither fsync the
/// file nor the folder, and hide `errno`; these helpers do both plainly.
enum FileSystem {
    /// The outcome of trying to read a whole file.
    enum ReadResult {
        /// The file's bytes.
        case contents(Data)
        /// There is no file at the path.
        case missing
    }

    /// An absolute path with symbolic links resolved, so that every session names the same
    /// file the same way (the lock and the journal sit next to the real file).
    ///
    /// A path that does not exist yet is resolved through its folder.
    static func canonicalPath(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        if let real = realPath(path) { return real }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        if let realFolder = realPath(folder) {
            return (realFolder as NSString).appendingPathComponent(name)
        }
        return path
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Reads a whole regular file.
    ///
    /// Anything else is refused before a byte is read: a folder (`EISDIR`), and a FIFO, a
    /// device or a socket (`EINVAL`, with words saying what it is), so that a named pipe
    /// cannot hang the reader and `/dev/zero` cannot fill the memory. The file is opened
    /// without waiting (a FIFO with no writer would block `open` itself).
    static func readFile(path: String) throws(SystemCallError) -> ReadResult {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        if fd < 0 {
            if errno == ENOENT { return .missing }
            throw SystemCallError("open", path: path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemCallError("stat", path: path) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw SystemCallError("read", path: path, code: EISDIR) }
        if let kind = specialKind(info.st_mode) {
            throw SystemCallError("read", path: path, code: EINVAL, explanation: "it is \(kind), not a regular file")
        }
        // Reads of a regular file never wait; back to ordinary reads all the same.
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        // Read straight into one buffer of the size the file has (and a byte more, so that
        // the end is seen without growing it); it grows only if the file grows meanwhile.
        var data = Data(count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(data.count, 64 * 1024) }
            let count = data.withUnsafeMutableBytes { raw in
                raw.baseAddress.map { read(fd, $0 + filled, raw.count - filled) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("read", path: path)
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return .contents(data)
    }

    /// What a file that is neither a regular file nor a folder is, in words ("a FIFO (named
    /// pipe)", "a device"); nil for a regular file or a folder.
    static func specialKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// What the path names when it is there but is neither a regular file nor a folder
    /// (links followed): see `specialKind`. Nil when it is missing, a file or a folder.
    static func specialKind(path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return specialKind(info.st_mode)
    }

    /// Whether the path is a symbolic link whose target is missing.
    static func isDanglingLink(path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return false }
        return stat(path, &info) != 0
    }

    /// Whether the path names a file the user may not write (its permissions say so), as
    /// editors refuse to save over a read-only file although the folder would let them.
    static func isReadOnlyFile(path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        // No write bit at all counts for every user, the superuser too (as editors do).
        return (info.st_mode & 0o222) == 0 || (access(path, W_OK) != 0 && errno == EACCES)
    }

    /// Whether something (file, folder or link) exists at the path.
    static func exists(path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The modification time of a file, or nil when it cannot be read.
    static func modificationDate(path: String) -> Date? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        return Date(timeIntervalSince1970: seconds)
    }

    /// Writes all of `data` to `fd`, retrying short writes and EINTR.
    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(SystemCallError) {
        var failure: SystemCallError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            failure = writeAll(fd, raw, path: path)
        }
        if let failure { throw failure }
    }

    /// Writes all of `bytes` to a descriptor, going on after a partial write or an interruption.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(SystemCallError) {
        var failure: SystemCallError?
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            failure = writeAll(fd, raw, path: path)
        }
        if let failure { throw failure }
    }

    private static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer, path: String) -> SystemCallError? {
        guard let base = raw.baseAddress else { return nil }
        var offset = 0
        while offset < raw.count {
            let written = write(fd, base + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return SystemCallError("write", path: path)
            }
            offset += written
        }
        return nil
    }

    /// Flushes a file's data to the disk.
    static func sync(_ fd: Int32, path: String) throws(SystemCallError) {
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw SystemCallError("flush", path: path)
        }
    }

    /// Flushes a folder, so that a rename or removal in it survives a crash.
    ///
    /// Best effort: some file systems refuse to open or fsync folders, and by the time
    /// this runs the change itself has already happened.
    static func syncFolder(containing path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Opens a file descriptor (named apart from the `open` methods of callers); -1 with
    /// `errno` set on failure.
    static func openDescriptor(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        open(path, flags, mode)
    }

    /// Closes a file descriptor (named apart from the `close()` methods of callers).
    static func closeDescriptor(_ fd: Int32) {
        _ = close(fd)
    }

    /// Removes a file; a file that is already gone is not an error.
    static func removeFile(path: String) throws(SystemCallError) {
        if unlink(path) != 0 && errno != ENOENT { throw SystemCallError("remove", path: path) }
    }

    /// Renames a file, replacing any file at the destination.
    static func renameFile(from source: String, to destination: String) throws(SystemCallError) {
        if posixRename(source, destination) != 0 { throw SystemCallError("rename", path: source) }
    }

    /// A fresh name for a temporary file in the same folder as `path`, hidden and unique to
    /// this process: `.NAME.tmp-PID-RANDOM`.
    static func temporaryPath(near path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return (folder as NSString).appendingPathComponent(".\(name).tmp-\(getpid())-\(random)")
    }

    /// Writes a temporary file next to `path`, flushes it, and returns its path.
    ///
    /// On failure the temporary file is removed and the error thrown.
    static func writeTemporary(_ data: Data, near path: String, mode: mode_t = 0o644) throws(SystemCallError) -> String {
        let temporary = temporaryPath(near: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SystemCallError("create", path: temporary) }
        do {
            try writeAll(fd, data, path: temporary)
            try sync(fd, path: temporary)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0 else {
            let failure = SystemCallError("close", path: temporary)
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    /// Replaces the file at `path` with `data` atomically: a temporary file in the same
    /// folder, flushed, renamed over the target, then the folder flushed.
    ///
    /// Readers see either the old file or the new one, never a mix. On failure no temporary
    /// file is left behind and the old file is untouched. `beforeReplacing` runs after the
    /// new bytes are safely on disk and just before the rename; if it throws, nothing is
    /// replaced.
    static func replaceAtomically(
        path: String,
        with data: Data,
        mode: mode_t = 0o644,
        beforeReplacing: () throws -> Void = {}
    ) throws {
        let temporary = try writeTemporary(data, near: path, mode: existingMode(path: path) ?? mode)
        do {
            try beforeReplacing()
            try renameFile(from: temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
        syncFolder(containing: path)
    }

    /// The permission bits of an existing file, so that a replaced file keeps them.
    private static func existingMode(path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// `rename(2)`, named apart from Foundation's and the enum's own members.
private func posixRename(_ source: String, _ destination: String) -> Int32 {
    #if canImport(Glibc)
    return Glibc.rename(source, destination)
    #else
    return Darwin.rename(source, destination)
    #endif
}
