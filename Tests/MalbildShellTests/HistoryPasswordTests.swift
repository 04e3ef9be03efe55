import Testing
@testable import MalbildShell

/// A store address's password never reaches the line history, which is saved to a file.
@Suite struct HistoryPasswordTests {
    @Test func passwordsAreTakenOutOfAddressesAndNothingElseChanges() {
        #expect(Session.withoutPasswords("open postgresql://anna:Hemligt99@db.example/malbild?workspace=ks2024")
                == "open postgresql://anna@db.example/malbild?workspace=ks2024")
        #expect(Session.withoutPasswords("open 'postgres:///malbild?host=/tmp/s&password=x&workspace=ks'")
                == "open 'postgres:///malbild?host=/tmp/s&workspace=ks'")
        #expect(Session.withoutPasswords("open postgresql://anna@/malbild?workspace=ks") == "open postgresql://anna@/malbild?workspace=ks")
        #expect(Session.withoutPasswords("note \"ring anna:s kontor@stadshuset\"") == "note \"ring anna:s kontor@stadshuset\"")
        #expect(Session.withoutPasswords("set ambition \"Alla elever når målen\"") == "set ambition \"Alla elever når målen\"")
        #expect(Session.withoutPasswords("note \"se postgres-guiden: a:b@c\"") == "note \"se postgres-guiden: a:b@c\"")
    }
}
