import Foundation
import Testing

/// A Swedish screen has no English word of the interface on it: the whole Swedish
/// transcript (`svenska-hel.mal`, every command) is run by the real binary and each
/// line of its output is searched for the English words the interface uses.
///
/// One marker in the script, `# both-languages`, leaves the output of the next command
/// out: the glossary, which explains each word in both languages. Everything else is
/// checked, the edits, differences and log the domain hands over as values included.
@Suite struct SwedishScreenTests {
    /// English words and phrases the interface uses; each is looked for as a whole word.
    static let englishWords = [
        "measurable", "influenceable", "resourced", "steering", "supporting", "does not exist", "unknown",
        "usage", "goal", "goals", "forecast", "assess", "qualitative", "indicator", "indicators", "checkpoint",
        "title", "ambition", "kind", "owner", "draft", "proposed", "decided", "none", "yes", "missing",
        "added", "removed", "changed", "folder", "file", "the", "and", "of", "with", "is", "set", "show",
        "add", "remove", "rename", "help", "compare", "diff", "import", "urls", "rank", "warning", "error",
        "undo", "redo", "saved", "workspace", "result", "activity", "activities", "not", "to", "for",
        "from", "are", "was", "this", "untitled", "women", "value", "values", "note", "cannot", "new",
        "corrected", "unchanged", "lesson", "hint", "type", "choose", "chosen", "recorded", "group", "name",
    ]

    /// The markers, and what each leaves out.
    static let markers = ["# both-languages"]

    @Test func aSwedishScreenHasNoEnglishWordOfTheInterface() throws {
        let name = "svenska-hel"
        let folder = TranscriptTests.folder
        let script = try String(contentsOf: folder.appendingPathComponent(name + ".mal"), encoding: .utf8)
        let work = try TemporaryFolder()
        try FileManager.default.copyItem(at: folder.appendingPathComponent(name + ".mal"),
                                         to: work.url.appendingPathComponent(name + ".mal"))
        let extra = folder.appendingPathComponent(name + ".files")
        for item in try FileManager.default.contentsOfDirectory(atPath: extra.path) {
            try FileManager.default.copyItem(at: extra.appendingPathComponent(item), to: work.url.appendingPathComponent(item))
        }
        let result = try Malbild.run(["run", name + ".mal", "--demo", "--lang", "sv", "--echo"], in: work.url)

        // The commands whose output is left out: the line after a marker.
        let lines = script.components(separatedBy: "\n")
        var skipped = Set<String>()
        for (i, line) in lines.enumerated() where Self.markers.contains(where: line.hasPrefix) && i + 1 < lines.count {
            skipped.insert(lines[i + 1])
        }
        #expect(!skipped.isEmpty)

        var checked = 0
        var skipping = false
        var found: [String] = []
        for line in result.output.components(separatedBy: "\n") {
            // An echoed command (`ks2019* mål 6> skillnad`) starts the next command's output.
            if let command = Self.echoedCommand(line) {
                skipping = skipped.contains(command)
                continue
            }
            guard !skipping else { continue }
            checked += 1
            let words = Self.english(in: line)
            if !words.isEmpty { found.append("\(words): \(line)") }
        }
        #expect(checked > 500, "too little output was checked: \(checked) lines")
        #expect(found.isEmpty, "English on the Swedish screen:\n\(found.joined(separator: "\n"))")
    }

    /// The test finds what it is meant to find: an English line is caught, a Swedish one is not.
    @Test func theWordListCatchesEnglish() {
        #expect(Self.english(in: "  influenceable ? okänt") == ["influenceable"])
        #expect(Self.english(in: "fel: /tmp/nii does not exist").contains("does not exist"))
        #expect(Self.english(in: "Mål 5, mätbar: ✗ nej").isEmpty)
        #expect(Self.english(in: "  kolada-kpi.json https://api.kolada.se/v3/kpi/N00999 --women").isEmpty)
    }

    /// The command of an echoed line, or nil for a line of output.
    static func echoedCommand(_ line: String) -> String? {
        guard let range = line.range(of: "> ") else { return nil }
        let prompt = line[..<range.lowerBound]
        // A prompt is the workspace's name, perhaps `*`, `mål N`, a lesson or a step of a replay.
        let pattern = #"^(\[\d+/\d+\] )?(lektion \d+ )?[\w.-]+\*?( mål \d+)?$"#
        guard prompt.range(of: pattern, options: .regularExpression) != nil else { return nil }
        return String(line[range.upperBound...])
    }

    /// The English words of the list in a line, leaving out paths, addresses, file names
    /// and option names (`--women`), which are typed, not read.
    static func english(in line: String) -> [String] {
        let text = line.split(separator: " ")
            .filter { !$0.contains("/") && !$0.hasPrefix("[--") && !$0.hasPrefix("--") && !$0.contains(".json") && !$0.contains(".mal") }
            .joined(separator: " ")
        return englishWords.filter { word in
            text.range(of: #"(?<![\p{L}\-])"# + NSRegularExpression.escapedPattern(for: word) + #"(?![\p{L}\-])"#,
                       options: [.regularExpression, .caseInsensitive]) != nil
        }
    }
}
