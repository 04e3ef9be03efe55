import MalbildCore

/// The decision's paragraph drafted from a workspace, in Swedish, or the
/// list of what the working committee's proposal changes from the decided
/// text; written as plain text, Markdown or HTML (a Word file is made from
/// the Markdown by the caller, with pandoc).
public enum DecisionDocument {
    /// What to write.
    public enum Content: Sendable {
        /// The decision as the minutes lay it out.
        case draft
        /// What the proposal changes from the decided text, goal by goal.
        case changes
    }

    /// The document in a format; `.docx` gives the Markdown to convert.
    public static func render(_ w: Workspace, content: Content = .draft, format: DecisionFormat) -> String {
        let blocks = content == .draft ? DecisionDraft.blocks(w) : DecisionChanges.blocks(w)
        switch format {
        case .text: return text(blocks)
        case .markdown, .docx: return markdown(blocks)
        case .html:
            let title = content == .draft ? [w.decision.paragraph, w.decision.title].filter { !$0.isEmpty }.joined(separator: " ")
                : DecisionWords.changesTitle
            return html(blocks, title: title)
        }
    }

    /// Plain text as the minutes give it: headings on a line of their own,
    /// blank lines between paragraphs, the goals under their areas.
    static func text(_ blocks: [DecisionBlock]) -> String {
        var out: [String] = []
        var joined = false
        for block in blocks {
            if !joined, !out.isEmpty { out.append("") }
            joined = false
            switch block {
            case .paragraphNumber(let text), .title(let text), .text(let text): out.append(text)
            case .heading(let text): out.append(text); joined = true
            case .area(let text): out.append(text + ":"); joined = true
            case .goal(let text): out.append(text); joined = true
            case .proposalMark: out.append(DecisionWords.proposal); joined = true
            case let .labelled(label, text): out.append("\(label): \(text)")
            case .bullets(let items): out += items.map { "• " + $0 }
            case .lines(let items): out += items
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown: headings for the paragraph, the sections, areas and goals.
    static func markdown(_ blocks: [DecisionBlock]) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .paragraphNumber(let text), .title(let text): out.append("# " + MarkdownText.inline(text))
            case .heading(let text): out.append("## " + MarkdownText.inline(text))
            case .area(let text): out.append("### " + MarkdownText.inline(text))
            case .goal(let text): out.append("#### " + MarkdownText.inline(text))
            case .proposalMark: out.append("*" + DecisionWords.proposal + "*")
            case let .labelled(label, text): out.append("**\(MarkdownText.inline(label)):** " + MarkdownText.inline(text))
            case .text(let text): out.append(MarkdownText.inline(text))
            case .bullets(let items): out.append(items.map { "- " + MarkdownText.inline($0, indent: "  ") }.joined(separator: "\n"))
            case .lines(let items): out += items.map { MarkdownText.inline($0) }
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// One HTML page, printable on A4.
    static func html(_ blocks: [DecisionBlock], title: String) -> String {
        let e = HTMLText.escape
        var body: [String] = []
        for block in blocks {
            switch block {
            case .paragraphNumber(let text): body.append("<p class=\"paragraph\">\(e(text))</p>")
            case .title(let text): body.append("<h1>\(e(text))</h1>")
            case .heading(let text): body.append("<h2>\(e(text))</h2>")
            case .area(let text): body.append("<h3>\(e(text))</h3>")
            case .goal(let text): body.append("<h4>\(e(text))</h4>")
            case .proposalMark: body.append("<p class=\"proposal\">\(e(DecisionWords.proposal))</p>")
            case let .labelled(label, text): body.append("<p><strong>\(e(label)):</strong> \(e(text))</p>")
            case .text(let text): body.append("<p>\(e(text))</p>")
            case .bullets(let items): body.append("<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
            case .lines(let items): body.append("<p class=\"lines\">" + items.map(e).joined(separator: "<br/>") + "</p>")
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(e(title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// The page's style: the minutes' plain look, A4 in print.
    static let css = """
        @page { size: A4; margin: 20mm 20mm 22mm 25mm; }
        body { font-family: "Times New Roman", Georgia, serif; font-size: 12pt; line-height: 1.4; color: #000;
          background: #fff; max-width: 165mm; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 15pt; margin: .2em 0 .8em; }
        h2 { font-size: 12.5pt; margin: 1.2em 0 .2em; }
        h3 { font-size: 12pt; font-style: italic; margin: 1.2em 0 .2em; }
        h4 { font-size: 12pt; margin: .8em 0 .2em; }
        p { margin: .3em 0; }
        p.paragraph { font-weight: bold; font-size: 13pt; }
        p.proposal { font-style: italic; border-left: 3px solid #555; padding-left: .5em; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          p, li { orphans: 3; widows: 3; }
        }
        """
}
