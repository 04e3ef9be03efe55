/// What a log entry records as done, as a value: worded by the shell in the
/// screen's language when the log, undo, redo or status show it.
public indirect enum LogChange: Codable, Equatable, Sendable {
    /// One edit's change (a step named after its main edit).
    case edit(EditSummary)
    /// A step taken back.
    case undid(LogChange)
    /// A step done again.
    case redid(LogChange)
    /// Values imported from Kolada files.
    case importedKolada(count: Int, paths: [String])
    /// Values imported from a file of values.
    case importedValues(count: Int, path: String)
    /// Kolada's title of a KPI taken as the indicator's name.
    case acceptedKoladaTitle(kpi: String)
    /// A decision read from a file, by its name.
    case readDecision(file: String)
    /// A sentence written by a build before changes were kept as values, that
    /// matches none of its known shapes: kept and shown as it was written.
    case writtenBefore(String)

    // The file names each case's value: {"undid": {"step": …}}.
    enum EditCodingKeys: String, CodingKey { case _0 = "summary" }
    enum UndidCodingKeys: String, CodingKey { case _0 = "step" }
    enum RedidCodingKeys: String, CodingKey { case _0 = "step" }
    enum WrittenBeforeCodingKeys: String, CodingKey { case _0 = "sentence" }
}
