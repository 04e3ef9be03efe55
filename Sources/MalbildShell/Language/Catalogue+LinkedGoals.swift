extension Catalogue {
    /// A committee's goal that breaks down a goal of another workspace (the council's) in the
    /// same store: `set parent ks2024:2`.
    static let linkedGoals: [Key: Phrase] = [
        .errLinkUnderAGoal: Phrase(
            "goal {0} has a parent in another workspace, so it stays a top-level goal: unlink it first (set parent none)",
            "mål {0} har ett överordnat mål i en annan arbetsyta och förblir därför ett mål på översta nivån: ta bort kopplingen först (sätt överordnat ingen)"),
        .errLinkOnSubGoal: Phrase(
            "goal {0} is under goal {1}: only a top-level goal can have a parent in another workspace",
            "mål {0} ligger under mål {1}: bara ett mål på översta nivån kan ha ett överordnat mål i en annan arbetsyta"),
        .errLinkToOwnWorkspace: Phrase(
            "{1} is in this workspace: give goal {0} a parent here with set parent {2}",
            "{1} finns i den här arbetsytan: ge mål {0} ett överordnat mål här med sätt överordnat {2}"),
        .sumLinkedParent: Phrase("named {1} as the parent of goal {0}", "angav {1} som överordnat mål till mål {0}"),
        .sumUnlinkedParent: Phrase("took away goal {0}'s parent in another workspace", "tog bort mål {0}s överordnade mål i en annan arbetsyta"),
        .linkedParentSet: Phrase(
            "Goal {0} breaks down goal {1} of the workspace {2}.",
            "Mål {0} bryter ned mål {1} i arbetsytan {2}."),
        .linkedParentCleared: Phrase(
            "Goal {0} no longer has a parent in another workspace.",
            "Mål {0} har inte längre något överordnat mål i en annan arbetsyta."),
        .rollUpLinkedHeading: Phrase("  Goals of other workspaces under it:", "  Mål i andra arbetsytor under det:"),
        .linkNoSuchWorkspace: Phrase(
            "the store holds no workspace {0} that this role may read; it holds: {1}",
            "lagret har ingen arbetsyta {0} som den här rollen får läsa; det har: {1}"),
        .linkNoOtherWorkspace: Phrase(
            "the store holds no workspace {0}, nor any other this role may read",
            "lagret har ingen arbetsyta {0}, och ingen annan som den här rollen får läsa"),
        .linkNoSuchGoal: Phrase("the workspace {0} has no goal {1}", "arbetsytan {0} har inget mål {1}"),
        .otherWorkspacesUnread: Phrase(
            "the goals of the other workspaces could not be read ({0}); this workspace's own goals are shown",
            "målen i de andra arbetsytorna kunde inte läsas ({0}); den här arbetsytans egna mål visas"),
        .linkedParentUnresolved: Phrase(
            "{0} (a goal of the workspace {1})",
            "{0} (ett mål i arbetsytan {1})"),
    ]
}
