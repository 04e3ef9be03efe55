import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock that keeps a second session from opening the same workspace file for writing:
/// `FILE.json.lock`, holding the process id, user, host and start time as JSON.
///
/// The lock file appears atomically with its contents: they are written to a temporary
/// file that is then hard-linked to the lock's name, which fails if a lock exists (on file
/// systems without hard links, `open` with `O_CREAT | O_EXCL` instead). A lock left by a
/// process that is no longer running on this host is taken over. The lock is released by
/// `release()` or when the object goes away, and only if it is still ours.
public final class WorkspaceLock {
    /// The lock file.
    public let url: URL
    /// The workspace file it guards.
    public let workspaceURL: URL
    /// What this lock records about us.
    public let holder: LockHolder
    /// The process id of a dead session whose lock was taken over, so the shell can say so;
    /// nil when the lock was free (or was a leftover of this very process).
    public let tookOverStaleLockFrom: Int32?
    /// The full record of the stale lock that was taken over, when there was one.
    public let replacedStaleLock: LockHolder?
    /// Whether the lock is still held by this object.
    public private(set) var isHeld: Bool
    /// The lock file's bytes when `verify` last found this holder's token in them: the same
    /// bytes again need no second decoding (`verify` runs before every journal line).
    private var verifiedBytes: Data?
    /// The lock file as it was (taken before reading it) when it was last found to be ours.
    private var verifiedStamp: Stamp?

    /// Which file is at a path and when it last changed: any write to it, or another file
    /// put in its place, gives another stamp.
    private struct Stamp: Equatable {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let modified: [Int]
        let changed: [Int]

        /// The stamp of the file at `path`; nil when there is none.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
            changed = [Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
        }
    }

    private let path: String

    private init(workspaceURL: URL, path: String, holder: LockHolder, replaced: LockHolder?) {
        self.workspaceURL = workspaceURL
        self.path = path
        self.url = URL(fileURLWithPath: path)
        self.holder = holder
        self.replacedStaleLock = replaced
        self.tookOverStaleLockFrom = replaced?.pid
        self.isHeld = true
    }

    deinit {
        release()
    }

    /// The lock file for a workspace file: the same path with `.lock` added.
    public static func url(for workspaceURL: URL) -> URL {
        URL(fileURLWithPath: lockPath(for: workspaceURL))
    }

    private static func lockPath(for workspaceURL: URL) -> String {
        FileSystem.canonicalPath(of: workspaceURL) + ".lock"
    }

    /// Who holds the lock of a workspace file now, or nil when it is free or unreadable.
    public static func holder(of workspaceURL: URL) -> LockHolder? {
        guard case .contents(let data)? = try? FileSystem.readFile(path: lockPath(for: workspaceURL)) else { return nil }
        return try? StoreCoding.makeDecoder().decode(LockHolder.self, from: data)
    }

    /// Whether a process with this id runs on this host (`kill(pid, 0)` succeeds, or fails
    /// only for lack of permission).
    public static func isProcessAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// When this process started, in clock ticks after boot; nil where the system does not
    /// say. Names of files a session leaves (its unsaved work) carry it, so that a later
    /// process given the same id is told apart.
    public static var currentProcessStart: UInt64? {
        ProcessIdentity.startTicks(of: getpid())
    }

    /// Locks a workspace file for this session.
    ///
    /// - Throws: `WorkspaceLockError`: `.heldByAnotherSession` when a live process on this
    ///   host holds it, `.heldOnAnotherHost` when a session elsewhere does, `.unreadableLock`,
    ///   `.cannotCreate` (such as a folder that cannot be written), `.busy`.
    public static func acquire(for workspaceURL: URL) throws -> WorkspaceLock {
        let path = lockPath(for: workspaceURL)
        let shown = workspaceURL.standardizedFileURL.path
        func failure(_ fault: WorkspaceLockError.Fault) -> WorkspaceLockError {
            WorkspaceLockError(path: shown, lockPath: path, fault: fault)
        }
        let me = LockHolder.current()
        var content: Data
        do {
            content = try StoreCoding.makeEncoder(pretty: false).encode(me)
        } catch {
            throw failure(.cannotCreate(reason: String(describing: error)))
        }
        content.append(UInt8(ascii: "\n"))
        var replaced: LockHolder?
        for _ in 0..<5 {
            do {
                if try create(path: path, content: content) {
                    return WorkspaceLock(workspaceURL: workspaceURL, path: path, holder: me, replaced: replaced)
                }
            } catch {
                throw failure(.cannotCreate(reason: error.description))
            }
            let existing: Data
            do {
                guard case .contents(let data) = try FileSystem.readFile(path: path) else { continue }
                existing = data
            } catch {
                throw failure(.unreadableLock(detail: error.reason))
            }
            let other: LockHolder
            do {
                other = try StoreCoding.makeDecoder().decode(LockHolder.self, from: existing)
            } catch {
                throw failure(.unreadableLock(detail: "it does not hold a Målbild lock record"))
            }
            guard other.host == me.host else { throw failure(.heldOnAnotherHost(other)) }
            if other.pid != me.pid || (other.started != nil && me.started != nil && other.started != me.started) {
                if other.isRunning { throw failure(.heldByAnotherSession(other)) }
                replaced = other
            }
            // Stale: remove it, unless it changed since it was read.
            if case .contents(let again)? = try? FileSystem.readFile(path: path), again == existing {
                do {
                    try FileSystem.removeFile(path: path)
                } catch {
                    throw failure(.cannotCreate(reason: "the stale lock cannot be removed: \(error.reason)"))
                }
            }
        }
        throw failure(.busy)
    }

    /// Creates the lock file with its contents in one step; false when a lock file exists.
    private static func create(path: String, content: Data) throws(SystemCallError) -> Bool {
        let temporary = try FileSystem.writeTemporary(content, near: path)
        defer { unlink(temporary) }
        if link(temporary, path) == 0 {
            FileSystem.syncFolder(containing: path)
            return true
        }
        let code = errno
        if code == EEXIST { return false }
        guard [EPERM, EOPNOTSUPP, ENOTSUP, ENOSYS, EMLINK, EXDEV].contains(code) else {
            throw SystemCallError("create", path: path, code: code)
        }
        // A file system without hard links.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw SystemCallError("create", path: path)
        }
        defer { FileSystem.closeDescriptor(fd) }
        do {
            try FileSystem.writeAll(fd, content, path: path)
            try FileSystem.sync(fd, path: path)
        } catch {
            unlink(path)
            throw error
        }
        return true
    }

    /// Checks that the lock file is still this one, not taken over by another session; one
    /// removed by hand is put back. Call before writing the workspace or its journal.
    ///
    /// - Throws: `WorkspaceLockError` with `.lost`, naming who holds it now if anyone.
    public func verify() throws {
        var shown: String { workspaceURL.standardizedFileURL.path }
        guard isHeld else { throw WorkspaceLockError(path: shown, lockPath: path, fault: .lost(nowHeldBy: nil)) }
        // The same file, not written since it was last read and found ours: one stat, no read.
        let stamp = Stamp(path: path)
        if let stamp, stamp == verifiedStamp { return }
        var current: LockHolder?
        switch try? FileSystem.readFile(path: path) {
        case .contents(let data)?:
            verifiedStamp = nil
            if let verifiedBytes, verifiedBytes == data {
                verifiedStamp = stamp
                return
            }
            current = try? StoreCoding.makeDecoder().decode(LockHolder.self, from: data)
            if current?.token == holder.token {
                verifiedBytes = data
                verifiedStamp = stamp
            }
        case .missing?:
            // Removed by hand: no other session can have opened the file since (its journal names
            // this live process as its writer), so the lock is put back as it was.
            if var content = try? StoreCoding.makeEncoder(pretty: false).encode(holder) {
                content.append(UInt8(ascii: "\n"))
                if (try? Self.create(path: path, content: content)) == true { return }
            }
            current = nil
        case nil:
            current = nil
        }
        guard let current, current.token == holder.token else {
            throw WorkspaceLockError(path: shown, lockPath: path, fault: .lost(nowHeldBy: current))
        }
    }

    /// Removes the lock file if it is still ours (another session may have taken over a lock
    /// it judged stale). Does nothing the second time.
    ///
    /// Best effort: a lock file that cannot be removed names a process that has ended, and
    /// the next session takes it over.
    public func release() {
        guard isHeld else { return }
        isHeld = false
        guard case .contents(let data)? = try? FileSystem.readFile(path: path),
              let current = try? StoreCoding.makeDecoder().decode(LockHolder.self, from: data),
              current.token == holder.token
        else { return }
        if (try? FileSystem.removeFile(path: path)) != nil {
            FileSystem.syncFolder(containing: path)
        }
    }
}
