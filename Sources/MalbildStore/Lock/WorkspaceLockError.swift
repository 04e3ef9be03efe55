/// Why a workspace could not be locked: the workspace's path, the lock file, and
/// the fault.
public struct WorkspaceLockError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    public enum Fault: Equatable, Sendable {
        /// A live session on this host holds the lock.
        case heldByAnotherSession(LockHolder)
        /// A session on another host holds the lock; whether it still runs cannot be told.
        case heldOnAnotherHost(LockHolder)
        /// A lock file exists but does not say who holds it.
        case unreadableLock(detail: String)
        /// The lock file could not be created.
        case cannotCreate(reason: String)
        /// The lock file kept changing while it was being taken over.
        case busy
        /// A session's own lock was removed, or taken by another session (`nowHeldBy`), while
        /// it had the file open: it may no longer write the file or its journal.
        case lost(nowHeldBy: LockHolder?)
        /// The workspace's journal is written by a live process (`pid`) whose lock was removed.
        case journalInUse(pid: Int32)
    }

    /// The workspace file.
    public let path: String
    /// The lock file.
    public let lockPath: String
    /// What is wrong.
    public let fault: Fault

    /// Creates an error about a lock.
    public init(path: String, lockPath: String, fault: Fault) {
        self.path = path
        self.lockPath = lockPath
        self.fault = fault
    }

    /// A sentence naming the file, who holds it and what to do.
    public var description: String {
        switch fault {
        case .heldByAnotherSession(let holder):
            return "\(path) is open in another Målbild session (\(holder.summary)); close it there first, "
                + "or if no such session runs any more, delete \(lockPath)"
        case .heldOnAnotherHost(let holder):
            return "\(path) is open in another Målbild session on \(holder.host) (\(holder.summary)); "
                + "close it there first, or if that session is gone, delete \(lockPath)"
        case .unreadableLock(let detail):
            return "\(path) may be open in another Målbild session: its lock file \(lockPath) cannot be read "
                + "(\(detail)); if no other session has it open, delete \(lockPath)"
        case .cannotCreate(let reason):
            return "cannot lock \(path): \(reason)"
        case .lost(let holder):
            let how = holder.map { "was taken by another Målbild session (\($0.summary))" } ?? "was removed"
            return "this session no longer holds \(path): its lock \(lockPath) \(how) while the file was open; "
                + "nothing was written to the file or its journal. Keep this session's work with save OTHER.json"
        case .journalInUse(let pid):
            return "\(path) is open in another Målbild session (process \(pid)): its journal is still written by it "
                + "although its lock \(lockPath) was removed; close that session first"
        case .busy:
            return "cannot lock \(path): its lock file \(lockPath) kept changing while it was being taken; try again"
        }
    }
}
