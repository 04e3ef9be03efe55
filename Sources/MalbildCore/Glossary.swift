/// The domain's words, explained in plain English and Swedish, for people
/// new to goal follow-up.
public enum Glossary {
    /// One term.
    public struct Entry: Equatable, Sendable {
        /// The term as it is written, e.g. "inriktningsmål".
        public var term: String
        /// Other spellings or English names it is found by.
        public var aliases: [String]
        /// What it means, in English.
        public var english: String
        /// What it means, in Swedish.
        public var swedish: String
        /// Related terms.
        public var seeAlso: [String]
    }

    /// The entry for a term or one of its aliases, ignoring case.
    public static func entry(_ text: String) -> Entry? {
        let key = text.lowercased()
        return entries.first { $0.term.lowercased() == key || $0.aliases.contains { $0.lowercased() == key } }
    }

    /// Every term, in alphabetical order.
    public static var terms: [String] { sortedTerms }

    /// Each term lowered once, not at each comparison of the sort.
    private static let sortedTerms: [String] = entries.map { (key: $0.term.lowercased(), term: $0.term) }
        .sorted { $0.key < $1.key }.map(\.term)

    /// The entries.
    public static let entries: [Entry] = [
        Entry(term: "ambitionsnivå", aliases: ["ambition level", "ambition"],
              english: "What concretely is to be achieved for a goal during the year. It must be within the board's power to influence, measurable, and resourced: the three criteria.",
              swedish: "Vad som konkret ska uppnås för ett mål under året. Den ska gå att påverka inom styrelsens ansvarsområde, gå att mäta och ha resurser: de tre kriterierna.",
              seeAlso: ["mål", "kriterier"]),
        Entry(term: "mål", aliases: ["goal"],
              english: "One of the board's goals for the year, with a title and an ambition level. A goal is either steering (styrande) or supporting (stödjande, an inriktningsmål).",
              swedish: "Ett av styrelsens mål för året, med rubrik och ambitionsnivå. Ett mål är antingen styrande eller stödjande (inriktningsmål).",
              seeAlso: ["styrande mål", "inriktningsmål", "målområde"]),
        Entry(term: "målområde", aliases: ["goal area", "area"],
              english: "A heading that groups goals, e.g. \"Arbete och fritid\".",
              swedish: "En rubrik som samlar mål, t.ex. \"Arbete och fritid\".",
              seeAlso: ["mål"]),
        Entry(term: "kriterier", aliases: ["criteria", "three criteria", "de tre kriterierna"],
              english: "The three tests of an ambition level: can the board influence it (within its area of responsibility), can it be measured, and are there resources to fulfil it.",
              swedish: "De tre prövningarna av en ambitionsnivå: går det att påverka inom kommunstyrelsens ansvarsområde, går det att mäta, och finns det resurser att uppfylla målet.",
              seeAlso: ["ambitionsnivå"]),
        Entry(term: "styrande mål", aliases: ["steering", "steering goal", "styrande"],
              english: "A goal measured by numbers (indicators with a baseline and a target). A forecast of goal fulfilment is reported for it at each interim report.",
              swedish: "Ett mål som mäts kvantitativt (indikatorer med utgångsvärde och målvärde). En prognos för måluppfyllelse redovisas i varje delårsrapport.",
              seeAlso: ["prognos", "indikator", "inriktningsmål"]),
        Entry(term: "inriktningsmål", aliases: ["supporting", "supporting goal", "stödjande mål", "stödjande", "direction goal"],
              english: "A goal that gives the organisation a direction rather than steering it. No forecast can be reported for it: it is followed up by the group's own qualitative assessment, the activities the organisation reports, and measurable added values nobody could foresee at the start of the year.",
              swedish: "Ett mål som ger verksamheten en riktning att förhålla sig till men inte är styrande. En prognos kan inte redovisas; det följs upp genom en kvalitativ egen bedömning, verksamhetens aktiviteter och eventuella mätbara mervärden.",
              seeAlso: ["styrande mål", "mervärde", "aktivitet"]),
        Entry(term: "prognos", aliases: ["forecast"],
              english: "The expected goal fulfilment at the end of the year, reported for steering goals in both interim reports so that politicians can reprioritise during the year.",
              swedish: "Den förväntade måluppfyllelsen vid årets slut, som redovisas för styrande mål i båda delårsrapporterna så att politiken kan omprioritera under året.",
              seeAlso: ["måluppfyllelse", "delårsrapport"]),
        Entry(term: "måluppfyllelse", aliases: ["goal fulfilment", "fulfilment"],
              english: "How far a goal is reached, on a grade scale such as uppfyllt / delvis uppfyllt / ej uppfyllt.",
              swedish: "I vilken grad ett mål nås, på en skala som uppfyllt / delvis uppfyllt / ej uppfyllt.",
              seeAlso: ["prognos"]),
        Entry(term: "delårsrapport", aliases: ["interim report", "delår", "delår1", "delår2"],
              english: "The interim reports: delår 1 as of 30 April and delår 2 as of 31 August. A forecast of goal fulfilment is given in both.",
              swedish: "Delårsrapporterna per 30 april (delår 1) och 31 augusti (delår 2). Båda redovisar en prognos för måluppfyllelse.",
              seeAlso: ["årsredovisning", "prognos"]),
        Entry(term: "årsredovisning", aliases: ["annual report", "helår"],
              english: "The annual report, as of 31 December (helår): the year's result for every goal.",
              swedish: "Årsredovisningen per 31 december (helår): årets resultat för varje mål.",
              seeAlso: ["delårsrapport"]),
        Entry(term: "indikator", aliases: ["indicator", "nyckeltal"],
              english: "A measure a goal is followed by, with a baseline (utgångsvärde), a target (målvärde) and values over time, in total and for women and men.",
              swedish: "Ett mått som målet följs upp med, med utgångsvärde, målvärde och värden över tid, totalt och för kvinnor och män.",
              seeAlso: ["Kolada", "NII"]),
        Entry(term: "mervärde", aliases: ["added value", "mervärden"],
              english: "A measurable gain nobody could foresee at the start of the year, recorded when a supporting goal is assessed.",
              swedish: "Ett mätbart värde som inte kunnat förutses vid årets början; redovisas vid bedömningen av ett inriktningsmål.",
              seeAlso: ["inriktningsmål"]),
        Entry(term: "aktivitet", aliases: ["activity", "aktiviteter"],
              english: "Something the organisation does to contribute to a goal, with a status: genomförd, påbörjad, ej påbörjad, försenad or avförd.",
              swedish: "Något verksamheten gör för att bidra till ett mål, med status: genomförd, påbörjad, ej påbörjad, försenad eller avförd.",
              seeAlso: ["inriktningsmål"]),
        Entry(term: "styrdokument", aliases: ["steering document"],
              english: "A plan or programme a goal rests on, e.g. Miljöprogram or ÖP (översiktsplan, the comprehensive plan).",
              swedish: "Ett program eller en plan som målet vilar på, t.ex. Miljöprogram eller ÖP (översiktsplan).",
              seeAlso: ["mål"]),
        Entry(term: "Kommunkompassen", aliases: ["municipal compass"],
              english: "SKR's evaluation of how a municipality is governed: eight areas of 100 points each. It gives area scores at an evaluation, not a yearly series.",
              swedish: "SKR:s utvärdering av hur en kommun styrs och leds: åtta områden om 100 poäng vardera. Ger poäng vid en utvärdering, inte en årlig serie.",
              seeAlso: ["indikator"]),
        Entry(term: "NII", aliases: ["Nöjd Inflytande-Index", "nöjd inflytande index"],
              english: "Nöjd Inflytande-Index: the part of SCB's citizen survey on citizens' influence, 0–100, in total and for women and men. Under 40 is not acceptable, 55 and above satisfied. The series ended after 2020.",
              swedish: "Nöjd Inflytande-Index: delen av SCB:s medborgarundersökning om invånarnas inflytande, 0–100, totalt och för kvinnor och män. Under 40 är inte godkänt, 55 och däröver nöjd. Serien upphörde efter 2020.",
              seeAlso: ["indikator"]),
        Entry(term: "Kolada", aliases: [],
              english: "The public database of Swedish municipal key figures (KPIs). Its API gives values as JSON by KPI, municipality (four digits, Vaggeryd 0665) and year, in total (T) and for women (K) and men (M).",
              swedish: "Den öppna databasen för kommunala nyckeltal. Dess API ger värden som JSON per nyckeltal, kommun (fyra siffror, Vaggeryd 0665) och år, totalt (T) och för kvinnor (K) och män (M).",
              seeAlso: ["indikator"]),
        Entry(term: "KSAU", aliases: ["kommunstyrelsens arbetsutskott", "working committee"],
              english: "Kommunstyrelsens arbetsutskott: the board's working committee, which prepares cases and proposes decisions to the board (KS).",
              swedish: "Kommunstyrelsens arbetsutskott: bereder ärenden och lämnar förslag till kommunstyrelsen.",
              seeAlso: ["KS"]),
        Entry(term: "KS", aliases: ["kommunstyrelsen", "municipal board", "board"],
              english: "Kommunstyrelsen: the municipal board, which decides its own goals and coordinates the municipality's work.",
              swedish: "Kommunstyrelsen: beslutar om sina mål och samordnar kommunens verksamhet.",
              seeAlso: ["KSAU"]),
        Entry(term: "beslutsunderlag", aliases: ["decision documents"],
              english: "The documents a decision is made on.",
              swedish: "De handlingar ett beslut fattas på.",
              seeAlso: ["KS"]),
    ]
}
