/// Something a file store met while opening a workspace that the user must be told, as a
/// value: the shell words it.
public enum FileStoreWarning {
    /// The journal belonged to another version of the file, or was not a journal: it was
    /// renamed aside (the error says where) and the file opened as saved.
    case journalSetAside(JournalError)
    /// The last step of the journal was cut off by a crash and was cut from it.
    case journalCutOff
    /// The journal's changes no longer apply to the file: it was set aside (`movedTo`, nil
    /// when it could not be told) and the file opened as saved.
    case journalDoesNotApply(path: String, reason: any Error, movedTo: String?)
    /// A line of the journal could not be read: it and the lines after it were kept aside;
    /// the `steps` before it were replayed.
    case journalLinesSetAside(JournalSetAside, file: String, steps: Int)
}
