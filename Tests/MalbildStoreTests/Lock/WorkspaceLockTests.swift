import Foundation
import Testing
@testable import MalbildStore

@Suite("The workspace lock")
struct WorkspaceLockTests {
    /// Writes a lock file by hand, as another session would have.
    func writeLock(_ holder: LockHolder, for workspace: URL) throws {
        var data = try StoreCoding.makeEncoder(pretty: false).encode(holder)
        data.append(UInt8(ascii: "\n"))
        try data.write(to: WorkspaceLock.url(for: workspace))
    }

    func readLock(for workspace: URL) throws -> LockHolder {
        try StoreCoding.makeDecoder().decode(LockHolder.self, from: Data(contentsOf: WorkspaceLock.url(for: workspace)))
    }

    /// Now, to the whole second, as lock files keep it.
    func wholeSecondNow() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// Today at 10:42 local time.
    func todayAt1042() throws -> Date {
        try #require(Calendar(identifier: .gregorian).date(bySettingHour: 10, minute: 42, second: 0, of: Date()))
    }

    /// The id of a process that has ended and been reaped.
    func deadPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let pid = process.processIdentifier
        #expect(!WorkspaceLock.isProcessAlive(pid))
        return pid
    }

    @Test("acquire writes who holds the lock; release removes it, once")
    func acquireAndRelease() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let lock = try WorkspaceLock.acquire(for: workspace)
        #expect(lock.url.path == workspace.path + ".lock")
        #expect(lock.isHeld)
        #expect(lock.tookOverStaleLockFrom == nil)
        let holder = try readLock(for: workspace)
        #expect(holder == lock.holder)
        #expect(holder.pid == getpid())
        #expect(holder.user == LockHolder.currentUserName())
        #expect(holder.host == LockHolder.currentHostName())
        #expect(try folder.names() == ["ks.json.lock"])
        #expect(WorkspaceLock.holder(of: workspace) == holder)
        lock.release()
        #expect(!lock.isHeld)
        #expect(try folder.names().isEmpty)
        lock.release()
        #expect(try folder.names().isEmpty)
    }

    @Test("a lock held by a live process is refused, naming the process, user and time")
    func refusesLiveHolder() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let other = LockHolder(
            pid: getppid(), user: "anna", host: LockHolder.currentHostName(), since: try todayAt1042(),
            started: ProcessIdentity.startTicks(of: getppid()), boot: ProcessIdentity.bootID())
        try writeLock(other, for: workspace)
        let before = try folder.bytes("ks.json.lock")
        let error = try #require(throws: WorkspaceLockError.self) { try WorkspaceLock.acquire(for: workspace) }
        #expect(error.fault == .heldByAnotherSession(other))
        #expect(error.description == "\(workspace.path) is open in another Målbild session "
            + "(process \(getppid()), user anna, since 10:42); close it there first, "
            + "or if no such session runs any more, delete \(workspace.path).lock")
        #expect(try folder.bytes("ks.json.lock") == before)
        #expect(try folder.names() == ["ks.json.lock"])
    }

    @Test("a lock whose process id a later process has now is taken over: the start time tells them apart")
    func takesOverReusedProcessID() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let started = try #require(ProcessIdentity.startTicks(of: getppid()))
        let reused = LockHolder(
            pid: getppid(), user: "anna", host: LockHolder.currentHostName(), since: try todayAt1042(),
            started: started + 1, boot: ProcessIdentity.bootID())
        try writeLock(reused, for: workspace)
        let lock = try WorkspaceLock.acquire(for: workspace)
        #expect(lock.replacedStaleLock == reused)
        #expect(lock.holder.started == ProcessIdentity.startTicks(of: getpid()))
        // A lock from another boot is stale whatever its process id.
        lock.release()
        let otherBoot = LockHolder(
            pid: getppid(), user: "anna", host: LockHolder.currentHostName(), since: try todayAt1042(),
            started: started, boot: "another-boot")
        try writeLock(otherBoot, for: workspace)
        #expect(try WorkspaceLock.acquire(for: workspace).replacedStaleLock == otherBoot)
    }

    @Test("a session puts back a lock removed by hand and notices one taken by another session")
    func verifiesItsLock() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let lock = try WorkspaceLock.acquire(for: workspace)
        try lock.verify()
        // Removed by hand: put back as it was.
        let record = try Data(contentsOf: lock.url)
        try FileManager.default.removeItem(at: lock.url)
        try lock.verify()
        #expect(try Data(contentsOf: lock.url) == record)
        // Taken by another session: lost.
        try FileManager.default.removeItem(at: lock.url)
        let other = try WorkspaceLock.acquire(for: workspace)
        let error = try #require(throws: WorkspaceLockError.self) { try lock.verify() }
        #expect(error.fault == .lost(nowHeldBy: other.holder))
        lock.release()
        #expect(FileManager.default.fileExists(atPath: other.url.path), "releasing a lost lock leaves the new holder's")
    }

    @Test("a lock left by a process that has ended is taken over, and says from whom")
    func takesOverStaleLock() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let pid = try deadPid()
        let stale = LockHolder(pid: pid, user: "anna", host: LockHolder.currentHostName(), since: wholeSecondNow())
        try writeLock(stale, for: workspace)
        let lock = try WorkspaceLock.acquire(for: workspace)
        #expect(lock.tookOverStaleLockFrom == pid)
        #expect(lock.replacedStaleLock == stale)
        #expect(try readLock(for: workspace).pid == getpid())
        lock.release()
        #expect(try folder.names().isEmpty)
    }

    @Test("a leftover lock of this very process is taken over without a report")
    func takesOverOwnLeftover() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try writeLock(LockHolder(pid: getpid(), user: "x", host: LockHolder.currentHostName(), since: wholeSecondNow()), for: workspace)
        let lock = try WorkspaceLock.acquire(for: workspace)
        #expect(lock.tookOverStaleLockFrom == nil)
        #expect(try readLock(for: workspace).token == lock.holder.token)
    }

    @Test("a lock from another host is refused: whether it lives cannot be told")
    func refusesOtherHost() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let other = LockHolder(pid: try deadPid(), user: "anna", host: "kommunhuset-42", since: wholeSecondNow())
        try writeLock(other, for: workspace)
        let error = try #require(throws: WorkspaceLockError.self) { try WorkspaceLock.acquire(for: workspace) }
        #expect(error.fault == .heldOnAnotherHost(other))
        #expect(error.description.contains("on kommunhuset-42"))
        #expect(error.description.contains("delete \(workspace.path).lock"))
    }

    @Test("a lock file that does not say who holds it is refused with advice")
    func unreadableLock() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        try folder.write("garbage", to: "ks.json.lock")
        let error = try #require(throws: WorkspaceLockError.self) { try WorkspaceLock.acquire(for: workspace) }
        guard case .unreadableLock = error.fault else {
            Issue.record("expected unreadableLock, got \(error.fault)")
            return
        }
        #expect(try folder.text("ks.json.lock") == "garbage")
    }

    @Test("release leaves a lock that another session has since taken over")
    func releaseOnlyOwnLock() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        let lock = try WorkspaceLock.acquire(for: workspace)
        let successor = LockHolder(pid: getppid(), user: "bo", host: LockHolder.currentHostName(), since: wholeSecondNow())
        try writeLock(successor, for: workspace)
        lock.release()
        #expect(try readLock(for: workspace) == successor)
    }

    @Test("the lock is released when the object goes away")
    func releasedOnDeinit() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("ks.json")
        do {
            let lock = try WorkspaceLock.acquire(for: workspace)
            #expect(lock.isHeld)
        }
        #expect(try folder.names().isEmpty)
    }

    @Test("a folder that cannot hold the lock gives a clear error")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let workspace = folder.file("nowhere/ks.json")
        let error = try #require(throws: WorkspaceLockError.self) { try WorkspaceLock.acquire(for: workspace) }
        guard case .cannotCreate = error.fault else {
            Issue.record("expected cannotCreate, got \(error.fault)")
            return
        }
        #expect(error.description.hasPrefix("cannot lock \(workspace.path): "))
    }

    @Test("a start time on another day shows the date")
    func sinceOtherDay() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let holder = LockHolder(pid: 1, user: "anna", host: "h", since: Date(timeIntervalSince1970: 1_556_620_920))
        #expect(holder.sinceText(now: Date(timeIntervalSince1970: 1_556_620_920 + 600), timeZone: utc) == "10:42")
        #expect(holder.sinceText(now: Date(timeIntervalSince1970: 1_556_620_920 + 86_400), timeZone: utc)
            == "2019-04-30 10:42")
    }
}
