/// The fields of a ``Workspace``, held in a box its copies share until one changes.
extension Workspace {
    /// The box: changed only while one workspace alone holds it, so it is safely sent
    /// between tasks as the workspace value it is part of.
    final class Fields: @unchecked Sendable {
        var name: String
        var municipality: Municipality
        var body: String
        var planYear: Int
        var decision: Decision
        var criteriaText: [String]
        var supportingGoalRule: String
        var followUp: [String]
        var calendar: ReportingCalendar
        var areas: [GoalArea]
        var goals: [Goal]
        var notes: [Note]
        var scaleName: String
        var log: [LogEntry]
        var kolada: KoladaRecord?
        var lastPlanYear: Int?
        var ownScales: [GradeScale]?

        init(
            name: String,
            municipality: Municipality,
            body: String,
            planYear: Int,
            decision: Decision,
            criteriaText: [String],
            supportingGoalRule: String,
            followUp: [String],
            calendar: ReportingCalendar,
            areas: [GoalArea],
            goals: [Goal],
            notes: [Note],
            scaleName: String,
            log: [LogEntry],
            kolada: KoladaRecord?,
            lastPlanYear: Int?,
            ownScales: [GradeScale]?
        ) {
            self.name = name
            self.municipality = municipality
            self.body = body
            self.planYear = planYear
            self.decision = decision
            self.criteriaText = criteriaText
            self.supportingGoalRule = supportingGoalRule
            self.followUp = followUp
            self.calendar = calendar
            self.areas = areas
            self.goals = goals
            self.notes = notes
            self.scaleName = scaleName
            self.log = log
            self.kolada = kolada
            self.lastPlanYear = lastPlanYear
            self.ownScales = ownScales
        }

        /// A box of its own with the same fields.
        func copy() -> Fields {
            Fields(
                name: name,
                municipality: municipality,
                body: body,
                planYear: planYear,
                decision: decision,
                criteriaText: criteriaText,
                supportingGoalRule: supportingGoalRule,
                followUp: followUp,
                calendar: calendar,
                areas: areas,
                goals: goals,
                notes: notes,
                scaleName: scaleName,
                log: log,
                kolada: kolada,
                lastPlanYear: lastPlanYear,
                ownScales: ownScales
            )
        }
    }
}
