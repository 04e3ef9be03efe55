import Foundation
import MalbildCore

extension CommandTable {
    /// The fields `set` can change.
    static let fields = ["title", "ambition", "kind", "area", "status", "owner", "parent", "number"]

    /// Commands that change goals and areas.
    static var editing: [Command] {
        [
            Command(
                name: "set",
                aliases: ["sätt"],
                forms: [
                    [.word("goal"), .goal, .choice("FIELD", fields), .text("VALUE")],
                    [.choice("FIELD", fields), .text("VALUE")],
                    [.word("user"), .text("NAME")],
                ],
                summary: "Change a field of the chosen goal, or of goal N.",
                details: """
                    FIELD is one of:
                      title     the goal's title
                      ambition  the ambition level (ambitionsnivå): what concretely is to be achieved
                      kind      steering (styrande) or supporting (stödjande, inriktningsmål); a supporting
                                goal holds no forecast, so a goal with forecasts becomes supporting only
                                when they are cleared (asked at a terminal; refused in a script)
                      area      the number of a goal area (see "show areas"), or none
                      status    draft, proposed or decided
                      owner     the body (nämnd, bolag, förvaltning) or person responsible, or none
                      parent    the goal to sit under (1, 1.2), or none for the top: the goal moves with the
                                goals under it to the next free number there, keeping all they hold;
                                or a goal of another workspace of the same store, WORKSPACE:N (ks2024:2),
                                that a top-level goal breaks down
                      number    a new number (1.3, 4): the goal moves there with the goals under it
                    A text runs to the end of the line, or is given in double quotes. An open quote or a
                    line ending in \\ continues on the next line.
                    "set user NAME" sets the name the log records changes under.
                    """,
                examples: [
                    "set ambition \"Att öka kvinnors och mäns upplevelse av att kunna påverka …\"",
                    "set kind supporting",
                    "set goal 4 status proposed",
                ],
                suggest: { session, words in fieldValues(words.last ?? "", in: session.workspace, language: session.language) }
            ) { session, inv in
                if inv.has("user") {
                    session.user = inv.value("NAME") ?? session.user
                    return session.say(.changesLoggedAs, session.user)
                }
                let number = try inv.goal ?? session.focusedGoal(for: "set").number
                try session.setField(inv.value("FIELD") ?? "", of: number, to: inv.value("VALUE") ?? "")
            },
            Command(
                name: "criteria",
                aliases: ["kriterier"],
                forms: [
                    [],
                    [.choice("CRITERION", Criterion.words),
                     .choice("VERDICT", Verdict.words), .optionalText("JUSTIFICATION")],
                ],
                summary: "Judge the chosen goal's ambition level against one of the three criteria.",
                details: """
                    The three criteria of an ambition level:
                      influenceable  within the board's power to influence and its area of responsibility
                      measurable     it can be measured
                      resourced      there are resources to fulfil it
                    Each gets yes, no or unknown, with the group's justification. Without words it shows
                    the chosen goal's criteria.
                    """,
                examples: ["criteria measurable yes \"NII in SCB's citizen survey, yearly\"", "criteria resourced unknown"]
            ) { session, inv in
                let goal = try session.focusedGoal(for: "criteria")
                guard let name = inv.value("CRITERION"), let criterion = Criterion(word: name),
                      let word = inv.value("VERDICT"), let verdict = Verdict(word: word)
                else {
                    session.say(CriteriaView(goal: goal, width: session.console.width, t: session.t).render())
                    return
                }
                let assessment = CriterionAssessment(verdict: verdict, justification: inv.value("JUSTIFICATION") ?? "")
                try session.perform(.setCriterion(goal: goal.number, criterion: criterion, assessment: assessment))
                session.say(session.t(.criterionJudged, goal.number, session.t.criterionWord(criterion), CriteriaView.mark(verdict, t: session.t))
                    + (assessment.justification.isEmpty ? session.t(.noJustificationGiven) : ""))
            },
            listCommand(name: "strategy", aliases: ["strategi"], noun: .strategyNoun, plural: .strategiesNoun, example: "\"Digitala dialogkanaler\"",
                        keyPath: \.strategies, insert: Edit.insertStrategy, remove: Edit.removeStrategy),
            listCommand(name: "document", aliases: ["styrdokument"], noun: .documentNoun, plural: .documentsNoun,
                        example: "Miljöprogram", keyPath: \.documents, insert: Edit.insertDocument, remove: Edit.removeDocument),
            Command(
                name: "note",
                aliases: ["anteckning"],
                forms: [[.text("TEXT"), .option(OptionSpec("time", value: "TIME"))]],
                summary: "Write down what was said, with the time: on the chosen goal, or on the workspace.",
                details: "--time gives the time (ISO 8601, e.g. 2019-02-20T13:30:00Z) instead of now: for scripts that rebuild a workspace.",
                examples: ["note \"Gruppen vill mäta besök på webbplatsen per kvartal\""]
            ) { session, inv in
                let text = inv.value("TEXT") ?? ""
                let goal = session.focus
                let count = goal.flatMap { session.workspace.goal($0)?.notes.count } ?? session.workspace.notes.count
                var time = session.clock()
                if let given = inv.option("time") {
                    guard let parsed = ScriptExport.time(given) else {
                        throw session.failure(.notATime, given)
                    }
                    time = parsed
                }
                try session.perform(.insertNote(goal: goal, index: count, note: Note(time: time, text: text)))
                session.say(goal.map { session.t(.noteAddedToGoal, $0, text) } ?? session.t(.noteAddedToWorkspace, text))
            },
            Command(
                name: "area",
                aliases: ["målområde"],
                forms: [[.word("add"), .text("NAME"), .option(OptionSpec("number", value: "N"))], [.word("rename"), .number("N"), .text("NAME")],
                        [.word("remove"), .number("N")]],
                summary: "Add a goal area (målområde), rename one, or remove one no goal belongs to.",
                examples: ["area add \"Kultur och fritid\"", "area rename 2 \"Arbete, fritid och kultur\"", "area remove 4"]
            ) { session, inv in
                let name = inv.value("NAME") ?? ""
                if inv.has("add") {
                    let number = try inv.option("number").map { text -> Int in
                        guard let n = FormMatcher.smallNumber(text), n > 0 else { throw session.failure(.needsWholeNumber) }
                        return n
                    } ?? session.workspace.nextAreaNumber
                    let area = GoalArea(number: number, name: name)
                    try session.perform(.insertArea(index: session.workspace.areas.count, area: area))
                    session.say(.areaAdded, number, name)
                } else if inv.has("remove") {
                    let number = Int(inv.value("N") ?? "") ?? 0
                    let removed = session.workspace.area(number)?.name ?? ""
                    try session.perform(.removeArea(number: number))
                    session.say(.areaRemoved, number, removed)
                } else {
                    let number = Int(inv.value("N") ?? "") ?? 0
                    try session.perform(.renameArea(number: number, name: name))
                    session.say(.areaRenamed, number, name)
                }
            },
        ]
    }

    /// `strategy` and `document`: add to or remove from a list on the chosen goal.
    private static func listCommand(
        name: String,
        aliases: [String],
        noun: Key,
        plural: Key,
        example: String,
        keyPath: KeyPath<Goal, [String]>,
        insert: @escaping (GoalNumber, Int, String) -> Edit,
        remove: @escaping (GoalNumber, Int) -> Edit
    ) -> Command {
        Command(
            name: name,
            aliases: aliases,
            forms: [[], [.word("add"), .text("TEXT")], [.word("remove"), .number("N")]],
            // From the one table that holds the word: the whole catalogue is not built at start-up.
            summary: "List, add or remove the chosen goal's \(Catalogue.editing[plural]?.text(in: .en) ?? Catalogue.english(plural)).",
            details: "N is the number shown in the list (\"\(name)\" alone lists them).",
            examples: ["\(name) add \(example)", "\(name) remove 1"]
        ) { session, inv in
            // Only the goal's number and the list's length are kept while the
            // edit applies, so the list is changed in place, not copied.
            let (number, count) = try { () throws -> (GoalNumber, Int) in
                let goal = try session.focusedGoal(for: name)
                return (goal.number, goal[keyPath: keyPath].count)
            }()
            if inv.has("add") {
                let text = inv.value("TEXT") ?? ""
                try session.perform(insert(number, count, text))
                session.say(.listItemAdded, session.t(noun), count + 1, number, text)
            } else if inv.has("remove") {
                let n = Int(inv.value("N") ?? "") ?? 0
                // A number outside the list is refused by the edit itself, with the list's length.
                let removed = session.workspace.goal(number)?[keyPath: keyPath].item(numbered: n)
                try session.perform(remove(number, n - 1))
                session.say(.listItemRemoved, session.t(noun), n, number, removed ?? "")
            } else {
                let words = session.t(plural)
                let heading = words.prefix(1).uppercased() + words.dropFirst()
                let items = session.workspace.goal(number)?[keyPath: keyPath] ?? []
                session.say(GoalCard.list(session.t(.listOfGoal, heading, number), items, width: session.console.width, t: session.t))
            }
        }
    }
}
