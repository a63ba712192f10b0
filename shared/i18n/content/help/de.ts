import type { ChapterHelp } from '../../../chapterTypes.ts';

/** Hinweise und Entscheidungen jedes Kapitels auf Deutsch (die Listen folgen der Reihenfolge des englischen Originals). */
export const help: ChapterHelp = {
  concept: {
    guidance: [
      'Gehen Sie von der Definition der Ratsempfehlung von 2022 aus: ein Nachweis der Lernergebnisse aus einem kleinen Lernumfang, bewertet nach transparenten Kriterien, im Besitz der lernenden Person und durch Qualitätssicherung abgesichert. Halten Sie die Arbeitsdefinition, die alle Partner akzeptieren, schriftlich fest, bevor Sie über etwas anderes diskutieren.',
      'In diesem Modell umfasst ein Programm mehrere Kurse mit meist je 4–5 ECTS oder mehr und führt zu einem Abschluss. Einzelkurse mit 1–3 ECTS und Microlearning-Einheiten unter 1 ECTS sind ein anderes Format. Kurze Lernprogramme umfassen in der Regel 5–30 ECTS auf den EQR-Niveaus 5–8.',
      'Partner verwenden oft dieselben Wörter für Verschiedenes. Einigen Sie sich früh auf ein kurzes Glossar und legen Sie fest, wo das Programm im Angebot jeder Einrichtung steht: grundständige Studiengänge, berufliche Weiterbildung oder offene Bildung.',
    ],
    checklist: [
      'Eine gemeinsame Arbeitsdefinition des Microcredentials beschließen',
      'Die Programmart und ihre Bezeichnung wählen',
      'Die ECTS-Summe und das EQR-Niveau des Programms vereinbaren',
      'Den Mindestumfang eines Kurses im Programm festlegen',
      'Die wichtigste Zielgruppe bestimmen',
      'Das Programm im Angebot jedes Partners verorten',
      'Ein gemeinsames Glossar der Schlüsselbegriffe vereinbaren',
    ],
  },
  overview: {
    guidance: [
      'Verstehen Sie die Kapitel dieses Dossiers als Fahrplan, nicht als feste Abfolge. Entscheidungen in späteren Kapiteln führen oft zu früheren zurück; rechnen Sie also mit Schleifen, behalten Sie aber stets im Blick, welche Schritte abgeschlossen und welche noch offen sind.',
      'Geben Sie jedem Schritt einen federführenden Partner, eine verantwortliche Person und einen Zieltermin. Verfolgen Sie für jeden einen einfachen Status, etwa Entwurf, in Prüfung bei den Partnern, vereinbart und von den Institutionen genehmigt.',
      'Viele Kapitel fließen in den Konsortialvertrag ein; klären Sie sie daher, bevor Sie ihn entwerfen. Erkundigen Sie sich früh, wie lange die Genehmigung durch Fakultät und Hochschule bei jedem Partner dauert: Diese Schritte bestimmen oft den tatsächlichen Zeitplan.',
    ],
    checklist: [
      'Die Reihenfolge der Gestaltungsschritte beschließen',
      'Jedem Kapitel einen federführenden Partner und eine verantwortliche Person zuordnen',
      'Für jeden Gestaltungsschritt einen Zieltermin festlegen',
      'Die Statusstufen zur Verfolgung von Entscheidungen vereinbaren',
      'Festhalten, von welchen Kapiteln der Konsortialvertrag abhängt',
      'Die institutionellen Genehmigungsschritte und ihre Vorlaufzeiten auflisten',
    ],
  },
  alignment: {
    guidance: [
      'Verankern Sie das Programm in der Ratsempfehlung von 2022 zu Microcredentials: Ihr Anhang I listet die Elemente auf, die jedes Microcredential beschreibt, und ihr Anhang II legt die Grundsätze für Gestaltung und Ausstellung fest (Qualität, Transparenz, Relevanz, valide Prüfung, Lernpfade, Anerkennung, Übertragbarkeit, Lernendenzentrierung, Echtheit, Information und Beratung). Ergänzen Sie den Europäischen Qualifikationsrahmen (EQR) und die Bologna-Instrumente: ECTS, QF-EHEA, Diploma Supplement, ESG und Lissabon-Anerkennungskonvention. Gutachtende und Anerkennungsstellen werden nach diesen Bezügen suchen.',
      'Die nationalen Regeln unterscheiden sich stark. Prüfen Sie für jedes Partnerland, ob es einen nationalen Rahmen für Microcredentials gibt, ob Einheiten außerhalb von Studiengängen ECTS tragen dürfen, ob ein nationales Qualifikationsniveau vergeben werden kann und ob Gebühren erlaubt sind. Eine Lücke hier kann die gesamte Gestaltung blockieren.',
      'Suchen Sie nach europäischen Initiativen, die helfen können, etwa den Allianzen Europäischer Hochschulen, dem Aktionsplan für digitale Bildung und der Erasmus+-Förderung, und prüfen Sie, wie die Weiterbildungsstrategie jeder Einrichtung das Programm unterstützt.',
    ],
    checklist: [
      'Die EU-Politikdokumente und Bologna-Instrumente auflisten, denen das Programm folgt',
      'Für jedes Partnerland eine Übersicht zur Regelkonformität erstellen',
      'Prüfen, ob nationale Rahmen für Microcredentials gelten',
      'Bestätigen, dass jeder Partner ECTS für Einheiten außerhalb von Studiengängen vergeben kann',
      'Das Programm mit der Weiterbildungsstrategie jeder Einrichtung verknüpfen',
      'Europäische Initiativen oder Fördermittel ermitteln, die das Programm nutzen kann',
    ],
  },
  objectives: {
    guidance: [
      'Makroziele erklären, warum die Partner überhaupt in das Programm investieren. Häufige Ziele sind flexibles Lernen neben Beruf und Familie, engere Zusammenarbeit mit Arbeitgebern und Berufsverbänden, Synergien zwischen Hochschulen und eine größere internationale Attraktivität der Weiterbildung.',
      'Entscheiden Sie, ob das Programm vor allem der Weiterqualifizierung, der Umschulung oder einem Weg zu einem Studienabschluss dient. Die Antwort prägt später Zulassung, Gebühren und Gewinnung von Studierenden.',
      'Machen Sie jedes Ziel messbar: Aufnahme pro Jahrgang, Abschlussquote, Resonanz bei Arbeitgebern, Zahl der Lernenden, die ihre Leistungspunkte auf einen Abschluss anrechnen lassen, Jahr der Kostendeckung. Zeigen Sie, wie die Ziele der Strategie jedes Partners dienen.',
    ],
    checklist: [
      'Drei bis fünf Makroziele für das Programm vereinbaren',
      'Das Programm als Weiterqualifizierung, Umschulung oder Weg zum Abschluss einordnen',
      'Für jedes Ziel eine messbare Zielgröße festlegen',
      'Die Ziele mit der institutionellen Strategie jedes Partners verknüpfen',
      'Die Branchen und Berufe bestimmen, denen das Programm dient',
      'Entscheiden, wie und wann der Fortschritt bei den Zielgrößen überprüft wird',
    ],
  },
  partnership: {
    guidance: [
      'Starke Partnerschaften beruhen meist auf Vertrauen aus früheren Projekten, gemeinsamen Forschungsinteressen oder der Mitgliedschaft in derselben Allianz oder demselben Netzwerk. Planen Sie mehrere Jahre Durchführung ein, damit sich der Gestaltungsaufwand lohnt.',
      'Geben Sie jedem Partner eine klare Rolle: verleihende Hochschule, durchführender Partner, assoziierter Partner, Arbeitgeber oder Berufsverband. Halten Sie fest, was jeder an Kursen und ECTS, Personalzeit, Dienstleistungen sowie Geld- oder Sachleistungen einbringt.',
      'Vereinbaren Sie von Anfang an, wie neue Partner hinzukommen können, was von Mitgliedern erwartet wird und wie ein Partner ausscheiden oder zum Ausscheiden aufgefordert werden kann.',
    ],
    checklist: [
      'Die Partnerinstitutionen und die koordinierende Institution bestätigen',
      'Die Rolle jedes Partners im Programm festlegen',
      'Entscheiden, welche externen Akteure mitwirken und in welcher Funktion',
      'Den Beitrag jedes Partners an Kursen, Personal und Ressourcen festhalten',
      'Je Partner eine Kontaktperson und eine zeichnungsberechtigte Person benennen',
      'Regeln für die Aufnahme neuer Partner und für das Ausscheiden vereinbaren',
      'Den vorgesehenen Zeithorizont der Partnerschaft festlegen',
    ],
  },
  team: {
    guidance: [
      'Ernennen Sie eine Programmleitung mit der akademischen und organisatorischen Gesamtverantwortung, die die Feder führt und die Partner in jeder Phase zur Mitarbeit einlädt. Jeder Partner benennt ein Mitglied, das seine Hochschule vertritt. Leitung funktioniert am besten kollegial und konsensorientiert.',
      'Das Team trägt das Programm durch Gestaltung, Entwicklung und Durchführung. Es wirkt außerdem als Zulassungs- und Prüfungsausschuss und führt die laufende Evaluation durch, während die formale Qualitätssicherung bei der Hochschule der Programmleitung liegt.',
      'Halten Sie fest, wie das Team entscheidet: zuerst im Konsens, ersatzweise durch Abstimmung mit Quorum. Legen Sie Sitzungsrhythmus und Vertretungen fest und geben Sie Lernenden und Arbeitgebern eine Stimme.',
    ],
    checklist: [
      'Die Programmleitung ernennen und ihre Heimatinstitution bestätigen',
      'Je Partner ein Teammitglied und eine Vertretung benennen',
      'Entscheidungsregel, Quorum und Sitzungsplan vereinbaren',
      'Die Aufgaben von Zulassungs- und Prüfungsausschuss zuweisen',
      'Die Aufgaben jeder Gestaltungsphase auf die Teammitglieder verteilen',
      'Entscheiden, wie Lernende und externe Akteure vertreten sind',
    ],
  },
  support: {
    guidance: [
      'Beziehen Sie die Unterstützungsdienste von Anfang an ein: Das spart später Zeit und Geld. Die Programmverwaltung kennt den Genehmigungsweg, Mediendidaktik hilft bei der Gestaltung der Kurse, und die International Offices kennen die Mobilitätsformate und Vereinbarungen, die ein gemeinsames Programm braucht.',
      'Die IT-Dienste sollten bei der Wahl der Lehrwerkzeuge und idealerweise einer gemeinsamen Lernumgebung helfen. Die Rechtsabteilungen beraten zu Verträgen, geistigem Eigentum und Haftung, und die Studierendenverwaltung kümmert sich um Einschreibung und Leistungsnachweise.',
      'Führen Sie eine einfache Übersicht mit Partner, Dienst, Kontaktperson und Frist. Wenn Ihre Hochschulen einer Allianz angehören, prüfen Sie, welche gemeinsamen Unterstützungsdienste sie bereits anbietet.',
    ],
    checklist: [
      'Den Genehmigungsweg und die Verwaltungskontaktperson bei jedem Partner ermitteln',
      'Mediendidaktische Unterstützung für die Kursentwicklung gewinnen',
      'Die IT-Dienste in die Wahl von Plattform und Werkzeugen einbeziehen',
      'Die Rechtsabteilungen um Prüfung der Verträge und Fragen des geistigen Eigentums bitten',
      'Vereinbaren, wie die Studierendenverwaltung Einschreibung und Leistungsnachweise handhabt',
      'Prüfen, welche Unterstützungsdienste auf Ebene der Allianz verfügbar sind',
    ],
  },
  vision: {
    guidance: [
      'Beginnen Sie mit Belegen für den Bedarf: Nachfrage auf dem Arbeitsmarkt, gesellschaftliche Herausforderungen und Wünsche der Lernenden. Beschreiben Sie die vorgesehenen Lernenden konkret, einschließlich Vorbildung, beruflicher Situation, Motivation und der Stunden, die sie pro Woche aufbringen können.',
      'Beschreiben Sie das akademische und berufliche Profil der Absolventinnen und Absolventen und sagen Sie, was das Programm bietet, das kein Partner allein bieten könnte. Versuchen Sie, diesen Wert in einem Satz zu fassen, der kurz genug für einen Beitrag in sozialen Medien ist.',
      'Erläutern Sie, wie das Programm zu bestehenden Kursen steht, worauf es angerechnet werden kann und welche didaktischen Grundsätze es leiten, etwa Flexibilität, Inklusion und lernendenzentrierte Gestaltung.',
    ],
    checklist: [
      'Die Belege für die Nachfrage von Arbeitsmarkt und Lernenden zusammenfassen',
      'Die vorgesehenen Lernenden und ihre Rahmenbedingungen beschreiben',
      'Das akademische und berufliche Profil der Absolventinnen und Absolventen festlegen',
      'Das Alleinstellungsmerkmal in einem einzigen Satz vereinbaren',
      'Das Programm den bestehenden Kursen der Partner gegenüberstellen',
      'Festhalten, worauf das Programm angerechnet werden kann',
      'Die leitenden didaktischen Grundsätze vereinbaren',
    ],
  },
  curriculum: {
    guidance: [
      'Gehen Sie von den Lernergebnissen auf Programmebene aus und prüfen Sie, dass jedes in mindestens einem Kurs behandelt und geprüft wird. Vor allem auf bestehende Kurse der Partner aufzubauen ist weit günstiger; alles neu zu entwickeln kann den Aufwand verdoppeln oder verdreifachen.',
      'Halten Sie für jeden Kurs fest: verantwortlicher Partner, ECTS, Arbeitsstunden (25–30 pro ECTS), EQR-Niveau, Lernergebnisse, Prüfungsart und Form der Teilnahme: online, in Präsenz oder hybrid. Die Ratsempfehlung von 2022 zählt diese Angaben zu den Pflichtelementen einer Microcredential.',
      'Gestalten Sie für Flexibilität, Inklusion und eine gute Lernerfahrung: Einstiegspunkte, Tempo, Wahlkurse, Medien und Mobilitätsoptionen. Achten Sie darauf, dass die Leistungspunkte der Kurse die Summe des Programms ergeben.',
    ],
    checklist: [
      'Die Lernergebnisse auf Programmebene vereinbaren',
      'Entscheiden, welche Kurse übernommen und welche neu entwickelt werden',
      'ECTS, Arbeitsstunden und EQR-Niveau jedes Kurses festlegen',
      'Die Form der Teilnahme für jeden Kurs wählen',
      'Pflicht- und Wahlkurse sowie ihre Abfolge festlegen',
      'Festlegen, wie sich die Kurse zum vollständigen Programm zusammensetzen',
      'Maßnahmen für Flexibilität, Inklusion und Lernerfahrung vereinbaren',
      'Mobilitätsoptionen für Studierende und Personal festlegen',
    ],
  },
  qualification: {
    guidance: [
      'Begründen Sie, warum die Partnerhochschulen den Abschluss anerkennen sollten, angesichts seines Inhalts, EQR-Niveaus, Umfangs und seiner Anrechenbarkeit. Die Abschlussstrukturen der Weiterbildung unterscheiden sich zwischen den Partnern und fehlen manchmal ganz; verhandeln Sie daher früh mit jedem eine passende Lösung.',
      'Wählen Sie zwischen einem gemeinsamen Zertifikat und parallelen Zertifikaten der Einrichtungen und entscheiden Sie, wer unterzeichnet oder siegelt. Nach der Ratsempfehlung von 2022 nennt jede Credential die lernende Person, den Titel, die ausstellenden Länder, die verleihenden Stellen, das Datum, die Lernergebnisse, den Arbeitsaufwand in ECTS, das EQR-Niveau, die Prüfungsart, die Form der Teilnahme und die Art der Qualitätssicherung. Anhang I verlangt die verleihende Stelle oder Stellen: die Einrichtungen, die die Credential verleihen; das müssen nicht alle Partner sein, die einen Kurs durchführen.',
      'Ergänzen Sie einen Zusatz zum Abschluss, ähnlich dem Diploma Supplement, und erwägen Sie digitale Formate wie die Europäischen Digitalen Nachweise. Streben Sie berufliche Anerkennung an, wo sie den Lernenden nützt.',
    ],
    checklist: [
      'Art und Bezeichnung des Abschlusses vereinbaren',
      'Die Anerkennung mit Inhalt, EQR-Niveau, Umfang und Anrechenbarkeit begründen',
      'Ein gemeinsames Zertifikat oder parallele Zertifikate der Einrichtungen wählen',
      'Entscheiden, wer das Zertifikat unterzeichnet oder siegelt',
      'Bestätigen, dass die Credential alle verpflichtenden EU-Standardelemente enthält',
      'Den Zusatz zum Abschluss gestalten',
      'Entscheiden, ob jeder Kurs ein eigenes Microcredential erhält',
      'Wo sinnvoll, berufliche Anerkennung anstreben',
    ],
  },
  ecosystem: {
    guidance: [
      'Entscheiden Sie früh, ob das Programm auf einer gemeinsamen Lernumgebung oder auf den Systemen der einzelnen Partner läuft. Eine gemeinsame Plattform bietet den Lernenden ein einheitliches Erlebnis; getrennte Systeme brauchen klare Absprachen zu Zugang, Daten und Support.',
      'Lernende, die an einer Hochschule eingeschrieben sind, studieren auch an anderen; planen Sie daher Single Sign-on, den Austausch von Einschreibe- und Leistungsdaten, Learning Analytics für die Qualitätssicherung und die Ausstellung digitaler Nachweise. Für Europass-Nachweise braucht die ausstellende Stelle ein fortgeschrittenes oder qualifiziertes elektronisches Siegel; für ein PDF-Zertifikat oder ein Open Badge nicht.',
      'Auch Dienste für Lernende gehören zur Umgebung: Tutorien, Helpdesk, Bibliothekszugang und Unterstützung bei Barrierefreiheit. Vereinbaren Sie, welcher Partner welchen Dienst erbringt.',
    ],
    checklist: [
      'Eine gemeinsame Plattform wählen oder vereinbaren, wie die Plattformen der Partner verbunden werden',
      'Medien und Werkzeuge passend zu den Lernaktivitäten auswählen',
      'Vereinbaren, wie sich Lernende bei den verschiedenen Partnerinstitutionen anmelden',
      'Festlegen, welche Learning-Analytics-Daten erhoben und geteilt werden',
      'Entscheiden, wie digitale Nachweise ausgestellt und gesiegelt werden',
      'Tutorien, Helpdesk, Bibliothek und Barrierefreiheit den Partnern zuordnen',
    ],
  },
  language: {
    guidance: [
      'Üblich ist entweder eine einzige Unterrichtssprache, meist Englisch, oder jeder Kurs in der Sprache des anbietenden Partners. Die zweite Möglichkeit schränkt ein, wer sich einschreiben kann, besonders bei weniger verbreiteten Sprachen.',
      'Sprachenlernen ist nicht das Ziel des Programms, interkulturelle Kompetenz kann es aber sein. Übersetzungen, Untertitel und angepasste Inhalte erweitern den Zugang; der Austausch unter Lernenden verschiedener Sprachen bleibt schwierig und will sorgfältig geplant sein.',
      'Nennen Sie das bei der Zulassung erwartete Sprachniveau nach dem GER sowie die Sprachen von Prüfungen, Zertifikaten und Betreuungsangeboten.',
    ],
    checklist: [
      'Die Unterrichtssprache oder -sprachen wählen',
      'Das für die Zulassung erforderliche Sprachniveau festlegen',
      'Die Prüfungssprache festlegen',
      'Entscheiden, welche Materialien übersetzt, untertitelt oder angepasst werden',
      'Die Sprachen von Zertifikaten und Zusätzen vereinbaren',
      'Entscheiden, ob interkulturelle Kompetenzen ein ausdrückliches Lernziel sind',
    ],
  },
  admission: {
    guidance: [
      'Lernende in Microcredential-Programmen kommen oft aus dem Beruf und nicht direkt aus einem Studium. Akzeptieren Sie entweder einen einschlägigen Abschluss oder Nachweise gleichwertiger Kompetenzen wie Lebenslauf, Portfolio oder berufliche Zertifikate, und legen Sie dar, wie die Studierfähigkeit beurteilt wird. Eine vorbereitende Einheit kann Lücken schließen.',
      'Führen Sie ein gemeinsames, transparentes Bewerbungsverfahren durch, das allen Bewerbenden gerecht wird und besondere Bedürfnisse sowie die soziale Herkunft berücksichtigt. Nutzen Sie die Dienste der Einrichtungen und das nationale ENIC-NARIC-Zentrum zur Bewertung ausländischer Abschlüsse und legen Sie Regeln für die Anerkennung früher erworbener Kompetenzen fest.',
      'Entscheiden Sie, welche Einrichtung die Lernenden einschreibt, die Aufnahmetermine, die Jahrgangsgröße und wie die personenbezogenen Daten der Bewerbenden geschützt werden.',
    ],
    checklist: [
      'Zulassungsvoraussetzungen und anerkannte Kompetenznachweise festlegen',
      'Vereinbaren, wie die Studierfähigkeit beurteilt wird und wann eine Vorbereitung empfohlen wird',
      'Ein gemeinsames Bewerbungs- und Auswahlverfahren gestalten',
      'Vereinbaren, wie ausländische Abschlüsse bewertet werden',
      'Regeln für die Anerkennung früher erworbener Kompetenzen festlegen',
      'Entscheiden, welche Einrichtung die Lernenden einschreibt',
      'Aufnahmetermine und Jahrgangsgrößen festlegen',
    ],
  },
  examination: {
    guidance: [
      'Vereinbaren Sie gemeinsame Prüfungsarten und die Identitätsprüfung, auch ob Online-Prüfungen beaufsichtigt werden. Verbinden Sie formative Prüfung, Feedback und Peer-Review in den Kursen mit validen Abschlussprüfungen, die die Vergabe von Leistungspunkten rechtfertigen.',
      'Die nationalen Notenskalen unterscheiden sich stark; führen Sie daher eine gemeinsame Skala ein, oft die der federführenden Hochschule, und bewerten Sie nach vorab festgelegten Kriterien statt nach Rangfolge. Bewahren Sie Prüfungskopien auf, damit der Ausschuss die Ergebnisse prüfen kann.',
      'Regeln Sie Wiederholungsprüfungen, Fristen, Verlängerungen, Widersprüche, akademische Integrität, Nachteilsausgleich und die Aufbewahrungsdauer der Unterlagen.',
    ],
    checklist: [
      'Die im ganzen Programm verwendeten Prüfungsmethoden vereinbaren',
      'Entscheiden, wie die Identität bei Prüfungen überprüft wird',
      'Eine gemeinsame Notenskala und Umrechnungsregeln einführen',
      'Regeln für Wiederholungen, Fristverlängerungen und Widersprüche festlegen',
      'Eine Richtlinie zur akademischen Integrität vereinbaren',
      'Die Voraussetzungen für die Vergabe von Leistungspunkten und des Abschlusses festlegen',
      'Entscheiden, wie lange Prüfungsunterlagen aufbewahrt werden',
    ],
  },
  quality: {
    guidance: [
      'Bauen Sie auf der internen Qualitätssicherung jedes Partners auf, statt ein paralleles System zu schaffen. Die Qualitätssicherung des Programms als Ganzes liegt bei der federführenden Einrichtung, während jede Hochschule die Qualitätssicherung der Kurse ihres Personals behält; das Team ergänzt programmweite Kriterien in einem integrierten Plan und bespricht alle Berichte gemeinsam.',
      'Wählen Sie Indikatoren wie Studienfortschritt und Abschluss, Erreichen der Lernergebnisse, Zufriedenheit der Lernenden, Inhalt und Niveau sowie Daten aus Learning Analytics. Orientieren Sie sich an den ESG 2015 und nutzen Sie bewährte Instrumente wie E-xcellence oder EMBED.',
      'Überprüfen Sie mindestens einmal im Jahr, holen Sie Rückmeldungen von Lernenden und Arbeitgebern ein und veröffentlichen Sie die daraus folgenden Änderungen. Für gemeinsame Studiengänge erlaubt der Europäische Ansatz eine einzige externe Begutachtung.',
    ],
    checklist: [
      'Darstellen, wie die interne Qualitätssicherung jedes Partners seine Kurse abdeckt',
      'Einen integrierten Qualitätssicherungsplan für das Programm schreiben',
      'Die Qualitätsindikatoren und Datenquellen vereinbaren',
      'Den jährlichen Überprüfungszyklus festlegen und wer berichtet',
      'Evaluationsinstrumente und Methoden für Rückmeldungen der Lernenden wählen',
      'Entscheiden, wie sich das Programm auf die externe Akkreditierung vorbereitet',
    ],
  },
  business: {
    guidance: [
      'Die öffentliche Förderung von Microcredential-Programmen ist von Land zu Land sehr unterschiedlich und fehlt manchmal ganz. Zuschüsse aus Erasmus+ oder Allianzbudgets können die Anlaufphase decken, tragen aber selten die laufende Durchführung; planen Sie daher Einnahmen aus Gebühren, von Arbeitgebern und von Partnern ein.',
      'Legen Sie eine erschwingliche gemeinsame Gebühr fest, gegebenenfalls unterschiedlich für Einzelpersonen und für Arbeitgeber, die Gruppen anmelden, und bringen Sie sie mit den nationalen Gebührenregeln in Einklang, auch in Ländern mit gebührenfreiem Studium. Denken Sie an Stipendien.',
      'Schätzen Sie Entwicklungs- und Durchführungskosten, Budgets für Plattform und Marketing sowie die Jahrgangsgröße, ab der sich das Programm trägt. Vereinbaren Sie einen fairen Schlüssel zur Aufteilung von Einnahmen und Kosten unter den Partnern.',
    ],
    checklist: [
      'Anschub- und laufende Finanzierungsquellen ermitteln',
      'Die gemeinsame Gebühr für Einzel- und Arbeitgeberanmeldungen festlegen',
      'Entwicklungs- und Durchführungskosten pro Lernenden schätzen',
      'Die Jahrgangsgröße für die Kostendeckung berechnen',
      'Vereinbaren, wie Einnahmen und Kosten unter den Partnern geteilt werden',
      'Über Stipendien oder Gebührenbefreiungen entscheiden',
      'Den Partner benennen, der Lernenden und Arbeitgebern Rechnungen stellt',
    ],
  },
  recruitment: {
    guidance: [
      'Entscheiden Sie, ob Sie national, europaweit oder weltweit werben, und bestimmen Sie die Zielgruppen: einzelne Lernende, Unternehmen, Branchen, Berufsverbände und Netzwerke der Partner. Jede Zielgruppe braucht eigene Botschaften und Kanäle.',
      'Erstellen Sie eine Programmwebsite mit Zielen, Absolventenprofil, Kursbeschreibungen, Zulassungskriterien, Partnern, Abschlüssen, Erfahrungsberichten und den Schritten zur Anmeldung. Machen Sie das Programm dort sichtbar, wo Lernende und Anerkennungsstellen suchen: auf den EADTU-Portalen für kurze Lernprogramme (SLP4you) und für arbeitsmarktorientierte MOOCs (MOOCs4you), und geben Sie den ENIC-NARIC-Zentren die Informationen, die sie zur Anerkennung der Credential brauchen.',
      'Erwägen Sie, das Programm über Learning Agreements als Mobilitätsfenster in Studiengängen anzubieten. Legen Sie Zielwerte für Anfragen, Bewerbungen und Umwandlung fest, mit einem Kampagnenkalender und einem Budget.',
    ],
    checklist: [
      'Das Einzugsgebiet und die Zielgruppen festlegen',
      'Inhalt und Verantwortung der Programmwebsite vereinbaren',
      'Die Portale und Kanäle zur Bewerbung des Programms auflisten',
      'Für jede Zielgruppe eine Kampagne mit Zeitplan und Budget planen',
      'Entscheiden, ob das Programm als Mobilitätsfenster angeboten wird',
      'Zielwerte für die Gewinnung von Studierenden und ihre Nachverfolgung festlegen',
    ],
  },
  sustainability: {
    guidance: [
      'Legen Sie mittel- und langfristige Meilensteine für Aufnahme, Einnahmen, Studienerfolg, Vereinbarungen mit weiteren Hochschulen und die Zusammenarbeit mit Akteuren fest. Prüfen Sie regelmäßig, ob alle Partner die Ziele noch teilen und das Programm für relevant halten.',
      'Evaluieren Sie jährlich Aktivitäten, Medien und Werkzeuge, Interaktion, Arbeitsaufwand, Flexibilität und Inklusion und machen Sie aus den Ergebnissen einen Verbesserungsplan.',
      'Planen Sie für Veränderungen: einen Aktualisierungszyklus mit einer verantwortlichen Person je Kurs, die Nachfolge beim Personal, einen Ausstiegsweg aus der aktuellen Plattform und eine Auslaufzusage, falls ein Partner ausscheidet.',
    ],
    checklist: [
      'Mittel- und langfristige Meilensteine für das Programm festlegen',
      'Einen jährlichen Evaluations- und Verbesserungszyklus vereinbaren',
      'Aus dem Geschäftsplan einen mehrjährigen Finanzplan ableiten',
      'Jedem Kurs eine verantwortliche Person und einen Aktualisierungszyklus zuordnen',
      'Personalnachfolge und Kontinuität der Plattform planen',
      'Eine Auslaufzusage für den Fall vereinbaren, dass ein Partner ausscheidet',
    ],
  },
  agreement: {
    guidance: [
      'Der Vertrag bündelt die Entscheidungen aus den früheren Kapiteln: Partnerschaft, Team, Ziele, Aufbau, Didaktik, Durchführung, Mobilität, Abschluss, Sprache, Zulassung, Prüfungen, Qualitätssicherung und Finanzen. Entwerfen Sie ihn, sobald diese Kapitel vereinbart sind.',
      'Halten Sie den Haupttext kurz und für mehrere Jahre gültig, üblicherweise drei bis fünf. Legen Sie jährliche Zahlen und detaillierte Verfahren in Anhänge, die sich ändern lassen, ohne den ganzen Vertrag neu zu unterzeichnen.',
      'Ergänzen Sie die rechtlichen Klauseln, die die anderen Kapitel nicht abdecken: Vertraulichkeit, geistiges Eigentum, Datenschutz, Haftung, Austritt mit Auslaufpflicht, Streitbeilegung und anwendbares Recht. Jeder Partner muss unterzeichnen.',
    ],
    checklist: [
      'Vor dem Entwurf bestätigen, dass alle zuliefernden Kapitel vereinbart sind',
      'Laufzeit, Verlängerung und Änderungsverfahren festlegen',
      'Die Gremien und Entscheidungsregeln festlegen',
      'Die finanziellen Regelungen und die Gebührenaufteilung vereinbaren',
      'Die Verantwortung für geistiges Eigentum und Datenschutz regeln',
      'Verfahren für Austritt, Auslaufen und Streitbeilegung vereinbaren',
      'Das anwendbare Recht und die zeichnungsberechtigte Person jedes Partners bestimmen',
    ],
  },
};
