import Foundation
import Testing

@testable import LineEditing

@Suite struct HistoryFileTests {
    @Test func explicitVariableWins() {
        let url = EditLineReader.historyFileURL(environment: [
            "MALBILD_HISTORY": "/tmp/h/malbild-history",
            "XDG_STATE_HOME": "/state",
            "HOME": "/home/anna",
        ])
        #expect(url?.path == "/tmp/h/malbild-history")
    }

    @Test func emptyExplicitVariableMeansNoHistory() {
        let url = EditLineReader.historyFileURL(environment: [
            "MALBILD_HISTORY": "", "XDG_STATE_HOME": "/state", "HOME": "/home/anna",
        ])
        #expect(url == nil)
    }

    @Test func xdgStateHomeComesNext() {
        let url = EditLineReader.historyFileURL(environment: [
            "XDG_STATE_HOME": "/state", "HOME": "/home/anna",
        ])
        #expect(url?.path == "/state/malbild/history")
    }

    @Test func relativeOrEmptyXDGStateHomeIsIgnored() {
        for state in ["", "relative/state"] {
            let url = EditLineReader.historyFileURL(environment: [
                "XDG_STATE_HOME": state, "HOME": "/home/anna",
            ])
            #expect(url?.path == "/home/anna/.local/state/malbild/history")
        }
    }

    @Test func homeIsTheDefault() {
        let url = EditLineReader.historyFileURL(environment: ["HOME": "/home/anna"])
        #expect(url?.path == "/home/anna/.local/state/malbild/history")
    }

    @Test func noHomeMeansNoHistory() {
        #expect(EditLineReader.historyFileURL(environment: [:]) == nil)
    }
}
