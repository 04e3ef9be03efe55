extension Catalogue {
    /// The command language: reading commands, moving between goals, help by task.
    static let commandLanguage: [Key: Phrase] = [
        .commandTooLong: Phrase("the command is longer than {0} characters and was not run; split the text over several commands",
                                "kommandot är längre än {0} tecken och kördes inte; dela upp texten på flera kommandon"),
        .goalAddedAs: Phrase("Added goal {0}, a {1} draft in area {2}. Next: set ambition.",
                             "Mål {0} är tillagt som ett {1} utkast i målområde {2}. Sedan: sätt ambitionsnivå."),
        .goalAddedAsNoArea: Phrase("Added goal {0}, a {1} draft. Next: set area and set ambition.",
                                   "Mål {0} är tillagt som ett {1} utkast. Sedan: sätt målområde och sätt ambitionsnivå."),
        .areaRemoved: Phrase("Removed area {0}: {1} (undo brings it back)", "Målområde {0} är borttaget: {1} (ångra tar tillbaka det)"),
        .lastGoalAlready: Phrase("goal {0} is the last goal (prev goes back, goals lists them)",
                                 "mål {0} är det sista målet (föregående går tillbaka, målen listar dem)"),
        .firstGoalAlready: Phrase("goal {0} is the first goal (next goes on, goals lists them)",
                                  "mål {0} är det första målet (nästa går vidare, målen listar dem)"),
        .helpGroupGoals: Phrase("The goals and their ambition levels", "Målen och deras ambitionsnivåer"),
        .helpGroupFollowUp: Phrase("Follow-up: indicators, assessments, forecasts",
                                   "Uppföljning: indikatorer, bedömningar, prognoser"),
        .helpGroupReports: Phrase("Reports and what changed", "Rapporter och vad som ändrats"),
        .helpGroupSessions: Phrase("The session and teaching", "Sessionen och undervisning"),
        .helpGroupFiles: Phrase("Files", "Filer"),
        .helpGroupOther: Phrase("Other", "Övrigt"),
        .sparkSeries: Phrase("series {0}", "serie {0}"),
        .sparkTarget: Phrase(", target level {0}", ", målvärdets nivå {0}"),
        .sparkSplit: Phrase("; women {0}, men {1}", "; kvinnor {0}, män {1}"),
        .headSeries: Phrase("Series", "Serie"),
    ]
}
