/// The report page's style sheet: readable on screen, and A4 pages in print.
enum HTMLStyle {
    /// The CSS, inlined in the page's head.
    static let css = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
      color: #1a1a1a; background: #fff; max-width: 180mm; margin: 2em auto; padding: 0 1em; }
    h1 { font-size: 20pt; margin: 0 0 .3em; }
    h2 { font-size: 15pt; border-bottom: 2px solid #444; padding-bottom: .15em; margin: 1.6em 0 .5em; }
    h3 { font-size: 12.5pt; margin: 1.2em 0 .2em; }
    h4 { font-size: 11pt; margin: 1em 0 .3em; }
    p { margin: .35em 0; }
    .text { white-space: pre-line; }
    .kind { font-style: italic; color: #444; margin-top: 0; }
    .lead { color: #333; }
    .note { border-left: 4px solid #8a6d00; background: #fbf5e0; padding: .3em .6em; }
    .statement { font-style: italic; }
    article.goal { border-top: 1px solid #bbb; margin-top: 1.2em; }
    table { border-collapse: collapse; width: 100%; margin: .4em 0 .6em; font-size: 9.5pt; }
    caption { text-align: left; font-weight: bold; padding-bottom: .2em; }
    th, td { border: 1px solid #999; padding: .25em .4em; text-align: left; vertical-align: top; }
    thead th { background: #eee; }
    td.num { text-align: right; white-space: nowrap; }
    table.grades { width: auto; min-width: 50%; }
    table.grades caption { white-space: nowrap; }
    .meta { color: #555; font-size: 8.5pt; font-weight: normal; }
    .grade { display: inline-block; padding: 0 .45em; border: 1px solid #666; border-radius: 3px; white-space: nowrap; }
    .grade .symbol { font-weight: bold; }
    .grade-met { background: #dcefd6; }
    .grade-partly { background: #fbf0c4; }
    .grade-notMet { background: #f5d3ce; }
    .grade-notAssessed, .grade-unknown { background: #eee; }
    .example { font-size: 8pt; font-style: italic; border: 1px dashed #666; border-radius: 2px; padding: 0 .2em;
      text-decoration: none; }
    figure.chart { margin: .3em 0 1em; }
    figure.chart svg { display: block; width: 100%; max-width: 170mm; height: auto; }
    figcaption { font-size: 9pt; color: #444; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
      h1, h2, h3, h4, .kind { break-after: avoid; page-break-after: avoid; }
      table, figure, tr, .appraisal { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      a { color: inherit; text-decoration: none; }
      .grade, .note, thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """
}
