extension CommandTable {
    /// The shell's commands, in the order `help` lists them.
    public static var standard: CommandTable {
        CommandTable(commands: [help, glossary, language] + tutorial + navigation + editing + [textEdit] + indicators + followUp + calendar + activities + history + [log, diff, report, workspace] + imports + recording + [recover] + files)
    }
}
