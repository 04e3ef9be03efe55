import Foundation
import MalbildCore

/// The tutorial's lessons, on the demo workspace: Kommunstyrelsens mål 2019.
enum Lessons {
    static let all: [Lesson] = [moving, ambition, kinds, forecast, report]

    static let moving = Lesson(
        number: 1,
        title: Phrase("Moving between goals and reading a goal card", "Att röra sig mellan målen och läsa ett målkort"),
        introduction: Phrase("The board has eight goals in six goal areas (målområden). Each goal has an ambition level (ambitionsnivå): what concretely is to be achieved this year.", "Styrelsen har åtta mål i sex målområden. Varje mål har en ambitionsnivå: vad som konkret ska uppnås i år."),
        tasks: [
            LessonTask(
                instruction: Phrase("Choose goal 6, \"Ökat medborgarinflytande\", to see its card.", "Välj mål 6, \"Ökat medborgarinflytande\", för att se dess kort."),
                hint: Phrase("Type: goal 6", "Skriv: mål 6"),
                isDone: { $0.focus == 6 },
                explanation: Phrase("The card shows the area, the kind (steering), the ambition level, the three criteria and the indicators. The prompt now shows mål 6: commands work on that goal.", "Kortet visar målområdet, typen (styrande), ambitionsnivån, de tre kriterierna och indikatorerna. Prompten visar nu mål 6: kommandona arbetar på det målet.")),
            LessonTask(
                instruction: Phrase("Now choose goal 4, a supporting goal (inriktningsmål). \"goals\" lists them all if you want to look first.", "Välj nu mål 4, ett stödjande mål (inriktningsmål). \"målen\" listar alla om du vill titta först."),
                hint: Phrase("Type: goal 4", "Skriv: mål 4"),
                isDone: { $0.focus == 4 },
                explanation: Phrase("Goal 4 is supporting: it is assessed qualitatively, and no forecast is reported for it.", "Mål 4 är stödjande: det bedöms kvalitativt, och ingen prognos redovisas för det.")),
            LessonTask(
                instruction: Phrase("Leave the goal, so that commands work on the whole workspace again.", "Lämna målet, så att kommandona åter arbetar på hela arbetsytan."),
                hint: Phrase("Type: top", "Skriv: topp"),
                isDone: { $0.focus == nil },
                explanation: Phrase("\"show workspace\" shows the decision (§55, KS 2018/109), the calendar and the rules the goals follow.", "\"visa arbetsyta\" visar beslutet (§55, KS 2018/109), kalendern och reglerna som målen följer.")),
        ])

    static let ambition = Lesson(
        number: 2,
        title: Phrase("Rewriting an ambition level and testing it against the three criteria", "Att skriva om en ambitionsnivå och pröva den mot de tre kriterierna"),
        introduction: Phrase("An ambition level must be within the board's power to influence, measurable, and resourced. A working group rewrites it until all three hold.", "En ambitionsnivå ska gå att påverka inom styrelsens ansvarsområde, gå att mäta och ha resurser. En arbetsgrupp skriver om den tills alla tre håller."),
        tasks: [
            LessonTask(
                instruction: Phrase("Choose goal 5, \"Vi ska bli en friskare kommun\", and write a sharper ambition level for it.", "Välj mål 5, \"Vi ska bli en friskare kommun\", och skriv en skarpare ambitionsnivå för det."),
                hint: Phrase("goal 5, then: set ambition \"Att andelen unga med psykisk ohälsa ska minska …\" (an open quote lets you go on over several lines)", "mål 5, sedan: sätt ambitionsnivå \"Att andelen unga med psykisk ohälsa ska minska …\" (ett öppet citattecken låter dig fortsätta på flera rader)"),
                isDone: { s in
                    guard let ambition = s.workspace.goal(5)?.ambition else { return false }
                    return !ambition.isEmpty && ambition != Workspace.demo.goal(5)?.ambition
                },
                explanation: Phrase("The old text is not lost: undo brings it back, and log shows it as before and after.", "Den gamla texten är inte borta: ångra tar tillbaka den, och logg visar den som före och efter.")),
            LessonTask(
                instruction: Phrase("Judge whether goal 5's ambition level can be measured: yes or no, with a justification.", "Bedöm om mål 5:s ambitionsnivå går att mäta: ja eller nej, med en motivering."),
                hint: Phrase("criteria measurable yes \"Folkhälsomyndighetens enkät, vartannat år\"", "kriterier mätbar ja \"Folkhälsomyndighetens enkät, vartannat år\""),
                isDone: { s in
                    let c = s.workspace.goal(5)?.criteria.measurable
                    return c.map { $0.verdict != .unknown && !$0.justification.isEmpty } ?? false
                },
                explanation: Phrase("A verdict without a justification is listed by check: the room should agree on why.", "En bedömning utan motivering listas av kontroll: rummet bör enas om varför.")),
            LessonTask(
                instruction: Phrase("Judge the other two criteria of goal 5: can the board influence it, and are there resources?", "Bedöm mål 5:s två andra kriterier: kan styrelsen påverka det, och finns det resurser?"),
                hint: Phrase("criteria influenceable yes \"…\" and criteria resourced no \"…\" (Tab completes the words)", "kriterier påverkbar ja \"…\" och kriterier resurser nej \"…\" (Tab fyller i orden)"),
                isDone: { s in
                    guard let c = s.workspace.goal(5)?.criteria else { return false }
                    return c.influenceable.verdict != .unknown && c.resourced.verdict != .unknown
                },
                explanation: Phrase("\"check 5\" now tells whether goal 5's ambition level meets all three criteria, and why not.", "\"kontroll 5\" visar nu om mål 5:s ambitionsnivå uppfyller alla tre kriterierna, och varför inte.")),
        ])

    static let kinds = Lesson(
        number: 3,
        title: Phrase("Steering and supporting goals, and why no forecast is given for an inriktningsmål", "Styrande och stödjande mål, och varför ingen prognos ges för ett inriktningsmål"),
        introduction: Phrase("Goals 1, 2, 3 and 6 are steering (styrande): measured by numbers, with a forecast at each interim report. Goals 4, 5, 7 and 8 are supporting (inriktningsmål): the decision says that no forecast can be reported for them.", "Mål 1, 2, 3 och 6 är styrande: de mäts med tal och får en prognos i varje delårsrapport. Mål 4, 5, 7 och 8 är stödjande (inriktningsmål): beslutet säger att en prognos för dem inte kan redovisas."),
        tasks: [
            LessonTask(
                instruction: Phrase("Choose goal 4 and try \"forecast\" on it: read why it is refused. Then record the group's own qualitative assessment of how it develops.", "Välj mål 4 och prova \"prognos\" på det: läs varför det nekas. Registrera sedan gruppens egen kvalitativa bedömning av hur det utvecklas."),
                hint: Phrase("goal 4, forecast, then: assess qualitative \"Fler föreningar syns på webbplatsen\"", "mål 4, prognos, sedan: bedöm kvalitativ \"Fler föreningar syns på webbplatsen\""),
                isDone: { $0.workspace.goal(4)?.assessment(at: $0.checkpoint) != nil },
                explanation: Phrase("A supporting goal is followed up by the group's own assessment, the activities, and measurable added values (mervärden) nobody could foresee.", "Ett stödjande mål följs upp med gruppens egen bedömning, aktiviteterna och mätbara mervärden som ingen kunde förutse.")),
            LessonTask(
                instruction: Phrase("Add an activity that contributes to goal 4.", "Lägg till en aktivitet som bidrar till mål 4."),
                hint: Phrase("activity add \"Inventera lokaler för föreningar\" --owner Kultur", "aktivitet lägg till \"Inventera lokaler för föreningar\" --ansvarig Kultur"),
                isDone: { !($0.workspace.goal(4)?.activities.isEmpty ?? true) },
                explanation: Phrase("\"activities\" lists them with their status; the card shows the share in each status.", "\"aktiviteter\" listar dem med status; kortet visar andelen i varje status.")),
        ])

    static let forecast = Lesson(
        number: 4,
        title: Phrase("Recording a measurement and making a forecast", "Att registrera ett mätvärde och göra en prognos"),
        introduction: Phrase("A steering goal's indicators have a baseline and a target. Values are recorded at the checkpoints; at delår 1 and delår 2 the group reports a forecast of goal fulfilment. The demo's values are examples.", "Ett styrande måls indikatorer har ett utgångsvärde och ett målvärde. Värden registreras vid avstämningarna; vid delår 1 och delår 2 redovisar gruppen en prognos för måluppfyllelse. Demots värden är exempel."),
        tasks: [
            LessonTask(
                instruction: Phrase("Record a value for the indicator webb (visits to the website) for 30 June 2019.", "Registrera ett värde för indikatorn webb (besök på webbplatsen) för den 30 juni 2019."),
                hint: Phrase("measure webb 2019-06-30 39600", "mät webb 2019-06-30 39600"),
                isDone: { s in
                    guard let day = try? Day(year: 2019, month: 6, day: 30) else { return false }
                    return s.workspace.indicatorOwner("webb")?.indicator("webb")?.currentValues.contains { $0.day == day } ?? false
                },
                explanation: Phrase("Values are never overwritten silently: correcting one takes --correct \"why\", and the history keeps both.", "Värden skrivs aldrig över i tysthet: att rätta ett kräver --rätta \"varför\", och historiken behåller båda.")),
            LessonTask(
                instruction: Phrase("Choose the checkpoint delår2 (31 August).", "Välj avstämningen delår2 (31 augusti)."),
                hint: Phrase("checkpoint delår2", "avstämning delår2"),
                isDone: { $0.checkpoint == "delår2" },
                explanation: Phrase("Forecasts and assessments are made for the checkpoint chosen.", "Prognoser och bedömningar görs för den valda avstämningen.")),
            LessonTask(
                instruction: Phrase("Choose goal 6, ask for a forecast, and set it: confirm the suggestion or override it, with a rationale.", "Välj mål 6, be om en prognos och sätt den: bekräfta förslaget eller ändra det, med en motivering."),
                hint: Phrase("goal 6, forecast, then: forecast set uppfylls-delvis \"Webben ligger efter takten\"", "mål 6, prognos, sedan: prognos sätt uppfylls-delvis \"Webben ligger efter takten\""),
                isDone: { $0.workspace.goal(6)?.forecast(at: "delår2") != nil },
                explanation: Phrase("\"forecast all\" shows every steering goal's forecast at the checkpoint.", "\"prognos alla\" visar varje styrande måls prognos vid avstämningen.")),
        ])

    static let report = Lesson(
        number: 5,
        title: Phrase("Preparing the interim report", "Att förbereda delårsrapporten"),
        introduction: Phrase("What the group prepared goes into the delårsrapport: per goal the forecast or the assessment, with the indicators.", "Det gruppen förberett går in i delårsrapporten: för varje mål prognosen eller bedömningen, med indikatorerna."),
        tasks: [
            LessonTask(
                instruction: Phrase("Make sure every steering goal has a forecast at delår1: \"forecast all\" shows which are missing. Set the missing ones.", "Se till att varje styrande mål har en prognos vid delår1: \"prognos alla\" visar vilka som saknas. Sätt dem som saknas."),
                hint: Phrase("checkpoint delår1, forecast all, then for each: goal N, forecast, forecast set GRADE \"rationale\"", "avstämning delår1, prognos alla, sedan för vart och ett: mål N, prognos, prognos sätt BETYG \"motivering\""),
                isDone: { s in s.workspace.goals.filter { $0.kind == .steering }.allSatisfy { $0.forecast(at: "delår1") != nil } },
                explanation: Phrase("Every steering goal now has a forecast for delår 1.", "Varje styrande mål har nu en prognos för delår 1.")),
            LessonTask(
                instruction: Phrase("Record a qualitative assessment at delår1 for every supporting goal (4, 5, 7 and 8).", "Registrera en kvalitativ bedömning vid delår1 för varje stödjande mål (4, 5, 7 och 8)."),
                hint: Phrase("checkpoint delår1, then for each: goal N, assess qualitative \"…\"", "avstämning delår1, sedan för vart och ett: mål N, bedöm kvalitativ \"…\""),
                isDone: { s in s.workspace.goals.filter { $0.kind == .supporting }.allSatisfy { $0.assessment(at: "delår1") != nil } },
                explanation: Phrase("The interim report now has something to say for every goal.", "Delårsrapporten har nu något att säga om varje mål.")),
            LessonTask(
                instruction: Phrase("Write the delår 1 report as a web page to the file delar1.html, and open it in a browser if you like.", "Skriv delår 1-rapporten som en webbsida till filen delar1.html, och öppna den gärna i en webbläsare."),
                hint: Phrase("report delår1 --format html --out delar1.html", "rapport delår1 --format html --ut delar1.html"),
                isDone: { s in
                    // Written during this lesson, not left from an earlier one.
                    let written = (try? FileManager.default.attributesOfItem(atPath: "delar1.html"))?[.modificationDate] as? Date
                    return written.map { $0 >= (s.tutorial?.started ?? .distantFuture).addingTimeInterval(-1) } ?? false
                },
                explanation: Phrase("The same report comes as Markdown (md), as CSV for Excel and as JSON: help report.", "Samma rapport finns som Markdown (md), som CSV för Excel och som JSON: hjälp rapport.")),
        ])
}
