import Foundation
import MalbildCore
import MalbildReport
import MalbildStore

extension Session {
    /// `report`: renders the report and prints it or writes it to a file.
    public func writeReport(checkpoint: String, format text: String?, out: String?, csvStyle: String?) throws {
        let format: ReportFormat
        switch text?.lowercased() {
        case nil: format = out.map { Self.format(forFile: $0) } ?? .markdown
        case "markdown": format = .markdown
        case let word?:
            guard let f = ReportFormat(rawValue: word) else {
                throw ShellError.failed("\"\(word)\" is not a report format: use md, html, csv or json")
            }
            format = f
        }
        let style: CSVStyle
        switch csvStyle?.lowercased() {
        case nil, "excel": style = .swedishExcel
        case "plain": style = .plain
        case let other?: throw ShellError.failed("\"\(other)\" is not a CSV style: use excel or plain")
        }
        let report: String
        do {
            report = try Report.render(workspace, checkpoint: checkpoint, format: format, csvStyle: style)
        } catch {
            throw ShellError.failed(error.description)
        }
        guard let out else {
            console.write(report.hasSuffix("\n") ? report : report + "\n")
            return
        }
        let url = URL(fileURLWithPath: out)
        if FileManager.default.fileExists(atPath: url.path) {
            if (try? WorkspaceFile<Workspace>.load(from: url)) != nil {
                throw ShellError.failed("\(url.path) is a workspace file: a report is never written over one; choose another file")
            }
            guard console.confirm("\(url.path) exists; write over it?", whenNotAsked: true) else {
                return say("Nothing was written.")
            }
        }
        try Self.writeFile(Data(report.utf8), to: url)
        say("Wrote the \(checkpoint) report (\(format.rawValue)) to \(url.path).")
    }

    /// Writes a whole file, replacing it at once, with errors that say what is wrong.
    static func writeFile(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard !url.path.isEmpty, url.lastPathComponent != "." else { throw ShellError.failed("give a file name") }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw ShellError.failed("cannot write \(url.path): it is a folder")
        }
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw ShellError.failed("cannot write \(url.path): the folder \(folder.path) does not exist")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw ShellError.failed("cannot write \(url.path): " + (FileManager.default.isWritableFile(atPath: folder.path) ? "the write failed" : "the folder is not writable"))
        }
    }

    /// The format a file's ending suggests: `r.html` is HTML.
    static func format(forFile path: String) -> ReportFormat {
        let ending = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ReportFormat(rawValue: ending == "markdown" ? "md" : ending) ?? .markdown
    }
}
