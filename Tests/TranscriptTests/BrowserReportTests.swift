import Foundation
import Testing

/// The HTML report as a browser sees it: headless Chromium renders the demo's report and
/// one with hostile text in every field, and the rendered document (`--dump-dom`) must hold
/// no script element, no event-handler attribute and no `javascript:` address, and show
/// every goal's title. Skipped, with a message saying so, where Chromium is not installed
/// (`scripts/setup` installs it).
@Suite(.serialized) struct BrowserReportTests {
    /// The browser, if there is one.
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let hostile = [
        "<script>alert(1)</script>",
        "\\\" onload=\\\"alert(2)",
        "javascript:alert(3)",
        "<img src=x onerror=alert(4)>",
        "<a href=\\\"javascript:alert(5)\\\">länk</a>",
        "' onmouseover='alert(6)",
        "</title><script>alert(7)</script>",
        "<svg onload=alert(8)><desc>",
        "]]><iframe src=javascript:alert(9)>",
        "<style>*{}</style><body onload=alert(10)>",
    ]

    /// A script that puts hostile text in every field the report shows, then writes the report.
    static var hostileScript: String {
        func h(_ n: Int) -> String { "\"Fält \(n) " + hostile[n % hostile.count] + "\"" }
        return """
            workspace set name \(h(0))
            workspace set municipality \(h(1))
            workspace set body \(h(2))
            workspace set title \(h(3))
            workspace set reference \(h(4))
            workspace set paragraph \(h(5))
            workspace set proposal \(h(6))
            workspace set decision \(h(7))
            workspace set rule \(h(8))
            workspace add summary \(h(9))
            workspace add criterion \(h(10))
            workspace add followup \(h(11))
            workspace add document \(h(12))
            workspace add dispatch \(h(13))
            area add \(h(14)) --number 12
            area rename 1 \(h(15))
            goal add \(h(16)) --number 20
            set area 12
            set kind steering
            set ambition \(h(17))
            criteria resourced no \(h(18))
            criteria measurable yes \(h(19))
            strategy add \(h(20))
            document add \(h(21))
            note \(h(22))
            indicator add besok \(h(23)) --source kolada:N00945 --unit \(h(24))
            baseline besok 2018 10
            target besok 2019 20
            measure besok delår1 12 --women 11 --men 13 --status \(h(25))
            activity add \(h(26)) --owner \(h(27)) --due 2019-05-01
            forecast set 2 \(h(28))
            goal add \(h(29)) --number 21
            set kind supporting
            assess qualitative \(h(30)) --grade 2 --added-value \(h(31))
            goal 6
            set title \(h(32))
            forecast set 2 \(h(33))
            top
            report delår1 --format html --out report.html

            """
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (scripts/setup installs it): the browser check is skipped"))
    func theDemosReportRendersWithoutScript() throws {
        let work = try TemporaryFolder()
        let made = try Malbild.run(["report", "--demo", "--checkpoint", "delår1", "--format", "html", "--out", "report.html"], in: work.url)
        #expect(made.status == 0, "\(made.output)")
        let titles = try Self.titles(["--demo"], in: work.url)
        try Self.check(work.url.appendingPathComponent("report.html"), titles: titles)
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (scripts/setup installs it): the browser check is skipped"))
    func aReportOfHostileTextRendersWithoutScript() throws {
        let work = try TemporaryFolder()
        try Self.hostileScript.write(to: work.url.appendingPathComponent("hostile.mal"), atomically: true, encoding: .utf8)
        let made = try Malbild.run(["run", "hostile.mal", "--demo", "--bail"], in: work.url)
        #expect(made.status == 0, "\(made.output)")
        let html = try String(contentsOf: work.url.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Fält 16"), "the hostile goal is not in the report")
        let titles = try Self.titles(["--demo"], in: work.url, script: Self.hostileScript)
        #expect(titles.contains { $0.contains("<script>alert(7)</script>") })
        try Self.check(work.url.appendingPathComponent("report.html"), titles: titles)
    }

    /// The goals' titles, from a JSON report of the same workspace.
    static func titles(_ args: [String], in folder: URL, script: String = "") throws -> [String] {
        let lines = script.components(separatedBy: "\n").filter { !$0.hasPrefix("report ") }
            + ["report delår1 --format json --out titles.json"]
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("titles.mal"), atomically: true, encoding: .utf8)
        let made = try Malbild.run(["run", "titles.mal"] + args, in: folder)
        #expect(made.status == 0, "\(made.output)")
        let data = try Data(contentsOf: folder.appendingPathComponent("titles.json"))
        var titles: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let title = object["title"] as? String, object["number"] is Int, object["kind"] != nil { titles.append(title) }
                object.values.forEach(walk)
            } else if let list = value as? [Any] {
                list.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: data))
        #expect(!titles.isEmpty, "no goal titles in the JSON report")
        return Array(Set(titles)).sorted()
    }

    /// Renders the file in headless Chromium and checks the rendered document.
    static func check(_ file: URL, titles: [String]) throws {
        let dom = try render(file)
        #expect(dom.contains("<body"), "Chromium rendered no document:\n\(dom.prefix(500))")
        #expect(DOMScan.elements(dom).count > 20)
        let found = violations(dom)
        #expect(found.isEmpty, "\(found.count) unsafe elements: \(found.prefix(10))")
        let text = DOMScan.text(dom)
        for title in titles {
            let shown = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains(shown), "the title \"\(title)\" is not shown")
        }
    }

    /// Script elements, frames, event-handler attributes and `javascript:` addresses in a document.
    static func violations(_ dom: String) -> [String] {
        var found: [String] = []
        for element in DOMScan.elements(dom) {
            if ["script", "iframe", "object", "embed"].contains(element.name) { found.append("\(element)") }
            for (name, value) in element.attributes {
                let plain = value.filter { !$0.isWhitespace && $0 != "\0" }.lowercased()
                if name.hasPrefix("on") || plain.contains("javascript:") { found.append("\(element)") }
            }
        }
        return found
    }

    /// The check itself finds what it looks for, in a page that has it.
    @Test(.enabled(if: chromium != nil, "chromium is not installed (scripts/setup installs it): the browser check is skipped"))
    func theCheckFindsScriptInAPageThatHasIt() throws {
        let work = try TemporaryFolder()
        let page = work.url.appendingPathComponent("bad.html")
        try """
            <!DOCTYPE html><html><head><title>x</title></head><body>
            <p title="a > b" class="x">text &lt;script&gt; onload=</p>
            <script>var x = 1;</script><img src="x.png" onerror="x()"><a href=" JavaScript:x()">a</a>
            </body></html>
            """.write(to: page, atomically: true, encoding: .utf8)
        let found = Self.violations(try Self.render(page))
        #expect(found.count == 3, "\(found)")
    }

    /// The rendered document, as Chromium serialises it.
    static func render(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "chromium")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)", "--virtual-time-budget=2000", "--dump-dom", file.absoluteString]
        let dump = profile.appendingPathExtension("html")
        FileManager.default.createFile(atPath: dump.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: dump) }
        let output = try FileHandle(forWritingTo: dump)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + 120) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            done.wait()
            Issue.record("chromium did not finish rendering \(file.lastPathComponent) within 120 s")
        }
        return String(decoding: try Data(contentsOf: dump), as: UTF8.self)
    }
}

/// A small reader of serialised HTML: elements with their attributes, and the text between.
enum DOMScan {
    struct Element: CustomStringConvertible {
        var name: String
        var attributes: [(String, String)]
        var description: String { "<\(name) " + attributes.map { "\($0.0)=\"\($0.1)\"" }.joined(separator: " ") + ">" }
    }

    /// Every start tag, its name and attributes (values with their entities decoded).
    static func elements(_ html: String) -> [Element] {
        var out: [Element] = []
        let chars = Array(html.unicodeScalars)
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool { !c.properties.isWhitespace && c != ">" && c != "/" && c != "=" }
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1].properties.isAlphabetic else { i += 1; continue }
            i += 1
            var name = ""
            while i < chars.count, isNameChar(chars[i]) { name.unicodeScalars.append(chars[i]); i += 1 }
            var attributes: [(String, String)] = []
            while i < chars.count, chars[i] != ">" {
                if chars[i].properties.isWhitespace || chars[i] == "/" { i += 1; continue }
                var attribute = ""
                while i < chars.count, isNameChar(chars[i]) { attribute.unicodeScalars.append(chars[i]); i += 1 }
                var value = ""
                if i < chars.count, chars[i] == "=" {
                    i += 1
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                        let quote = chars[i]
                        i += 1
                        while i < chars.count, chars[i] != quote { value.unicodeScalars.append(chars[i]); i += 1 }
                        i += 1
                    } else {
                        while i < chars.count, !chars[i].properties.isWhitespace, chars[i] != ">" { value.unicodeScalars.append(chars[i]); i += 1 }
                    }
                }
                if attribute.isEmpty { i += 1 } else { attributes.append((attribute.lowercased(), decode(value))) }
            }
            out.append(Element(name: name.lowercased(), attributes: attributes))
        }
        return out
    }

    /// The text outside tags, entities decoded, runs of white space as one blank.
    static func text(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true; out.append(" "); continue }
            if c == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return decode(out).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }
}
