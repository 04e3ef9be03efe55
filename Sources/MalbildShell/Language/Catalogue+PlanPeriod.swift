extension Catalogue {
    /// A plan period of several years named as a period, not as one plan year.
    static let planPeriod: [Key: Phrase] = [
        .outsidePlanPeriod: Phrase("Note: {0} is outside the plan period {1}.", "Obs: {0} ligger utanför planperioden {1}."),
        .workspaceHeadingPeriod: Phrase("{0}: {1}, plan period {2}", "{0}: {1}, planperiod {2}"),
    ]
}
