import Foundation
import MalbildCore

/// The tutorial's lessons, on the demo workspace: Kommunstyrelsens mål 2019.
enum Lessons {
    static let all: [Lesson] = [moving, ambition, kinds, forecast, report]

    static let moving = Lesson(
        number: 1,
        title: "Moving between goals and reading a goal card",
        introduction: "The board has eight goals in six goal areas (målområden). Each goal has an ambition level (ambitionsnivå): what concretely is to be achieved this year.",
        tasks: [
            LessonTask(
                instruction: "Choose goal 6, \"Ökat medborgarinflytande\", to see its card.",
                hint: "Type: goal 6",
                isDone: { $0.focus == 6 },
                explanation: "The card shows the area, the kind (steering), the ambition level, the three criteria and the indicators. The prompt now shows mål 6: commands work on that goal."),
            LessonTask(
                instruction: "Now choose goal 4, a supporting goal (inriktningsmål). \"goals\" lists them all if you want to look first.",
                hint: "Type: goal 4",
                isDone: { $0.focus == 4 },
                explanation: "Goal 4 is supporting: it is assessed qualitatively, and no forecast is reported for it."),
            LessonTask(
                instruction: "Leave the goal, so that commands work on the whole workspace again.",
                hint: "Type: top",
                isDone: { $0.focus == nil },
                explanation: "\"show workspace\" shows the decision (§55, KS 2018/109), the calendar and the rules the goals follow."),
        ])

    static let ambition = Lesson(
        number: 2,
        title: "Rewriting an ambition level and testing it against the three criteria",
        introduction: "An ambition level must be within the board's power to influence, measurable, and resourced. A working group rewrites it until all three hold.",
        tasks: [
            LessonTask(
                instruction: "Choose goal 5, \"Vi ska bli en friskare kommun\", and write a sharper ambition level for it.",
                hint: "goal 5, then: set ambition \"Att andelen unga med psykisk ohälsa ska minska …\" (an open quote lets you go on over several lines)",
                isDone: { s in
                    guard let ambition = s.workspace.goal(5)?.ambition else { return false }
                    return !ambition.isEmpty && ambition != Workspace.demo.goal(5)?.ambition
                },
                explanation: "The old text is not lost: undo brings it back, and log shows it as before and after."),
            LessonTask(
                instruction: "Judge whether goal 5's ambition level can be measured: yes or no, with a justification.",
                hint: "criteria measurable yes \"Folkhälsomyndighetens enkät, vartannat år\"",
                isDone: { s in
                    let c = s.workspace.goal(5)?.criteria.measurable
                    return c.map { $0.verdict != .unknown && !$0.justification.isEmpty } ?? false
                },
                explanation: "A verdict without a justification is listed by check: the room should agree on why."),
            LessonTask(
                instruction: "Judge the other two criteria of goal 5: can the board influence it, and are there resources?",
                hint: "criteria influenceable yes \"…\" and criteria resourced no \"…\" (Tab completes the words)",
                isDone: { s in
                    guard let c = s.workspace.goal(5)?.criteria else { return false }
                    return c.influenceable.verdict != .unknown && c.resourced.verdict != .unknown
                },
                explanation: "\"check 5\" now tells whether goal 5's ambition level meets all three criteria, and why not."),
        ])

    static let kinds = Lesson(
        number: 3,
        title: "Steering and supporting goals, and why no forecast is given for an inriktningsmål",
        introduction: "Goals 1, 2, 3 and 6 are steering (styrande): measured by numbers, with a forecast at each interim report. Goals 4, 5, 7 and 8 are supporting (inriktningsmål): the decision says that no forecast can be reported for them.",
        tasks: [
            LessonTask(
                instruction: "Choose goal 4 and try \"forecast\" on it: read why it is refused. Then record the group's own qualitative assessment of how it develops.",
                hint: "goal 4, forecast, then: assess qualitative \"Fler föreningar syns på webbplatsen\"",
                isDone: { $0.workspace.goal(4)?.assessment(at: $0.checkpoint) != nil },
                explanation: "A supporting goal is followed up by the group's own assessment, the activities, and measurable added values (mervärden) nobody could foresee."),
            LessonTask(
                instruction: "Add an activity that contributes to goal 4.",
                hint: "activity add \"Inventera lokaler för föreningar\" --owner Kultur",
                isDone: { !($0.workspace.goal(4)?.activities.isEmpty ?? true) },
                explanation: "\"activities\" lists them with their status; the card shows the share in each status."),
        ])

    static let forecast = Lesson(
        number: 4,
        title: "Recording a measurement and making a forecast",
        introduction: "A steering goal's indicators have a baseline and a target. Values are recorded at the checkpoints; at delår 1 and delår 2 the group reports a forecast of goal fulfilment. The demo's values are examples.",
        tasks: [
            LessonTask(
                instruction: "Record a value for the indicator webb (visits to the website) for 30 June 2019.",
                hint: "measure webb 2019-06-30 39600",
                isDone: { s in
                    guard let day = try? Day(year: 2019, month: 6, day: 30) else { return false }
                    return s.workspace.indicatorOwner("webb")?.indicator("webb")?.currentValues.contains { $0.day == day } ?? false
                },
                explanation: "Values are never overwritten silently: correcting one takes --correct \"why\", and the history keeps both."),
            LessonTask(
                instruction: "Choose the checkpoint delår2 (31 August).",
                hint: "checkpoint delår2",
                isDone: { $0.checkpoint == "delår2" },
                explanation: "Forecasts and assessments are made for the checkpoint chosen."),
            LessonTask(
                instruction: "Choose goal 6, ask for a forecast, and set it: confirm the suggestion or override it, with a rationale.",
                hint: "goal 6, forecast, then: forecast set uppfylls-delvis \"Webben ligger efter takten\"",
                isDone: { $0.workspace.goal(6)?.forecast(at: "delår2") != nil },
                explanation: "\"forecast all\" shows every steering goal's forecast at the checkpoint."),
        ])

    static let report = Lesson(
        number: 5,
        title: "Preparing the interim report",
        introduction: "What the group prepared goes into the delårsrapport: per goal the forecast or the assessment, with the indicators.",
        tasks: [
            LessonTask(
                instruction: "Make sure every steering goal has a forecast at delår1: \"forecast all\" shows which are missing. Set the missing ones.",
                hint: "checkpoint delår1, forecast all, then for each: goal N, forecast, forecast set GRADE \"rationale\"",
                isDone: { s in s.workspace.goals.filter { $0.kind == .steering }.allSatisfy { $0.forecast(at: "delår1") != nil } },
                explanation: "Every steering goal now has a forecast for delår 1."),
            LessonTask(
                instruction: "Record a qualitative assessment at delår1 for every supporting goal (4, 5, 7 and 8).",
                hint: "checkpoint delår1, then for each: goal N, assess qualitative \"…\"",
                isDone: { s in s.workspace.goals.filter { $0.kind == .supporting }.allSatisfy { $0.assessment(at: "delår1") != nil } },
                explanation: "The interim report now has something to say for every goal."),
            LessonTask(
                instruction: "Write the delår 1 report as a web page to the file delar1.html, and open it in a browser if you like.",
                hint: "report delår1 --format html --out delar1.html",
                isDone: { s in
                    // Written during this lesson, not left from an earlier one.
                    let written = (try? FileManager.default.attributesOfItem(atPath: "delar1.html"))?[.modificationDate] as? Date
                    return written.map { $0 >= (s.tutorial?.started ?? .distantFuture).addingTimeInterval(-1) } ?? false
                },
                explanation: "The same report comes as Markdown (md), as CSV for Excel and as JSON: help report."),
        ])
}
