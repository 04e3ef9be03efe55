import Foundation
import Testing
@testable import MalbildCore

/// The workspace's fields, held in a box its copies share: each copy changes alone, and the
/// file holds every field under its own name.
@Suite struct WorkspaceFieldsTests {
    /// The demo with every field that may be nil given a value.
    private func everyFieldSet() throws -> Workspace {
        var workspace = Workspace.demo
        var scale = GradeScale.threeLevel
        scale.name = "egen"
        _ = try workspace.apply(.setOwnScale(name: "egen", scale: scale))
        var years = Workspace.empty(name: "plan", years: 2024...2027)
        _ = try years.apply(.setOwnScale(name: "egen", scale: scale))
        #expect(years.lastPlanYear == 2027)
        #expect(workspace.ownScales?.count == 1)
        return workspace
    }

    @Test func everyFieldIsAMemberOfTheFile() {
        let fields = Mirror(reflecting: Workspace.demo).children.compactMap(\.label)
        #expect(fields == Workspace.CodingKeys.allCases.map(\.rawValue))
        #expect(fields.count == 17)
    }

    @Test func aWorkspaceReadsBackAsItWasWritten() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for workspace in [Workspace.demo, try everyFieldSet(), Workspace.empty(name: "plan", years: 2024...2027)] {
            let data = try encoder.encode(workspace)
            let back = try JSONDecoder().decode(Workspace.self, from: data)
            #expect(back == workspace)
            #expect(try encoder.encode(back) == data)
        }
        // A field that is nil is left out of the file, not written as null.
        let plain = String(decoding: try encoder.encode(Workspace.demo), as: UTF8.self)
        #expect(!plain.contains("\"ownScales\"") && !plain.contains("\"lastPlanYear\""))
        #expect(String(decoding: try encoder.encode(try everyFieldSet()), as: UTF8.self).contains("\"ownScales\":["))
    }

    @Test func aCopyChangesAloneWhicheverFieldChanges() throws {
        let original = Workspace.demo
        let title = try #require(original.goal(1)?.title)
        var changed = original
        _ = try changed.apply(.setTitle(goal: 1, title: "Ny rubrik"))
        #expect(original.goal(1)?.title == title)
        #expect(changed.goal(1)?.title == "Ny rubrik")
        #expect(changed != original)

        var scaled = original
        _ = try scaled.apply(.setScale(name: "five"))
        #expect(original.scaleName == Workspace.demo.scaleName)
        #expect(scaled != original)

        // A copy taken after a change shares nothing that a later change of either shows.
        var first = changed
        let second = first
        _ = try first.apply(.setTitle(goal: 1, title: "Tredje"))
        #expect(second.goal(1)?.title == "Ny rubrik")
        #expect(first.goal(1)?.title == "Tredje")
    }
}
