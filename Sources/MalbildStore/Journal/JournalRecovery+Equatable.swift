/// Two recoveries are equal when they hold the same entries, ignored the same and came from
/// the same journal.
extension JournalRecovery: Equatable where Entry: Equatable {
    /// Compares entries, the ignored count and the journal's place.
    public static func == (lhs: JournalRecovery, rhs: JournalRecovery) -> Bool {
        lhs.entries == rhs.entries && lhs.ignoredIncompleteLines == rhs.ignoredIncompleteLines
            && lhs.journalURL == rhs.journalURL && lhs.cutEntries == rhs.cutEntries && lhs.setAside == rhs.setAside
    }
}
