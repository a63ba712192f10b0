import type { ChapterHelp } from '../../../chapterTypes.ts';

/** Toelichting en besluiten per hoofdstuk in het Nederlands (de lijsten volgen de volgorde van het Engelse origineel). */
export const help: ChapterHelp = {
  concept: {
    guidance: [
      'Ga uit van de definitie in de Raadsaanbeveling van 2022: een registratie van leeruitkomsten na een kleine hoeveelheid leren, beoordeeld aan de hand van transparante criteria, eigendom van de lerende en gedekt door kwaliteitszorg. Leg de werkdefinitie die alle partners aanvaarden vast voordat je over iets anders discussieert.',
      'In dit model bestaat een programma uit meerdere cursussen van meestal elk 4–5 ECTS of meer en leidt het tot een kwalificatie. Losse cursussen van 1–3 ECTS en microleereenheden onder 1 ECTS zijn een ander format. Korte leerprogramma’s omvatten doorgaans 5–30 ECTS op EQF-niveau 5–8.',
      'Partners gebruiken vaak dezelfde woorden voor verschillende dingen. Spreek vroeg een korte woordenlijst af en geef aan waar het programma staat in het aanbod van elke instelling: gradenonderwijs, professionele ontwikkeling of open onderwijs.',
    ],
    checklist: [
      'Een gedeelde werkdefinitie van een microcredential vaststellen',
      'Het type programma en de benaming kiezen',
      'Het totaal aantal ECTS en het EQF-niveau van het programma afspreken',
      'De minimale omvang van een cursus binnen het programma vastleggen',
      'De belangrijkste doelgroep bepalen',
      'Het programma positioneren in het aanbod van elke partner',
      'Een gezamenlijke woordenlijst van kernbegrippen afspreken',
    ],
  },
  overview: {
    guidance: [
      'Zie de hoofdstukken van dit dossier als een roadmap, niet als een vaste volgorde. Besluiten in latere hoofdstukken sturen je vaak terug naar eerdere, dus reken op meerdere rondes, maar houd altijd zicht op welke stappen klaar zijn en welke nog openstaan.',
      'Geef elke stap een trekkende partner, een verantwoordelijke persoon en een streefdatum. Houd per stap een eenvoudige status bij, zoals concept, in review bij de partners, overeengekomen en goedgekeurd door de instellingen.',
      'Veel hoofdstukken vormen input voor de consortiumovereenkomst, dus rond ze af voordat je die opstelt. Zoek vroeg uit hoe lang goedkeuring door faculteit en universiteit bij elke partner duurt: die stappen bepalen vaak de echte planning.',
    ],
    checklist: [
      'De volgorde van de ontwerpstappen vaststellen',
      'Elk hoofdstuk een trekkende partner en een eigenaar geven',
      'Voor elke ontwerpstap een streefdatum vastleggen',
      'De statusniveaus afspreken waarmee besluiten worden gevolgd',
      'In kaart brengen van welke hoofdstukken de consortiumovereenkomst afhangt',
      'De institutionele goedkeuringsstappen en hun doorlooptijden opsommen',
    ],
  },
  alignment: {
    guidance: [
      'Veranker het programma in de Raadsaanbeveling van 2022 over microcredentials: bijlage I noemt de elementen die elke microcredential beschrijft en bijlage II de principes voor ontwerp en uitgifte (kwaliteit, transparantie, relevantie, valide toetsing, leerroutes, erkenning, overdraagbaarheid, focus op de lerende, authenticiteit, informatie en begeleiding). Voeg het Europees Kwalificatiekader (EQF) en de Bologna-instrumenten toe: ECTS, het QF-EHEA, het Diplomasupplement, de ESG en het Verdrag van Lissabon over erkenning. Beoordelaars en erkenningsfunctionarissen zoeken naar deze verwijzingen.',
      'Nationale regels lopen sterk uiteen. Ga per partnerland na of er een nationaal kader voor microcredentials bestaat, of onderdelen buiten een opleiding ECTS mogen dragen, of een nationaal kwalificatieniveau kan worden toegekend en of collegegeld is toegestaan. Een leemte hier kan het hele ontwerp blokkeren.',
      'Zoek Europese initiatieven die kunnen helpen, zoals de allianties van Europese Universiteiten, het Actieplan voor digitaal onderwijs en Erasmus+-financiering, en ga na hoe de strategie voor levenlang leren van elke instelling het programma ondersteunt.',
    ],
    checklist: [
      'De EU-beleidsdocumenten en Bologna-instrumenten opsommen die het programma volgt',
      'Per partnerland een overzicht van de naleving maken',
      'Nagaan of nationale kaders voor microcredentials van toepassing zijn',
      'Bevestigen dat elke partner ECTS kan toekennen voor onderdelen buiten een opleiding',
      'Het programma koppelen aan de strategie voor levenlang leren van elke instelling',
      'Europese initiatieven of financiering vinden waarvan het programma gebruik kan maken',
    ],
  },
  objectives: {
    guidance: [
      'Macrodoelen leggen uit waarom de partners überhaupt in het programma investeren. Veelvoorkomende doelen zijn flexibel leren dat past naast werk en gezin, nauwere samenwerking met werkgevers en beroepsorganisaties, synergie tussen universiteiten en meer internationale aantrekkingskracht van het postinitiële onderwijs.',
      'Bepaal of het programma vooral dient voor bijscholing, omscholing of als route naar een graad. Het antwoord bepaalt later de toelating, het collegegeld en de werving.',
      'Maak elk doel meetbaar: instroom per cohort, slagingspercentage, belangstelling van werkgevers, aantal lerenden dat hun studiepunten laat meetellen voor een graad, jaar waarin het programma kostendekkend wordt. Laat zien hoe de doelen de strategie van elke partner dienen.',
    ],
    checklist: [
      'Drie tot vijf macrodoelen voor het programma afspreken',
      'Het programma indelen als bijscholing, omscholing of route naar een graad',
      'Voor elk doel een meetbare streefwaarde vastleggen',
      'De doelen koppelen aan de institutionele strategie van elke partner',
      'De sectoren en beroepen bepalen waarvoor het programma bedoeld is',
      'Besluiten hoe en wanneer de voortgang naar de streefwaarden wordt besproken',
    ],
  },
  partnership: {
    guidance: [
      'Sterke partnerschappen rusten meestal op vertrouwen uit eerdere projecten, gedeelde onderzoeksinteresses of lidmaatschap van dezelfde alliantie of hetzelfde netwerk. Plan meerdere jaren uitvoering, zodat de ontwerpinspanning zich terugbetaalt.',
      'Geef elke partner een duidelijke rol: graadverlenende universiteit, uitvoerende partner, geassocieerde partner, werkgever of beroepsorganisatie. Leg vast wat elke partner inbrengt aan cursussen en ECTS, personeelstijd, diensten en geld of bijdragen in natura.',
      'Spreek vanaf het begin af hoe nieuwe partners kunnen toetreden, wat van leden wordt verwacht en hoe een partner kan vertrekken of kan worden verzocht te vertrekken.',
    ],
    checklist: [
      'De partnerinstellingen en de coördinerende instelling bevestigen',
      'De rol van elke partner in het programma vastleggen',
      'Besluiten welke externe belanghebbenden aansluiten, en in welke hoedanigheid',
      'De bijdrage van elke partner aan cursussen, personeel en middelen vastleggen',
      'Per partner een contactpersoon en een juridisch ondertekenaar aanwijzen',
      'Regels afspreken voor toetreding van nieuwe partners en voor vertrek',
      'De beoogde looptijd van het partnerschap vastleggen',
    ],
  },
  team: {
    guidance: [
      'Benoem een programmaleider met de algehele academische en bestuurlijke verantwoordelijkheid, die de pen voert en de partners in elke fase uitnodigt bij te dragen. Elke partner wijst een lid aan dat zijn universiteit vertegenwoordigt. Leiderschap werkt het best als het collegiaal is en consensus zoekt.',
      'Het team draagt het programma door ontwerp, ontwikkeling en uitvoering. Het fungeert ook als toelatingscommissie en examencommissie en verzorgt de doorlopende evaluatie, terwijl de formele kwaliteitszorg bij de universiteit van de programmaleider ligt.',
      'Leg vast hoe het team besluit: eerst bij consensus, anders met een stemming met quorum. Leg het vergaderritme en de vervanging vast, en geef lerenden en werkgevers een stem.',
    ],
    checklist: [
      'De programmaleider benoemen en diens thuisinstelling bevestigen',
      'Per partner een teamlid en een vervanger aanwijzen',
      'De besluitregel, het quorum en het vergaderschema afspreken',
      'De taken van de toelatings- en examencommissie toewijzen',
      'De taken van elke ontwerpfase over de teamleden verdelen',
      'Besluiten hoe lerenden en externe belanghebbenden vertegenwoordigd zijn',
    ],
  },
  support: {
    guidance: [
      'Betrek ondersteunende diensten vanaf het begin: dat bespaart later tijd en geld. De programma-administratie kent de goedkeuringsroute, onderwijskundigen helpen cursussen vorm te geven en internationale bureaus kennen de mobiliteitsvormen en overeenkomsten die een gezamenlijk programma nodig heeft.',
      'IT-diensten helpen bij de keuze van onderwijstools en bij voorkeur een gemeenschappelijke leeromgeving. Juridische diensten adviseren over overeenkomsten, intellectueel eigendom en aansprakelijkheid, en de studentenadministratie verzorgt inschrijving en resultaten.',
      'Houd een eenvoudig overzicht bij van partner, dienst, contactpersoon en deadline. Als je universiteiten deel uitmaken van een alliantie, ga dan na welke gedeelde ondersteunende diensten die al biedt.',
    ],
    checklist: [
      'Bij elke partner de goedkeuringsroute en de administratieve contactpersoon bepalen',
      'Onderwijskundige ondersteuning inschakelen voor de ontwikkeling van cursussen',
      'IT-diensten betrekken bij de keuze van platform en tools',
      'Juridische diensten vragen overeenkomsten en IE-vragen te beoordelen',
      'Afspreken hoe de studentenadministratie inschrijving en resultaten verwerkt',
      'Nagaan welke ondersteunende diensten op alliantieniveau beschikbaar zijn',
    ],
  },
  vision: {
    guidance: [
      'Begin met onderbouwing van de behoefte: vraag op de arbeidsmarkt, maatschappelijke uitdagingen en wat lerenden vragen. Beschrijf de beoogde lerenden concreet, met hun vooropleiding, werksituatie, motivatie en het aantal uren dat zij per week kunnen besteden.',
      'Beschrijf het academische en professionele profiel van afgestudeerden en geef aan wat het programma biedt dat geen enkele partner alleen zou kunnen bieden. Probeer die waarde te vangen in één zin, kort genoeg voor een bericht op sociale media.',
      'Leg uit hoe het programma zich verhoudt tot bestaande cursussen, waarvoor het kan meetellen en welke onderwijskundige principes het sturen, zoals flexibiliteit, inclusie en een ontwerp rond de lerende.',
    ],
    checklist: [
      'De onderbouwing van de vraag van arbeidsmarkt en lerenden samenvatten',
      'De beoogde lerenden en hun beperkingen beschrijven',
      'Het academische en professionele profiel van afgestudeerden vastleggen',
      'De unieke meerwaarde in één zin afspreken',
      'Het programma afzetten tegen de bestaande cursussen van de partners',
      'Vastleggen waarvoor het programma kan meetellen',
      'De leidende onderwijskundige principes afspreken',
    ],
  },
  curriculum: {
    guidance: [
      'Ga uit van de leeruitkomsten op programmaniveau en controleer dat elke uitkomst in minstens één cursus aan bod komt en wordt getoetst. Vooral voortbouwen op bestaande cursussen van de partners is veel goedkoper; alles nieuw ontwikkelen kan de inspanning verdubbelen of verdrievoudigen.',
      'Leg per cursus vast: de eigenaar, ECTS, studie-uren (25–30 per ECTS), EQF-niveau, leeruitkomsten, toetsvorm en vorm van deelname: online, op locatie of blended. De Raadsaanbeveling van 2022 rekent deze gegevens tot de verplichte elementen van een microcredential.',
      'Ontwerp voor flexibiliteit, inclusie en een goede leerervaring: instapmomenten, tempo, keuzevakken, media en mobiliteitsopties. Zorg dat de studiepunten van de cursussen optellen tot het totaal van het programma.',
    ],
    checklist: [
      'De leeruitkomsten op programmaniveau afspreken',
      'Besluiten welke cursussen worden hergebruikt en welke nieuw worden gebouwd',
      'ECTS, studie-uren en EQF-niveau per cursus vastleggen',
      'De vorm van deelname per cursus kiezen',
      'Verplichte en keuzecursussen en hun volgorde vastleggen',
      'Vastleggen hoe cursussen samen het volledige programma vormen',
      'Maatregelen afspreken voor flexibiliteit, inclusie en leerervaring',
      'Mobiliteitsopties voor studenten en personeel vastleggen',
    ],
  },
  qualification: {
    guidance: [
      'Leg uit waarom de partneruniversiteiten de kwalificatie zouden moeten erkennen, gezien de inhoud, het EQF-niveau, de omvang en de stapelbaarheid. Kwalificatiestructuren voor postinitieel onderwijs verschillen per partner en ontbreken soms, dus onderhandel vroeg met elke partner over een passende plek.',
      'Kies tussen één gezamenlijk certificaat en parallelle institutionele certificaten, en besluit wie ondertekent of zegelt. Volgens de Raadsaanbeveling van 2022 vermeldt elke credential de lerende, de titel, de uitgevende landen, de verlenende instanties, de datum, de leeruitkomsten, de studielast in ECTS, het EQF-niveau, de toetsvorm, de vorm van deelname en het type kwaliteitszorg. Bijlage I vraagt om de verlenende instantie of instanties: de instellingen die de credential verlenen, niet per se alle partners die een cursus verzorgen.',
      'Voeg een kwalificatiesupplement toe, vergelijkbaar met het Diplomasupplement, en overweeg digitale formats zoals European Digital Credentials. Streef naar beroepserkenning waar dat lerenden helpt.',
    ],
    checklist: [
      'Het type en de titel van de kwalificatie afspreken',
      'Erkenning onderbouwen met inhoud, EQF-niveau, omvang en stapelbaarheid',
      'Kiezen voor een gezamenlijk certificaat of parallelle institutionele certificaten',
      'Besluiten wie het certificaat ondertekent of zegelt',
      'Bevestigen dat de credential alle verplichte EU-standaardelementen bevat',
      'Het kwalificatiesupplement ontwerpen',
      'Besluiten of elke cursus een eigen microcredential oplevert',
      'Waar relevant beroepserkenning nastreven',
    ],
  },
  ecosystem: {
    guidance: [
      'Besluit vroeg of het programma op één gedeelde leeromgeving draait of op het eigen systeem van elke partner. Een gedeeld platform geeft lerenden één ervaring; aparte systemen vragen heldere afspraken over toegang, gegevens en ondersteuning.',
      'Lerenden die bij de ene universiteit zijn ingeschreven, studeren ook bij andere; plan daarom single sign-on, uitwisseling van inschrijvings- en resultaatgegevens, learning analytics voor kwaliteitszorg en de uitgifte van digitale credentials. Voor Europass-credentials is een geavanceerd of gekwalificeerd elektronisch zegel van de uitgever nodig; voor een pdf-certificaat of een open badge niet.',
      'Diensten voor lerenden horen ook bij het ecosysteem: tutoring, helpdesk, toegang tot de bibliotheek en ondersteuning bij toegankelijkheid. Spreek af welke partner welke dienst levert.',
    ],
    checklist: [
      'Een gedeeld platform kiezen of afspreken hoe de platforms van de partners aansluiten',
      'Media en tools kiezen die passen bij de leeractiviteiten',
      'Afspreken hoe lerenden zich bij de verschillende partnerinstellingen aanmelden',
      'Vastleggen welke learning-analyticsgegevens worden verzameld en gedeeld',
      'Besluiten hoe digitale credentials worden uitgegeven en gezegeld',
      'Tutoring, helpdesk, bibliotheek en toegankelijkheid aan partners toewijzen',
    ],
  },
  language: {
    guidance: [
      'Gebruikelijk is één onderwijstaal, meestal Engels, of elke cursus in de taal van de partner die hem aanbiedt. De tweede keuze beperkt wie zich kan inschrijven, vooral bij minder gesproken talen.',
      'Taalverwerving is niet het doel van het programma, interculturele competentie kan dat wel zijn. Vertaling, ondertiteling en gelokaliseerde inhoud vergroten de toegang; interactie tussen medestudenten met verschillende talen blijft lastig, dus plan die zorgvuldig.',
      'Vermeld het taalniveau dat bij toelating wordt verwacht, volgens het ERK, en de talen van toetsing, certificaten en ondersteunende diensten.',
    ],
    checklist: [
      'De onderwijstaal of -talen kiezen',
      'Het vereiste taalniveau voor toelating vastleggen',
      'De taal van toetsing bepalen',
      'Besluiten welk materiaal wordt vertaald, ondertiteld of gelokaliseerd',
      'De talen van certificaten en supplementen afspreken',
      'Besluiten of interculturele vaardigheden een expliciet leerdoel zijn',
    ],
  },
  admission: {
    guidance: [
      'Lerenden in microcredentialprogramma’s komen vaak uit het werkveld en niet rechtstreeks van een opleiding. Aanvaard een relevante kwalificatie of bewijs van gelijkwaardige competenties, zoals een cv, portfolio of beroepscertificaten, en geef aan hoe de startbekwaamheid wordt beoordeeld. Een voorbereidend onderdeel kan tekorten wegwerken.',
      'Organiseer één gezamenlijke, transparante aanmeldprocedure die eerlijk is voor alle kandidaten en rekening houdt met bijzondere behoeften en sociale achtergrond. Gebruik de diensten van de instellingen en het nationale ENIC-NARIC-centrum om buitenlandse diploma’s te waarderen, en stel regels op voor de erkenning van eerder verworven competenties.',
      'Besluit welke instelling de lerenden inschrijft, wat de instroommomenten en de cohortgrootte zijn en hoe de persoonsgegevens van kandidaten worden beschermd.',
    ],
    checklist: [
      'Toelatingseisen en geaccepteerde bewijzen van competenties vastleggen',
      'Afspreken hoe startbekwaamheid wordt beoordeeld en wanneer voorbereiding wordt aangeraden',
      'Eén gezamenlijke aanmeld- en selectieprocedure ontwerpen',
      'Afspreken hoe buitenlandse diploma’s worden gewaardeerd',
      'Regels opstellen voor de erkenning van eerder verworven competenties',
      'Besluiten welke instelling de lerenden inschrijft',
      'Instroommomenten en cohortgrootte vastleggen',
    ],
  },
  examination: {
    guidance: [
      'Spreek gemeenschappelijke toetsvormen af en hoe de identiteit wordt gecontroleerd, ook of online examens worden gesurveilleerd. Combineer formatief toetsen, feedback en peerreview tijdens cursussen met valide eindtoetsen die het toekennen van studiepunten rechtvaardigen.',
      'Nationale beoordelingsschalen lopen sterk uiteen, dus kies één gezamenlijke schaal, vaak die van de trekkende universiteit, en beoordeel aan de hand van vooraf vastgestelde criteria in plaats van lerenden te rangschikken. Bewaar kopieën van examens zodat de commissie de resultaten kan controleren.',
      'Regel herkansingen, termijnen, uitstel, beroep, academische integriteit, redelijke aanpassingen en hoe lang dossiers worden bewaard.',
    ],
    checklist: [
      'De toetsvormen afspreken die in het hele programma worden gebruikt',
      'Besluiten hoe de identiteit bij toetsen wordt gecontroleerd',
      'Een gezamenlijke beoordelingsschaal en omrekenregels vaststellen',
      'Regels vastleggen voor herkansing, uitstel en beroep',
      'Een beleid voor academische integriteit afspreken',
      'De voorwaarden vastleggen voor het toekennen van studiepunten en de kwalificatie',
      'Besluiten hoe lang examendossiers worden bewaard',
    ],
  },
  quality: {
    guidance: [
      'Bouw voort op de interne kwaliteitszorg van elke partner in plaats van een parallel systeem op te zetten. De kwaliteitszorg van het programma als geheel ligt bij de trekkende instelling, terwijl elke universiteit de kwaliteitszorg houdt voor de cursussen die haar personeel geeft; het team voegt programmabrede criteria toe in één geïntegreerd plan en bespreekt alle rapportages samen.',
      'Kies indicatoren zoals voortgang en afronding, het behalen van leeruitkomsten, tevredenheid van lerenden, inhoud en niveau, en gegevens uit learning analytics. Sluit aan bij de ESG 2015 en gebruik beproefde instrumenten zoals E-xcellence of EMBED.',
      'Evalueer minstens eenmaal per jaar, verzamel feedback van lerenden en werkgevers en maak de daaruit volgende wijzigingen openbaar. Voor gezamenlijke opleidingen maakt de European Approach één externe beoordeling mogelijk.',
    ],
    checklist: [
      'In kaart brengen hoe de interne kwaliteitszorg van elke partner haar cursussen dekt',
      'Eén geïntegreerd kwaliteitszorgplan voor het programma schrijven',
      'De kwaliteitsindicatoren en gegevensbronnen afspreken',
      'De jaarlijkse evaluatiecyclus vastleggen en wie rapporteert',
      'Evaluatie-instrumenten en methoden voor feedback van lerenden kiezen',
      'Besluiten hoe het programma zich voorbereidt op externe accreditatie',
    ],
  },
  business: {
    guidance: [
      'Publieke financiering voor microcredentialprogramma’s verschilt sterk per land en ontbreekt soms. Subsidies uit Erasmus+ of alliantiebudgetten kunnen de opstartfase dekken, maar dragen zelden de uitvoering; reken daarom op inkomsten uit collegegeld, van werkgevers en van partners.',
      'Stel een betaalbaar gezamenlijk tarief vast, eventueel verschillend voor particulieren en voor werkgevers die groepen inschrijven, en stem het af op de nationale regels voor collegegeld, ook in landen waar studeren gratis is. Overweeg beurzen.',
      'Raam de ontwikkel- en uitvoeringskosten, de budgetten voor platform en marketing en de cohortgrootte die nodig is om kostendekkend te zijn. Spreek een eerlijke verdeelsleutel af voor inkomsten en kosten tussen de partners.',
    ],
    checklist: [
      'Bronnen voor opstart- en structurele financiering bepalen',
      'Het gezamenlijke tarief voor particuliere en werkgeversinschrijvingen vaststellen',
      'De ontwikkel- en uitvoeringskosten per lerende ramen',
      'De cohortgrootte berekenen waarbij het programma kostendekkend is',
      'Afspreken hoe inkomsten en kosten over de partners worden verdeeld',
      'Besluiten over beurzen of vrijstelling van collegegeld',
      'De partner aanwijzen die lerenden en werkgevers factureert',
    ],
  },
  recruitment: {
    guidance: [
      'Besluit of je nationaal, Europees of wereldwijd werft, en bepaal de doelgroepen: individuele lerenden, bedrijven, sectoren, beroepsverenigingen en netwerken van de partners. Elke doelgroep vraagt om een eigen boodschap en eigen kanalen.',
      'Bouw een programmawebsite met de doelen, het afstudeerprofiel, cursusbeschrijvingen, toelatingscriteria, partners, kwalificaties, ervaringen van deelnemers en de stappen voor aanmelding. Zet het programma waar lerenden en erkenningsfunctionarissen zoeken: de EADTU-portalen voor korte leerprogramma’s (SLP4you) en voor MOOC’s voor de arbeidsmarkt (MOOCs4you), en geef de ENIC-NARIC-centra de informatie die zij nodig hebben om de credential te erkennen.',
      'Overweeg het programma via learning agreements aan te bieden als mobiliteitsvenster binnen opleidingen. Stel streefcijfers vast voor vragen, aanmeldingen en conversie, met een campagnekalender en een budget.',
    ],
    checklist: [
      'Het wervingsgebied en de doelgroepen bepalen',
      'De inhoud en de eigenaar van de programmawebsite afspreken',
      'De portalen en kanalen opsommen waarmee het programma wordt gepromoot',
      'Per doelgroep een campagne plannen met kalender en budget',
      'Besluiten of het programma als mobiliteitsvenster wordt aangeboden',
      'Wervingsdoelen vastleggen en hoe ze worden gevolgd',
    ],
  },
  sustainability: {
    guidance: [
      'Leg mijlpalen op middellange en lange termijn vast voor instroom, inkomsten, studiesucces, afspraken met andere universiteiten en samenwerking met belanghebbenden. Ga regelmatig na of elke partner de doelen nog deelt en het programma relevant vindt.',
      'Evalueer jaarlijks de activiteiten, media en tools, interactie, studielast, flexibiliteit en inclusie, en vertaal de bevindingen in een verbeterplan.',
      'Plan voor verandering: een vernieuwingscyclus met een eigenaar per cursus, opvolging van personeel, een uitweg uit het huidige platform en een afbouwgarantie als een partner vertrekt.',
    ],
    checklist: [
      'Mijlpalen op middellange en lange termijn voor het programma vastleggen',
      'Een jaarlijkse evaluatie- en verbetercyclus afspreken',
      'Uit het businessplan een meerjarig financieel plan afleiden',
      'Elke cursus een eigenaar en een vernieuwingscyclus geven',
      'Opvolging van personeel en continuïteit van het platform plannen',
      'Een afbouwgarantie afspreken voor het geval een partner zich terugtrekt',
    ],
  },
  agreement: {
    guidance: [
      'De overeenkomst brengt de besluiten uit eerdere hoofdstukken samen: partnerschap, team, doelen, opbouw, didactiek, uitvoering, mobiliteit, kwalificatie, taal, toelating, examens, kwaliteitszorg en financiën. Stel haar op zodra die hoofdstukken zijn overeengekomen.',
      'Houd de hoofdtekst kort en meerdere jaren geldig, meestal drie tot vijf. Zet jaarlijkse cijfers en gedetailleerde procedures in bijlagen die kunnen wijzigen zonder dat de hele overeenkomst opnieuw moet worden ondertekend.',
      'Voeg de juridische bepalingen toe die de andere hoofdstukken niet dekken: vertrouwelijkheid, intellectueel eigendom, gegevensbescherming, aansprakelijkheid, uittreding met afbouwplicht, geschillenbeslechting en toepasselijk recht. Elke partner moet ondertekenen.',
    ],
    checklist: [
      'Bevestigen dat alle onderliggende hoofdstukken zijn overeengekomen voordat het opstellen begint',
      'De looptijd, verlenging en wijzigingsprocedure vastleggen',
      'De bestuursorganen en besluitregels vastleggen',
      'De financiële afspraken en de verdeling van het collegegeld overeenkomen',
      'Verantwoordelijkheden voor intellectueel eigendom en gegevensbescherming regelen',
      'Procedures voor uittreding, afbouw en geschillenbeslechting afspreken',
      'Het toepasselijk recht en de ondertekenaar van elke partner bepalen',
    ],
  },
};
