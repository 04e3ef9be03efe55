/// A value that may hold log sentences of the time before the log kept
/// changes as values: read into values once, when a file or journal is read.
public protocol OldSentenceReading {
    /// The value with each old log sentence read into a ``MalbildCore/LogChange``.
    func readingOldSentences() -> Self
}

/// Reads old log sentences in a value of any type that holds them.
func readingOldSentences<T>(_ value: T) -> T {
    guard let old = value as? any OldSentenceReading else { return value }
    return (old.readingOldSentences() as? T) ?? value
}
