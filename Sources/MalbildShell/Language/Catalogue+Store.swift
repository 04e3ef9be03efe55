extension Catalogue {
    /// A store others write too: their steps shown between prompts, a step that lost a race,
    /// undo refused, a store that cannot be reached, and a store with nothing to save.
    static let sharedStore: [Key: Phrase] = [
        .storeNews: Phrase("{0}: {1} by {2}, {3}", "{0}: {1} av {2}, {3}"),
        .storeNewsGoal: Phrase("goal {0}", "mål {0}"),
        .storeConflictRefused: Phrase(
            "the change was not made: {0} changed the same thing first ({1}, {2}); see it and decide again",
            "ändringen gjordes inte: {0} ändrade samma sak först ({1}, {2}); se den och bestäm igen"),
        .storeNoLongerApplies: Phrase(
            "the change was not made: {0}; {1} changed the workspace first ({2}, {3})",
            "ändringen gjordes inte: {0}; {1} ändrade arbetsytan först ({2}, {3})"),
        .storeUndoRefused: Phrase(
            "not undone: {0} changed the same thing since ({1}, {2})",
            "ångrades inte: {0} har ändrat samma sak sedan dess ({1}, {2})"),
        .storeUnavailableRefused: Phrase(
            "the change was not made: {0} cannot be reached ({1}); the session is read-only until it answers again",
            "ändringen gjordes inte: {0} går inte att nå ({1}); sessionen kan bara läsa tills den svarar igen"),
        .storeReadOnly: Phrase(
            "the change was not made: the session is read-only while {0} cannot be reached ({1})",
            "ändringen gjordes inte: sessionen kan bara läsa medan {0} inte går att nå ({1})"),
        .storeGoneReadOnly: Phrase(
            "{0} cannot be reached ({1}): the session is read-only until it answers again",
            "{0} går inte att nå ({1}): sessionen kan bara läsa tills den svarar igen"),
        .storeOpened: Phrase("Opened {0} ({1} {1:goal|goals}).", "Öppnade {0} ({1} {1:mål|mål})."),
        .storeBack: Phrase("{0} answers again: changes can be made.", "{0} svarar igen: ändringar kan göras."),
        .storeKeepsEachStep: Phrase(
            "Nothing to save: {0} keeps each change as it is made.",
            "Inget att spara: {0} sparar varje ändring när den görs."),
        .statusStore: Phrase("Store:    {0} (each change is kept as it is made)", "Lager:    {0} (varje ändring sparas när den görs)"),
    ]
}
