// The built-in demo workspace: Kommunstyrelsens mål 2019 in Vaggeryd
// municipality (KS 2018/109, §55). Every text is the source document's, with
// the PDF's line breaks joined into running text and nothing else changed.

extension Workspace {
    /// The board's eight goals for 2019 with their ambition levels, as
    /// decided in §55 (case KS 2018/109), Vaggeryd municipality.
    public static var demo: Workspace {
        Workspace(
            name: "ks2019",
            municipality: Municipality(name: "Vaggeryd", koladaID: "0665"),
            body: "Kommunstyrelsen",
            planYear: 2019,
            decision: demoDecision,
            criteriaText: [
                "Det skall kunna gå att påverka och vara inom kommunstyrelsens ansvarsområde",
                "Det skall kunna mätas",
                "Det skall finnas resurser till att uppfylla målen",
            ],
            supportingGoalRule: "Kommunstyrelsen kan också välja att inte vara specifik med sin målsättning, utan låta ett mål vara inriktningsmål för verksamheten att förhålla sig till. Ett sådant mål blir inte styrande och en prognos för ett sådant mål kan inte redovisas. Målet blir ett förslag till verksamheten där ingen uppföljning sker baserat på önskad effekt utan genom att efterfråga verksamhetens aktiviteter för att bidra till målen.",
            followUp: [
                "Uppföljning sker för ett urval av kommunkompassens mätpunkter.",
                "Mål 1, 2, 3 och 6 är styrande och har en kvantitativ mätbarhet av resultat. Mål 4, 5, 7 och 8 blir mer stödjande än styrande och mäts enbart på en kvalitativ egen uppfattning om utveckling samt eventuella mätbara mervärden som inte kunnat förutses vid årets början.",
            ],
            areas: [
                GoalArea(number: 1, name: "Tillväxt, hållbarhet och fysisk planering"),
                GoalArea(number: 2, name: "Arbete och fritid"),
                GoalArea(number: 3, name: "Kunskap och hälsa"),
                GoalArea(number: 4, name: "Demokrati, delaktighet/ tillgänglighet och service"),
                GoalArea(number: 5, name: "Samverkan regionalt/nationellt/internationellt"),
                GoalArea(number: 6, name: "Intern resursanvändning och styrning"),
            ],
            goals: demoGoals.map { goal in
                var goal = goal
                goal.indicators = demoIndicators[goal.number] ?? []
                return goal
            },
            notes: [demoExampleNote]
        )
    }

    private static var demoDecision: Decision {
        Decision(
            title: "Kommunstyrelsens mål 2019",
            caseReference: "KS 2018/109",
            paragraph: "§55",
            day: nil,
            proposal: "Arbetsutskottets förslag till kommunstyrelsen",
            text: "Kommunstyrelsen beslutar att godkänna förslag till ambitionsnivå för kommunstyrelsens mål 2019 i syfte att kunna följa upp resultatet för helåret samt kunna ge prognos per delår.",
            summary: [
                "KS mål 2019 är efter ett arbete under våren 2018 färre, tydligare och har en stark anknytning till kommunstyrelsens reglemente med kommunstyrelsen som samordnande funktion.",
                "KS mål 2019 ingår i SPB19 samt i Programbudget 2019. Till varje mål finns möjliga strategier och en mätbarhet som skall utvecklas till en tydlig ambitionsnivå för att kunna följa upp resultatet.",
                "Nytt för 2019 är att en prognos för måluppfyllelse skall redovisas både i delårsrapport per 31 april och delårsrapport per 31 augusti i syfte att kunna göra politiska omprioriteringar under året vid behov.",
                "En ambitionsnivå för samtliga 8 mål för kommunstyrelsen skall tydligt beskriva vad som skall uppnås:",
                "Kommunstyrelsens arbetsutskott förde dialog vid sammanträdet 20 februari samt vid dagens sammanträde i syfte att ta fram förslag till ambitionsnivå med samtliga 8 mål.",
            ],
            path: [
                DecisionStep(
                    body: "Kommunstyrelsens arbetsutskott (KSAU)",
                    day: try? Day(year: 2019, month: 2, day: 20),
                    paragraph: "§ 22",
                    action: "held a dialogue on the ambition levels and proposed them to the board"
                ),
                DecisionStep(
                    body: "Kommunstyrelsen (KS)",
                    day: nil,
                    paragraph: "§55",
                    action: "decided: approved the ambition levels of all eight goals"
                ),
            ],
            documents: [
                "Kommunstyrelsens arbetsutskotts beslut 2019-02-20 § 22",
                "KS mål 2019 inför dialog ambitionsnivå KSAU 20 februari",
                "Kommunstyrelsens arbetsutskotts beslut 2019-01-16 § 2",
                "Kommunledningskontorets tjänsteskrivelse 2019-02-13",
            ],
            dispatchedTo: ["Kommunledningskontoret"]
        )
    }

    private static var demoGoals: [Goal] {
        [
            Goal(
                number: 1,
                title: "Hållbar tillväxt och utvecklad infrastruktur för de som bor, lever och verkar i Vaggeryds kommun",
                area: 1,
                kind: .steering,
                ambition: "Att hela kommunen utvecklas hållbart genom en geografisk spridning och en variation av olika samhällsfaktorer, främst bostäder, etableringar och infrastruktur. Detta innebär bl.a. planberedskap, byggklara tomter och tillgängligt utbud av exempelvis lägenheter på alla orter.",
                status: .decided,
                documents: ["Boendeutvecklingsprogram", "Miljöprogram", "Marknadsplan", "ÖP"]
            ),
            Goal(
                number: 2,
                title: "Möjligheten till egen försörjning skall öka för alla målgrupper",
                area: 2,
                kind: .steering,
                ambition: "Att det skapas ännu skarpare matchning mellan företag och såväl individer som mindre grupper av individer samt ytterligare minska andelen långtidsarbetslösa. Detta innebär bl.a. att underlätta en viss flexibilitet i skapandet av matchningspaket som inte kräver för stora, generella och inte anpassningsbara lösningar.",
                status: .decided
            ),
            Goal(
                number: 3,
                title: "Ökad mångfald av nya företag och näringar",
                area: 2,
                kind: .steering,
                ambition: "Behålla, utveckla och underlätta för fler nya företag inom befintliga och nya näringar som t.ex. tjänstesektorn, servicesektorn och gröna näringar och skapa förutsättningar även för små företag. Detta kan bl.a. innebära att stödja klusterskapande, tillgängliggöra eller synliggöra lokaler och underlätta samverkan inom olika områden exempelvis mellan privata och offentliga fastighetsägare kring centrumutveckling på olika orter.",
                status: .decided
            ),
            Goal(
                number: 4,
                title: "Ökad samverkan med civilsamhället för en högre servicekvalitet",
                area: 2,
                kind: .supporting,
                ambition: "En höjd synlighetsgrad av såväl utbud och aktiviteter som resurser i form av t.ex. lokaler. Detta innebär bl.a. utveckling av websida och information samt utökad samverkan samt att integrera detta i kommande lokalförsörjningsplan för kommunen.",
                status: .decided
            ),
            Goal(
                number: 5,
                title: "Vi ska bli en friskare kommun",
                area: 3,
                kind: .supporting,
                ambition: "Att integrera kunskap och hälsa i samhällsplaneringen, utöka informationen kring dessa frågor, mer kontinuerligt följa upp resultat samt uppmuntra befintliga aktörer inom området. Detta innebär bl.a. att säkerställa trygga och hälsosamma miljöer i samhällsplaneringen, att följa hälsoresultat som sticker ut, exempelvis ungas psykiska ohälsa, och att skapa förutsättningar för det råd som skall arbeta med folkhälsa att komma igång.",
                status: .decided
            ),
            Goal(
                number: 6,
                title: "Ökat medborgarinflytande",
                area: 4,
                kind: .steering,
                ambition: "Att öka kvinnors och mäns upplevelse av att kunna påverka samhällsutvecklingen i kommunen vilket följs upp genom SCB medborgarundersöknings delområde Nöjd inflytande index samt genom hur många som tar del av fullmäktiges sammanträde, webbplats i övrigt och sociala medier. Detta innebär bl.a. att utveckla de kommunala råden samt digitala kanaler och möjligheter att ha dialog i syfte att få tidiga inspel och kunna ta kloka beslut. Även synen på mångfald och jämställdhet behöver utvecklas för att alla ska känna att de har en plats i den kommunala demokratin.",
                status: .decided
            ),
            Goal(
                number: 7,
                title: "Vi ska utveckla vår internationella omvärldsbevakning till ett lärande och en tydlig nytta för våra invånare.",
                area: 5,
                kind: .supporting,
                ambition: "Att ha hittat en kommun i annat land med liknande möjligheter och utmaningar inför att som nästa steg skapa ett lärande och en nytta i ett samarbete. Detta innebär bl.a. att med stöd av den regionala EU-resurs Vaggeryds kommun har del av, sträcka ut en hand och förstärka exempelvis det lokala Leaderkontorets eller barn- och utbildningsnämndens befintliga samarbeten där koppling ska finnas till arbetet med hållbarhet och Agenda2030.",
                status: .decided
            ),
            Goal(
                number: 8,
                title: "Vi ska bli en effektivare kommun i mål, medel och kvalitet",
                area: 6,
                kind: .supporting,
                ambition: "Att utveckla effektivitet som koncern. Detta innebär bl.a. att stimulera och välkomna förslag och idéer från medarbetare särskilt kring effektiva flöden över enhets, förvaltnings, bolags och kommungränser samt att undersöka möjligheter med ett koncernbolag.",
                status: .decided
            ),
        ]
    }
}
