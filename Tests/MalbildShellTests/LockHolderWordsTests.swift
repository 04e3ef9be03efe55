import Foundation
import Testing
@testable import MalbildShell
import MalbildStore

/// Who holds a workspace's lock is worded by the catalogue, in the screen's language.
@Suite struct LockHolderWordsTests {
    let holder = LockHolder(pid: 4242, user: "anna", host: LockHolder.currentHostName(), since: Date())

    @Test func aLockHeldIsToldInSwedishOnASwedishScreen() {
        let error = WorkspaceLockError(path: "/tmp/kf.json", lockPath: "/tmp/kf.json.lock", fault: .heldByAnotherSession(holder))
        let swedish = Catalogue(.sv).describe(error)
        #expect(swedish.contains("(process 4242, användaren anna, sedan \(holder.sinceText()))"), "\(swedish)")
        #expect(!swedish.contains("user") && !swedish.contains("since"), "\(swedish)")
        let english = Catalogue(.en).describe(error)
        #expect(english.contains("(process 4242, user anna, since \(holder.sinceText()))"), "\(english)")
    }

    @Test func aLockLostToAnotherSessionIsToldInSwedish() {
        let error = WorkspaceLockError(path: "/tmp/kf.json", lockPath: "/tmp/kf.json.lock", fault: .lost(nowHeldBy: holder))
        let swedish = Catalogue(.sv).describe(error)
        #expect(swedish.contains("användaren anna"), "\(swedish)")
        #expect(!swedish.contains("user anna"), "\(swedish)")
    }
}
