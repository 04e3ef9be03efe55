extension Catalogue {
    /// Goals: choosing, adding and removing them.
    static let navigation: [Key: Phrase] = [
        .goalAdded: Phrase("Added goal {0}, a supporting draft. Next: set kind, set area and set ambition.",
                           "Mål {0} är tillagt som ett stödjande utkast. Sedan: sätt typ, sätt målområde och sätt ambitionsnivå."),
        .goalRemoveQuestion: Phrase("Remove goal {0} \"{1}\" with its ambition level and notes?",
                                    "Ta bort mål {0} \"{1}\" med dess ambitionsnivå och anteckningar?"),
        .goalKept: Phrase("Goal {0} was kept.", "Mål {0} finns kvar."),
        .goalRemoved: Phrase("Removed goal {0}. (undo brings it back)", "Mål {0} är borttaget. (ångra tar tillbaka det)"),
    ]
}
