import Foundation
import Testing
@testable import MalbildShell

/// `note --time` reads a real moment or refuses: a day or an hour that does not exist is
/// never moved to another.
@Suite struct NoteTimeReadingTests {
    @Test(arguments: ["2019-02-30T00:00:00Z", "2019-02-28T24:00:00Z", "2019-04-31T10:00:00Z", "2019-02-20T13:60:00Z",
                      "2019-02-20T13:30:60Z", "2019-13-01T00:00:00Z", "10000-01-01T00:00:00Z", "2019-02-20", "2019-02-29T00:00:00+01:00"])
    func aMomentThatDoesNotExistIsRefused(_ text: String) {
        #expect(ScriptExport.time(text) == nil)
    }

    @Test func realMomentsReadAsWritten() {
        #expect(ScriptExport.time("2019-02-20T13:30:00Z") == Date(timeIntervalSince1970: 1_550_669_400))
        #expect(ScriptExport.time("2019-02-20T13:30:00.250Z") == Date(timeIntervalSince1970: 1_550_669_400.25))
        #expect(ScriptExport.time("2019-02-20T14:30:00+01:00") == Date(timeIntervalSince1970: 1_550_669_400))
        #expect(ScriptExport.time("2020-02-29T23:59:59-05:30") != nil)
        // What `export` writes reads back to the same moment.
        let moment = Date(timeIntervalSince1970: 1_700_000_000.5)
        #expect(ScriptExport.time(ScriptExport.time(moment)) == moment)
    }
}
