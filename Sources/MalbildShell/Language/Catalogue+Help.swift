extension Catalogue {
    /// Every command's help in Swedish, by command name; the English is in
    /// the command table. Usage lines and examples are the same in both.
    public static let swedishHelp: [String: CommandHelp] = [
        "edit": CommandHelp(
            "Skriv om det valda målets rubrik eller ambitionsnivå med texten som finns som utgångspunkt.",
            """
            Texten som finns läggs på raden, klar att ändra med de vanliga tangenterna (pilar, Ctrl-A,
            Ctrl-E, Backsteg); Enter sparar den som "sätt" gör, Ctrl-C lämnar den oförändrad.
            Med --editor öppnas texten i $VISUAL eller $EDITOR (annars editor, nano eller vi) och sparas
            när editorn avslutas med ändrad text. Bara vid en terminal: i ett skript, använd "sätt".
            """),
        "help": CommandHelp("Visa kommandona, eller förklara ett."),
        "recover": CommandHelp(
            "Ta tillbaka arbete som en session lämnade osparat i en arbetsyta utan fil, eller kasta det.",
            """
            Arbete i en arbetsyta som ännu saknar fil (demot, en ny) sparas undan i tillståndsmappen
            (~/.local/state/malbild/unsaved) tills den sparas. Om skalet, terminalen eller datorn dog innan dess
            säger nästa start det; återställ tar tillbaka det senaste sådana arbetet som osparade ändringar
            (spara FIL behåller det), återställ kasta kastar det.
            """),
        "import": CommandHelp(
            "Läs in värden: Koladas JSON-filer, eller ett kalkylblad sparat som CSV; eller läs in ett målbeslut.",
            """
            importera kolada FIL… läser filerna som Koladas API ger (v3 och v2; alla sidor av ett svar, som länkas med
            next_url eller next_page, på en gång; en sida som saknas nämns). Värden för arbetsytans kommun
            (arbetsyta sätt kolada) hamnar i de indikatorer vars källa är det nyckeltalet, ett år Å den 31 december,
            totalt och för kvinnor och män; saknade värden behåller Koladas status, och ett värde som Kolada tagit
            bort (isdeleted) tas bort med en rättelse. Andra orters värden (kommuner, riket, regioner, kommungrupper)
            sparas i arbetsytan för jämför och rapporten. Metadatafiler (kpi, municipality, municipality_groups)
            läses också: nyckeltalens titlar (en ändrad titel flaggas, också i kontroll), orternas namn och
            kommungruppernas medlemmar. Samma fil två gånger ändrar ingenting; ett ändrat värde blir en rättelse och
            det tidigare finns kvar i historiken.
            importera csv FIL läser kolumnerna indikator, datum (eller avstämning), värde, kvinnor, män, som svenska
            Excel sparar dem (semikolon, decimalkomma) eller vanlig CSV (komma, decimalpunkt). Varje felaktig rad
            anges med sitt nummer och inget läses in utan --hoppa-över-fel. En import är ett steg: ångra tar tillbaka allt.
            importera beslut FIL läser en nämnds målbeslut (protokollets paragraf: §, rubrik och diarienummer,
            Beslut, Sammanfattning, målområden, Mål N. med Ambitionsnivå:, meningen om styrande mål,
            Expedieras till, Beslutsunderlag) från en textfil (UTF-8 eller Windows-1252), en PDF (pdftotext)
            eller en Word-fil (.docx, unzip) till en ny arbetsyta, och frågar först om ändringar inte är sparade.
            Varje rad som inte kan placeras sparas som anteckning på arbetsytan och listas med skälet; det som
            kan läsas på två sätt listas att kontrollera.
            """),
        "kolada": CommandHelp(
            "Visa de adresser i Koladas API som ska laddas ner för arbetsytans Kolada-indikatorer.",
            """
            Adresser i Koladas API v3 per nyckeltal, för arbetsytans kommun, dess jämförelsegrupp (arbetsyta sätt
            group) och åren (som standard planåret och de fyra före, och utgångs- och målvärdenas år), delade så att
            ingen del av adressen har fler än 25 poster, med ett filnamn att spara var och en som; därtill
            metadataadresserna för nyckeltalen, orterna och kommungrupperna. Inget hämtas: öppna adresserna i en
            webbläsare eller med curl och läs sedan in med importera kolada. --åren 2015-2019 eller 2018,2019;
            --jämför 0680,0000,0006,G37572 lägger till kommuner, riket (0000), regioner (0001–0025) och
            kommungrupper (G…), för jämför. kolada accept KPI tar Koladas nya titel på ett nyckeltal som den dess
            indikatorer vilar på, när du har kontrollerat att nyckeltalet fortfarande mäter det de ska mäta; flaggan
            försvinner.
            """),
        "compare": CommandHelp(
            "Jämför en indikators Kolada-värden med andra kommuners, rikets, regioners och kommungruppers.",
            """
            Visar var arbetsytans kommun står bland de kommuner vars värden för indikatorns nyckeltal finns sparade i
            arbetsytan: placering (efter indikatorns riktning) och median; riket, regioner och kommungrupper (medel av
            medlemmarna) visas för sig och rangordnas aldrig. --grupp G37572 väljer en kommungrupp (annars arbetsytans,
            arbetsyta sätt grupp) och visar placeringen inom den; --grupp 0680,0662 visar de kommunerna sida vid sida.
            Det beskriver ett läge i förhållande till andra, inte en bedömning av målet.
            """),
        "glossary": CommandHelp("Förklara orden i målstyrning och uppföljning, på svenska och engelska."),
        "language": CommandHelp(
            "Visa eller byt språk: sv (svenska) eller en (English).",
            """
            Språket byts direkt, också i startfilen ~/.config/malbild/init.mal. Det är från början det som
            malbild --lang sv|en anger, annars det som MALBILD_LANG anger, annars engelska. Kommandona heter
            samma sak på båda språken; "hjälp KOMMANDO" visar de svenska namnen (mål, prognos, bedöm, …).
            Målens texter är data och översätts aldrig; betygen och domänens ord är de svenska på båda språken.
            """),
        "tutorial": CommandHelp(
            "Lär dig målstyrning steg för steg på en kopia av demot; lektion N startar en lektion.",
            """
            Varje lektion ger en uppgift, kontrollerar vad du gjorde i arbetsytan och går vidare när den är
            klar. "ledtråd" visar hur; "lektion stopp" lämnar lektionen. Din egen arbetsyta läggs undan under
            lektionen och kommer tillbaka oförändrad. Lektionernas texter finns än så länge bara på engelska.
            """),
        "hint": CommandHelp("Visa hur du gör lektionens aktuella uppgift."),
        "goals": CommandHelp("Lista målen som ett träd: nummer, målområde, typ, ambitionsnivåns status och rubrik.",
                             """
                             Ett mål under ett annat (1.2 under 1) dras in under det. --depth 1 visar bara översta nivån
                             (--depth 2 två nivåer) och nämner målen vars delmål är hopfällda.
                             --ansvarig "…" listar bara en ansvarigs mål (sätt ansvarig), utan hänsyn till stora och små
                             bokstäver, med målen de ligger under inom parentes som sammanhang.
                             """),
        "goal": CommandHelp(
            "Välj ett mål och visa dess kort; lägg till eller ta bort ett mål.",
            """
            "mål N" väljer mål N (ett nummer ensamt gör detsamma): kommandon som sätt, kriterier, strategi
            och anteckning arbetar sedan på det, och prompten visar det. "mål lägg till" lägger till ett mål med nästa
            lediga nummer (eller --nummer N) som ett utkast, stödjande om inte --typ styrande anges, i
            målområde --målområde N, med --ansvarig "…" den nämnd, det bolag eller den person som är ansvarig; skriv
            sedan dess ambitionsnivå. "mål ta bort N" frågar först vid en
            terminal; ångra tar tillbaka målet.
            Målen bildar ett träd med upp till tre nivåer: ett fullmäktigemål 1, en nämnds mål 1.2 under
            det, ett delmål 1.2.1 under det. --under 1 lägger målet under mål 1 med nästa lediga nummer
            (1.3), eller så anger --nummer 1.3 det; ett måls överordnade mål måste finnas, och dess
            målområde blir målets om inte --målområde anges. Ett mål med mål under sig nekas av "mål ta
            bort" om inte --med-delmål anges: då går alla i ett steg, och ångra tar tillbaka alla.
            "sätt överordnat" och "sätt nummer" flyttar ett mål.
            """),
        "show": CommandHelp(
            "Visa det valda målet, ett mål, målområdena eller hela arbetsytan.",
            "Utan ord visas det valda målets kort, eller arbetsytan när inget mål är valt."),
        "next": CommandHelp("Välj nästa mål och visa dess kort.",
                            "Målen går i trädordning (1, 1.1, 1.2, 2); när inget mål är valt väljer \"nästa\" det första."),
        "prev": CommandHelp("Välj målet före och visa dess kort.",
                            "Målen går i trädordning (1, 1.1, 1.2, 2); när inget mål är valt väljer \"föregående\" det sista."),
        "clear": CommandHelp("Töm skärmen."),
        "top": CommandHelp("Lämna det valda målet; kommandona arbetar sedan på hela arbetsytan."),
        "set": CommandHelp(
            "Ändra ett fält i det valda målet, eller i mål N.",
            """
            FÄLT är ett av:
              rubrik         målets rubrik
              ambitionsnivå  vad som konkret ska uppnås
              typ            styrande eller stödjande (inriktningsmål); ett stödjande mål har ingen
                             prognos, så ett mål med prognoser blir stödjande först när de tas bort
                             (frågan ställs vid en terminal; nekas i ett skript)
              målområde      numret på ett målområde (se "visa målområden"), eller inget
              status         utkast, föreslagen eller beslutad
              ansvarig       nämnd, bolag, förvaltning eller person, eller inget
              överordnat     målet att ligga under (1, 1.2), eller inget för översta nivån: målet flyttas
                             med målen under sig till nästa lediga nummer där, med allt de innehåller;
                             eller ett mål i en annan arbetsyta i samma lager, ARBETSYTA:N (ks2024:2),
                             som ett mål på översta nivån bryter ned
              nummer         ett nytt nummer (1.3, 4): målet flyttas dit med målen under sig
            En text går till radens slut, eller står inom dubbla citattecken. Ett öppet citattecken eller en
            rad som slutar med \\ fortsätter på nästa rad.
            "sätt användare NAMN" anger namnet som ändringarna loggas under.
            """),
        "criteria": CommandHelp(
            "Pröva det valda målets ambitionsnivå mot ett av de tre kriterierna.",
            """
            De tre kriterierna för en ambitionsnivå:
              influenceable  påverkbar: inom styrelsens möjlighet att påverka och dess ansvarsområde
              measurable     mätbar: den går att mäta
              resourced      resurssatt: det finns resurser att uppfylla den
            Var och en får yes (ja), no (nej) eller unknown (okänt), med gruppens motivering. Utan ord
            visas det valda målets kriterier.
            """),
        "strategy": CommandHelp(
            "Lista, lägg till eller ta bort det valda målets strategier.",
            "N är numret i listan (\"strategi\" ensamt listar dem)."),
        "document": CommandHelp(
            "Lista, lägg till eller ta bort det valda målets styrdokument.",
            "N är numret i listan (\"styrdokument\" ensamt listar dem)."),
        "note": CommandHelp(
            "Anteckna vad som sades, med tiden: på det valda målet, eller på arbetsytan.",
            "--tid anger tiden (ISO 8601, t.ex. 2019-02-20T13:30:00Z) i stället för nu: för skript som bygger upp en arbetsyta."),
        "area": CommandHelp("Lägg till ett målområde, byt namn på ett, eller ta bort ett som inget mål hör till."),
        "indicator": CommandHelp(
            "Lägg till, visa, ta bort, rätta eller avsluta en indikator för det valda målet.",
            """
            En indikator är det ett styrande mål mäts med. KÄLLA är kolada:KPI (ett nyckeltal i Kolada som
            kolada:N00945), scb:NII (ett index i SCB:s medborgarundersökning: NRI, NMI eller NII),
            kommunkompassen:OMRÅDE, eller manuell (standard). Riktningen säger om högre eller lägre
            värden är bättre (standard högre). Id:n är unika i arbetsytan, så mät, utgångsvärde och
            målvärde hittar indikatorn från vilket mål som helst.
            "indikator avsluta" avslutar en serie (SCB:s NII upphörde efter 2020): historiken finns kvar,
            den tar inte emot nya värden, och den hänvisar till indikatorn som tar vid. Utan --från tar den emot
            värden daterade fram till det sista; med --från ÅR (från 1 januari) eller --från DATUM tar den emot
            värden daterade före den dagen, också sena från en inläsning, och nekar senare.
            "indikator sätt ID FÄLT VÄRDE" rättar en indikators namn, enhet, källa eller
            riktning, när ett nyckeltal bytt namn eller definierats om, och behåller värden,
            utgångsvärde och målvärde; en ny källa för en indikator med värden frågas om vid en terminal.
            Ångra tar tillbaka det.
            --ansvarig "…" (eller "indikator sätt ID ansvarig VÄRDE", inget tar bort) anger den nämnd eller person som
            är ansvarig för indikatorn.
            """),
        "indicators": CommandHelp("Lista det valda målets indikatorer, eller alla måls.",
                                  "Utan valt mål, eller med \"all\", listas alla måls indikatorer."),
        "baseline": CommandHelp(
            "Sätt en indikators utgångsvärde: värdet som utvecklingen mäts från.",
            "PERIOD är ett år (2018) eller en avstämning (delår1, delår2, helår). \"utgångsvärde ID inget\" tar bort det. --exempel markerar det som ett exempelvärde, inte data."),
        "target": CommandHelp(
            "Sätt en indikators målvärde: värdet som ska nås.",
            "PERIOD är ett år (2025), en avstämning (delår1, delår2, helår) eller planperioden (plan, eller dess år: 2024-2027). En indikator har ett målvärde per period: det först satta är dess målvärde, de andra finns bredvid; målkortet, bedömningen, prognoserna och rapporterna använder målvärdet för perioden det gäller (avstämningens, annars dess års, annars planperiodens, annars det första) och visar de andra. \"målvärde ID inget\" tar bort det första, \"målvärde ID PERIOD inget\" periodens. --exempel markerar det som ett exempelvärde, inte data."),
        "measure": CommandHelp(
            "Registrera ett värde för en indikator, totalt och för kvinnor och män.",
            """
            Värdet gäller ett datum (ÅÅÅÅ-MM-DD) eller en avstämning (delår1, delår2, helår). Decimalkomma
            eller decimalpunkt. Ett saknat värde skrivs - med --status som säger varför. Ett värde som redan
            finns för dagen skrivs aldrig över i tysthet: ange --rätta "varför" för att rätta det; det
            tidigare värdet finns kvar i indikatorns historik. --exempel markerar ett exempelvärde, inte data.
            """),
        "checkpoint": CommandHelp(
            "Visa eller välj avstämningen som bedömningar och prognoser gäller.",
            """
            Kalendern har delår1 (Delårsrapport 1, 30 april), delår2 (Delårsrapport 2, 31 augusti) och
            helår (årsredovisningen, 31 december) om arbetsytan inte har en egen. En prognos för
            måluppfyllelse redovisas för styrande mål vid en avstämning markerad --prognos; vid en markerad
            --utfall årets resultat. Med en planperiod på flera år (ny --åren) har varje år sina egna
            avstämningar, med året sist i id:t (delår1-2025).
            "avstämning lägg till ID DATUM \"NAMN\" --prognos|--utfall" lägger till en (DATUM inom planperioden;
            id:t ett ord, inte ett år eller ett datum); "avstämning sätt ID DATUM" flyttar en; "avstämning ta
            bort ID" tar bort en, men inte medan något är registrerat vid den (vägran säger vad). Varje ändring
            är ett steg: ångra tar tillbaka det. "avstämningar" listar kalendern.
            DATUM skrivs 2025-03-31, 31/3 eller 31 mars (med eller utan citattecken). Utan år gäller det
            flyttade avstämningens år; en ny avstämning i en planperiod på flera år behöver året.
            """),
        "scale": CommandHelp(
            "Visa betygsskalorna, välj en, eller definiera en egen för arbetsytan.",
            """
            Varje skala har "ej bedömd". Betygen visas med en symbol och sina ord, och i färg vid en terminal,
            aldrig med bara färg. De inbyggda skalorna (tre, fyra, fem) kan inte ändras.
            "skala lägg till NAMN" påbörjar en egen skala; "skala betyg NAMN SYMBOL BETYDELSE \"ORD\"" lägger
            till ett betyg efter dem den har (bäst först): SYMBOL är vilket tecken som helst, också emoji;
            BETYDELSE är uppfyllt, delvis, ej-uppfyllt eller ej-bedömbart; --tröskel PROCENT är den andel av
            målvärdet som måste nås för betyget. Prognosförslaget använder
            ett delvis-betygs tröskel: ett väntat värde för året som når målvärdet är uppfyllt, ett som når
            tröskelns andel av det delvis, ett som ligger under ej uppfyllt. Samma betyg gäller prognoser och
            resultat. "skala visa NAMN" visar en skalas betyg; "skala ta bort NAMN" tar bort en egen skala, men
            inte medan den används. "skalor" listar alla.
            """),
        "checkpoints": CommandHelp(
            "Lista planperioden och dess avstämningar, med den aktuella markerad.",
            "Varje avstämning visar sitt id, sin dag, sin rapport och om en prognos eller årets resultat redovisas där. Lägg till, flytta och ta bort avstämningar med avstämning lägg till|sätt|ta bort."),
        "scales": CommandHelp(
            "Lista betygsskalorna, inbyggda och arbetsytans egna, med den som används markerad.",
            "Definiera en egen skala med skala lägg till och skala betyg; visa en med skala visa NAMN."),
        "check": CommandHelp(
            "Pröva ambitionsnivåerna mot de tre kriterierna: alla mål, eller mål N.",
            """
            Varje kriterium är uppfyllt, ej uppfyllt eller okänt, med skälet. Ett styrande mål uppfyller
            inte "measurable" om det inte har en indikator med målvärde (utgångsvärde behövs inte), eller
            saknar egna indikatorer och har mål under sig som det mäts genom. Bedömningar
            utan motivering listas. Med --strikt misslyckas kommandot när ett kriterium inte uppfylls, så att
            en skriptkörning slutar med returkod 1.
            """),
        "assess": CommandHelp(
            "Bedöm det valda målet: dess indikatorer, eller en kvalitativ bedömning vid avstämningen.",
            """
            "bedöm" ensamt visar, per indikator, det senaste värdet mot utgångsvärde och målvärde, trenden
            (bättre, oförändrad, sämre, efter indikatorns riktning) och skillnaden mellan kvinnor och män,
            med de bedömningar som gjorts hittills.
            "bedöm kvalitativ" sparar arbetsgruppens egen bedömning av målets utveckling vid den aktuella
            avstämningen: så följs stödjande mål (inriktningsmål) upp, och det går också att göra för
            styrande mål som analys. --mervärde (kan anges flera gånger) sparar mätbara mervärden som
            ingen kunde förutse vid årets början; --betyg ett betyg på skalan som används: en prognos vid
            delår för ett styrande mål, ett utfall vid helår och alltid för ett stödjande mål, som inte har
            någon prognos.
            """),
        "forecast": CommandHelp(
            "Gör en prognos för måluppfyllelse för det valda styrande målet vid delår 1 eller 2; sätt, ta bort eller lista prognoser.",
            """
            "prognos" föreslår ett betyg utifrån målets indikatorer och visar hur förslaget räknats fram;
            arbetsgruppen bekräftar eller ändrar det med "prognos sätt BETYG \\"skäl\\"" (ett skäl krävs).
            "prognos alla" listar alla styrande mål vid avstämningen. Ingen prognos kan redovisas för ett
            stödjande mål (inriktningsmål): använd bedöm kvalitativ.
            BETYG är ett betyg på skalan som används, med - i stället för mellanslag (uppfylls-delvis), eller
            dess nummer.

            Så räknas förslaget fram, per indikator med ett målvärde:
              - bara värden från planåret fram till avstämningen räknas; utan sådana kan indikatorn inte
                prognostiseras (NII mäts till exempel en gång om året);
              - ett senaste värde som når målvärdet: uppfylls;
              - två eller fler värden: en rät linje genom dem (minsta kvadrat) förlängs till 31 december;
                uppfylls om den når målvärdet, uppfylls delvis om den täcker minst halva vägen från
                utgångsvärdet, annars uppfylls ej;
              - ett värde: hur stor del av vägen från utgångsvärde till målvärde det täcker, mot hur stor
                del av året som gått: minst lika mycket är uppfylls (i takt), en del är uppfylls delvis,
                ingen är uppfylls ej; utan utgångsvärde går takten inte att bedöma: uppfylls delvis;
              - ett utgångsvärde lika med målvärdet: uppfylls bara när värdet når det;
              - en årlig serie (alla värden daterade 31 december, som Koladas) har inget värde för året vid
                ett delår: då räknas tidigare års värden. Förra årets utfall når målvärdet: uppfylls; två
                eller fler årsvärden: en rät linje genom dem läses av den 31 december avstämningens år,
                som ovan; ett enda: uppfylls delvis, takten går inte att bedöma;
              - när skalan som används ger ett delvis-betyg en tröskel (andel av målvärdet) bedöms årets
                väntade värde mot den i stället för mot vägen: uppfylls när det når målvärdet, delvis när
                det når tröskelns andel av det, annars uppfylls ej;
              - målvärdet är det för perioden: avstämningens, annars dess års, annars planperiodens,
                annars indikatorns enda;
              - om högre eller lägre är bättre följer indikatorns riktning.
            Målet uppfylls när alla indikatorer som kan prognostiseras uppfylls, uppfylls ej när ingen gör
            det, annars uppfylls delvis; det kan inte prognostiseras när ingen indikator kan det.
            För ett mål med mål under sig visas också deras prognoser räknade per betyg (träffbild) och ett
            förslag efter en regel som skrivs ut; gruppen sätter sitt eget betyg med prognos sätt.
            """),
        "result": CommandHelp("Registrera det valda målets resultat för året (helår), med ett betyg och en redovisning.", """
            Varje år har sitt eget resultat: det sparas vid den valda avstämningen när den redovisar årets
            resultat, annars vid den sista avstämningen under den valda avstämningens år som gör det
            (helår, eller helår-2025 med en planperiod på flera år). Målkort, rapporter och träffbilden för
            målen ovanför läser resultatet för avstämningen i fråga. "resultat töm" tar bort det.
            """),
        "activity": CommandHelp(
            "Lägg till en aktivitet för det valda målet, sätt dess status, eller ta bort den.",
            """
            STATUS är genomförd, påbörjad, ej påbörjad, försenad eller avförd. N är numret i "aktiviteter".
            Stödjande mål följs upp genom att fråga efter de aktiviteter som bidrar till dem.
            "aktivitet ansvarig N \"…\"" anger vem som är ansvarig för aktivitet N (inget tar bort).
            """),
        "activities": CommandHelp("Lista det valda målets aktiviteter med deras status och andelen i varje status."),
        "undo": CommandHelp(
            "Ta tillbaka den senaste ändringen, och säg vad den var.",
            "Varje ändring kan ångras, ända tillbaka till sessionens början; att spara avslutar inte historiken."),
        "redo": CommandHelp(
            "Gör om den senaste ändringen som ångrades.",
            "En ny ändring efter en ångring tömmer det som kan göras om."),
        "log": CommandHelp(
            "Visa vad som ändrades, när och av vem, med värdet före och efter.",
            """
            Varje ändring loggas i arbetsytan, ångra och gör om också. "logg mål 6" visar ett måls
            ändringar; --sedan DATUM dem från den dagen och framåt. Namnet som loggas är inloggningsnamnet,
            eller det som angetts med malbild --user NAMN eller set user NAMN. Loggens texter sparas på
            engelska, eftersom loggen är data i arbetsytan.
            """),
        "diff": CommandHelp(
            "Visa vad som skiljer från den sparade filen (eller från FIL), mål för mål.",
            "Långa texter visar gammalt och nytt sida vid sida. En arbetsyta utan fil (demot, en ny) jämförs med hur den var när sessionen började på den. På kommandoraden jämför malbild diff A.json B.json två filer."),
        "report": CommandHelp(
            "Skriv delårsrapporten (delår1, delår2) eller årsredovisningen (helår), eller ett utkast till beslutet, på svenska.",
            """
            Per målområde och mål: typen, rubriken och ambitionsnivån; för styrande mål prognosen (vid
            helår resultatet) med skäl och en tabell över indikatorerna; för stödjande mål den kvalitativa
            bedömningen, mervärden och aktiviteter. Överst en sammanfattning: hur många mål som har varje
            betyg, och vilka mål som ännu saknar bedömning. Exempelvärden är markerade.
            Format: md (Markdown, standard), html (en fristående sida med diagram, för A4), csv (en rad per
            indikator och avstämning; excel: semikolon och decimalkomma som svenska Excel öppnar det,
            enkel: komma och decimalpunkt), json (rapportens data).
            Utan --ut skrivs rapporten ut. Avstämningen är den aktuella om ingen anges.
            rapport beslut skriver ett utkast till nämndens beslut ur arbetsytan, på svenska och uppställt som
            protokollets paragraf; ett mål vars ambitionsnivå inte är beslutad står som Arbetsutskottets förslag.
            --ändringar listar i stället vad förslaget ändrar mot den beslutade lydelsen, mål för mål.
            Format: txt (skrivs ut som standard), md, html (för utskrift på A4), docx (görs av pandoc; kräver --ut).
            """),
        "workspace": CommandHelp(
            "Visa eller ändra arbetsytans uppgifter: kommun, Kolada-id, beslutet och dess texter.",
            """
            FIELD är name (visas i prompten), municipality, kolada (det fyrsiffriga id:t, t.ex. 0665), body,
            title, reference (t.ex. KS 2018/109), paragraph (§55), date (ÅÅÅÅ-MM-DD), proposal, decision
            (vad som beslutades), rule (regeln för inriktningsmål), group (Kolada-gruppen av liknande kommuner att
            jämföra med, t.ex. G37572). Utan värde töms fältet.
            LISTA är sammanfattning, kriterium, uppföljning, beslutsunderlag eller expedieras (expedieras till).
            "arbetsyta steg lägg till" lägger till ett steg i beslutsgången: vem, när (eller -), vilken paragraf, vad.
            """),
        "record": CommandHelp(
            "Spela in sessionens kommandon till ett skript som spelar upp den igen.",
            """
            Varje kommando som lyckas skrivs till skriptet när det körs, efter en kommentar med tiden och det
            valda målet; anteckningar är också kommandon, så de finns med. Kommandon som rör filer (spara,
            öppna, ny, kör) utelämnas. Skriptets första rader säger var det börjar (demot, en tom
            arbetsyta eller en fil), så att en uppspelning börjar där också. Skriptets kommentarer är på engelska.
            """),
        "replay": CommandHelp(
            "Spela upp ett skript och visa varje kommando före dess utdata; --steg väntar vid varje.",
            """
            Uppspelningen körs på en kopia av arbetsytan som skriptet utgår från, aldrig på en fil, så den
            här sessionens arbetsyta är oförändrad; --här kör det i den här sessionen i stället (ångra tar
            tillbaka ett kommando i taget). Med --steg visas varje kommando med dess kommentarer och dess
            plats (12/40), och det väntar: Enter kör det, s hoppar över, q avbryter. Från kommandoraden:
            malbild replay FIL --step [--workspace FIL].
            """),
        "new": CommandHelp(
            "Börja på en tom arbetsyta (frågar först vid en terminal om ändringar inte är sparade).",
            "Planåret är i år om inte --år anger ett annat; --years anger en planperiod på flera år (2024-2027), varje år med de vanliga avstämningarna. ny --demo börjar i stället på den inbyggda demoarbetsytan. I ett skript behålls osparade ändringar (i filens journal, eller för recover) i stället för att gå förlorade."),
        "open": CommandHelp(
            "Öppna en arbetsyta från fil, eller en arbetsyta i ett delat lager (frågar först vid en terminal om ändringar inte är sparade).",
            "En fil som inte finns än skapas när du sparar första gången. Ändringar som inte sparades när en session avbröts återställs från filens journal. open --demo öppnar den inbyggda demoarbetsytan, utan fil. open postgresql://VÄRD/DATABAS?workspace=NAMN öppnar en arbetsyta i ett delat PostgreSQL-lager, där varje ändring sparas när den görs och andras ändringar visas mellan prompterna. I ett skript behålls osparade ändringar (i filens journal, eller för recover) i stället för att gå förlorade."),
        "save": CommandHelp(
            "Spara arbetsytan i dess fil, eller i FIL (som den sedan hör till).",
            "Filen skrivs hel till en tillfällig fil bredvid, och flyttas sedan över den gamla, så att en krasch aldrig lämnar en halv fil. Ett namn utan filändelse får .json (spara ks2019 skriver ks2019.json). En skrivskyddad fil, eller en som ändrats på disken sedan den öppnades, skrivs inte över."),
        "status": CommandHelp("Visa filen, de osparade ändringarna, journalen och ångra-historiken."),
        "quit": CommandHelp("Avsluta skalet (frågar först vid en terminal om ändringar inte är sparade)."),
        "source": CommandHelp(
            "Kör kommandona i en skriptfil i den här sessionen.",
            "Fel anger skriptets fil och rad. Kommandonas ändringar kan ångras en i taget."),
        "export": CommandHelp(
            "Skriv arbetsytan som ett skript som bygger upp den exakt (malbild run FIL).",
            "Skriptet innehåller uppgifterna, målområdena, målen, indikatorerna och värdena, bedömningarna, prognoserna och resultaten. Loggen är historik och finns inte med: en återuppbyggnad loggar sina egna ändringar. En befintlig fil skrivs aldrig över."),
        "echo": CommandHelp("Skriv ut varje kommando i ett skript före dess utdata (on), eller inte (off)."),
    ]
}
