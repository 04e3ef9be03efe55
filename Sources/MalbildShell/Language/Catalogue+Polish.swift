import MalbildCore
import MalbildStore

extension Catalogue {
    /// Dates typed without a year in a plan of several years, a date of two words before a
    /// name, a goal moved, pasted lines joined into one refused command, the manual source.
    static let polish: [Key: Phrase] = [
        .polDayNeedsYear: Phrase(
            "\"{0}\" has no year, and the plan period has several ({1}): write the year, as in {2}",
            "\"{0}\" har inget år, och planperioden har flera ({1}): skriv året, som i {2}"),
        .polDateNeedsQuotes: Phrase(
            "\"{0}\" is a date only with a name after it: write the date in quotes (\"{0}\") or as YYYY-MM-DD, then the name in quotes",
            "\"{0}\" är ett datum bara med ett namn efter: skriv datumet inom citattecken (\"{0}\") eller som ÅÅÅÅ-MM-DD, sedan namnet inom citattecken"),
        .diffMovedFrom: Phrase("moved from {0}", "flyttat från {0}"),
        .polPastedLinesJoined: Phrase(
            "The line was pasted: {0:its line break was|its # line breaks were} taken as {0:a blank|blanks}, so the pasted lines were one command (a paste is text, never commands). Paste or type one command at a time.",
            "Raden klistrades in: {0:dess radbrytning|dess # radbrytningar} blev {0:ett mellanslag|mellanslag}, så de inklistrade raderna blev ett kommando (inklistrad text körs aldrig som kommandon). Klistra in eller skriv ett kommando i taget."),
        .polSourceManual: Phrase("manual", "manuell"),
        .polLockHolder: Phrase("process {0}, user {1}, since {2}", "process {0}, användaren {1}, sedan {2}"),
    ]

    /// Who holds a workspace's lock: `process 1234, user anna, since 10:42`.
    func holderWords(_ holder: LockHolder) -> String {
        self(.polLockHolder, String(holder.pid), holder.user, holder.sinceText())
    }

    /// An indicator's source as the screen shows it: `kolada:N00945` as typed, and values
    /// entered by hand as `manual` in English, `manuell` in Swedish (both are read back).
    func sourceWord(_ source: IndicatorSource) -> String {
        source == .manual ? self(.polSourceManual) : source.description
    }

    /// A scale's name as a value of the log or a difference: a built-in scale by the name it is
    /// typed with on the screen (`tre` in Swedish), the workspace's own as it is.
    func scaleValue(_ value: ChangeValue) -> ChangeValue {
        guard case .text(let name) = value, GradeScale.all.contains(where: { $0.name == name }) else { return value }
        return .text(CommandWords.shown(name, in: language))
    }

    /// A source written as text (`manual`, `kolada:N00945`), shown as the source itself is.
    func sourceWord(_ text: String) -> String {
        text == IndicatorSource.manual.description ? self(.polSourceManual) : text
    }
}
