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
                throw failure(.notAReportFormat, word)
            }
            format = f
        }
        let style: CSVStyle
        switch csvStyle.map(CommandWords.englishWord) {
        case nil, "excel": style = .swedishExcel
        case "plain": style = .plain
        case let other?: throw failure(.notACSVStyle, other)
        }
        let report: String
        do {
            report = try Report.render(consolidatedView(), checkpoint: checkpoint, format: format, csvStyle: style)
        } catch {
            throw ShellError.failed(message(for: error))
        }
        guard let out else {
            console.write(report.hasSuffix("\n") ? report : report + "\n")
            return
        }
        let url = URL(fileURLWithPath: out)
        if FileManager.default.fileExists(atPath: url.path) {
            if (try? WorkspaceFile<Workspace>.load(from: url)) != nil {
                throw failure(.reportOverWorkspace, url.path)
            }
            guard console.confirm(t(.writeOverQuestion, url.path), whenNotAsked: true) else {
                return say(.nothingWritten)
            }
        }
        try writeFile(Data(report.utf8), to: url)
        say(.reportWritten, checkpoint, format.rawValue, url.path)
    }

    /// Writes a whole file, replacing it at once, with errors that say what is wrong.
    func writeFile(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard !url.path.isEmpty, url.lastPathComponent != "." else { throw failure(.giveFileName) }
        try checkNameToWrite(url)
        try checkNotCompanion(url)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw failure(.isAFolder, url.path)
        }
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw failure(.folderMissing, url.path, folder.path)
        }
        // A link is followed to its file; a FIFO or a device is never replaced by a file.
        let target = WorkspaceFile<Workspace>.writeTarget(of: url)
        if target.isSpecial { throw failure(.notARegularFileToWrite, url.path) }
        try checkNotCompanion(URL(fileURLWithPath: target.path))
        do {
            try data.write(to: URL(fileURLWithPath: target.path), options: .atomic)
        } catch {
            throw failure(.cannotWrite, url.path, FileManager.default.isWritableFile(atPath: folder.path) ? t(.writeFailed) : t(.folderNotWritable))
        }
    }

    /// The format a file's ending suggests: `r.html` is HTML.
    static func format(forFile path: String) -> ReportFormat {
        let ending = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ReportFormat(rawValue: ending == "markdown" ? "md" : ending) ?? .markdown
    }
}
