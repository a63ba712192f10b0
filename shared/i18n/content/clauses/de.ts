import type { ClauseTexts } from '../clauseTextTypes.ts';

/** German: the clause library's titles and choices and the references' names (the clauses' wording stays as written). */
export const de: ClauseTexts = {
  clauses: {
    parties: {
      title: 'Vertragsparteien',
      variants: {
        standard: { label: 'Vollpartner', summary: 'Alle Partner treten zu gleichen Bedingungen bei.' },
        associate: {
          label: 'Voll- und assoziierte Partner',
          summary: 'Einige Einrichtungen wirken mit, ohne den Abschluss zu verleihen.',
        },
      },
    },
    purpose: {
      title: 'Zweck und Programm',
      variants: {
        standard: {
          label: 'Gemeinsames Programm',
          summary: 'Beschreibt das Programm in groben Zügen; die Einzelheiten stehen in den Anhängen.',
        },
      },
    },
    'legal-framework': {
      title: 'Rechtsrahmen',
      variants: {
        standard: {
          label: 'Eigene Regeln jeder Vertragspartei',
          summary: 'Für ihren Anteil gelten das nationale Recht und die Ordnungen der jeweiligen Einrichtung.',
        },
      },
    },
    governance: {
      title: 'Steuerung und Gremien',
      variants: {
        board: {
          label: 'Programmausschuss',
          summary: 'Ein Ausschuss mit einem Mitglied jeder Vertragspartei und einer Vertretung der Lernenden.',
        },
        'board-executive': {
          label: 'Ausschuss und Leitungsteam',
          summary: 'Ein Ausschuss für die Strategie und ein kleines Team für den laufenden Betrieb.',
        },
      },
    },
    roles: {
      title: 'Rollen und Zuständigkeiten',
      variants: {
        standard: {
          label: 'Nach unterrichteten Einheiten',
          summary: 'Jede Vertragspartei ist für die Einheiten verantwortlich, die sie unterrichtet.',
        },
      },
    },
    admission: {
      title: 'Zulassung',
      variants: {
        joint: { label: 'Gemeinsame Zulassung', summary: 'Ein gemeinsames Bewerbungs- und Auswahlverfahren.' },
        each: {
          label: 'Zulassung durch jede Vertragspartei',
          summary: 'Jede Vertragspartei lässt ihre eigenen Lernenden nach gemeinsamen Voraussetzungen zu.',
        },
      },
    },
    examinations: {
      title: 'Prüfungen und Verleihung',
      variants: {
        'joint-award': {
          label: 'Gemeinsame Verleihung',
          summary: 'Ein einziger Abschluss, den die verleihenden Stellen gemeinsam verleihen.',
        },
        'multiple-award': { label: 'Mehrfache Verleihung', summary: 'Jede verleihende Stelle stellt ihren eigenen Abschluss aus.' },
      },
    },
    language: {
      title: 'Sprache',
      variants: {
        standard: { label: 'Unterrichtssprache', summary: 'Legt die Sprachen von Lehre und Prüfung fest.' },
      },
    },
    quality: {
      title: 'Qualitätssicherung',
      variants: {
        standard: {
          label: 'Gemeinsamer QS-Plan',
          summary: 'Ein gemeinsamer Plan zusätzlich zur eigenen Qualitätssicherung jeder Vertragspartei.',
        },
      },
    },
    'data-protection': {
      title: 'Daten der Lernenden und Datenschutz',
      variants: {
        'joint-controllers': {
          label: 'Gemeinsam Verantwortliche',
          summary: 'Die Vertragsparteien legen gemeinsam fest, wozu und wie Daten der Lernenden verarbeitet werden (Art. 26 DSGVO).',
        },
        'controller-processor': {
          label: 'Verantwortlicher und Auftragsverarbeiter',
          summary: 'Die einschreibende Vertragspartei entscheidet; die anderen verarbeiten die Daten in ihrem Auftrag (Art. 28 DSGVO).',
        },
        'independent-controllers': {
          label: 'Eigenständig Verantwortliche',
          summary:
            'Jede Vertragspartei entscheidet über ihre eigene Verarbeitung; Daten werden nach einer Vereinbarung zur Datenweitergabe geteilt.',
        },
      },
    },
    'intellectual-property': {
      title: 'Geistiges Eigentum und Lizenzen',
      variants: {
        'creator-owns': {
          label: 'Eigentum bleibt bei der erstellenden Partei',
          summary: 'Materialien gehören weiter der Vertragspartei, die sie erstellt hat; die anderen erhalten eine Lizenz.',
        },
        'open-licence': {
          label: 'Offene Bildungsressourcen',
          summary: 'Die Materialien werden unter einer offenen Lizenz veröffentlicht.',
        },
      },
    },
    finances: {
      title: 'Finanzen und Gebührenaufteilung',
      variants: {
        standard: {
          label: 'Gemeinsame Gebühr, geteilte Einnahmen',
          summary: 'Eine Gebühr; die Einnahmen werden so geteilt, wie es der Geschäftsplan vorsieht.',
        },
        'own-costs': {
          label: 'Jede Vertragspartei trägt ihre eigenen Kosten',
          summary: 'Zwischen den Vertragsparteien fließt kein Geld.',
        },
      },
    },
    liability: {
      title: 'Haftung',
      variants: {
        standard: {
          label: 'Eigenes Handeln, keine mittelbaren Schäden',
          summary: 'Jede Vertragspartei haftet für ihr eigenes Handeln; mittelbare Schäden sind ausgeschlossen.',
        },
      },
    },
    confidentiality: {
      title: 'Vertraulichkeit',
      variants: {
        standard: {
          label: 'Gegenseitige Vertraulichkeit',
          summary: 'Als vertraulich gekennzeichnete Informationen bleiben unter den Vertragsparteien.',
        },
      },
    },
    publicity: {
      title: 'Öffentlichkeitsarbeit und Verwendung von Namen',
      variants: {
        standard: {
          label: 'Gemeinsame Bewerbung',
          summary: 'Das Programm wird gemeinsam beworben; Namen und Logos nur wie vereinbart.',
        },
      },
    },
    withdrawal: {
      title: 'Austritt und Auslaufen',
      variants: {
        standard: {
          label: 'Kündigungsfrist und Auslaufen',
          summary: 'Zwölf Monate Kündigungsfrist; eingeschriebene Lernende können das Programm abschließen.',
        },
      },
    },
    disputes: {
      title: 'Streitigkeiten und Eskalation',
      variants: {
        escalation: {
          label: 'Eskalation, dann Mediation',
          summary: 'Erst der Ausschuss, dann die Leitungen der Einrichtungen, dann eine Mediation, zuletzt die Gerichte.',
        },
        arbitration: {
          label: 'Eskalation, dann Schiedsverfahren',
          summary: 'Endet mit einem verbindlichen Schiedsverfahren statt vor den Gerichten.',
        },
      },
    },
    'governing-law': {
      title: 'Anwendbares Recht',
      variants: {
        coordinator: {
          label: 'Recht des Landes der koordinierenden Partei',
          summary: 'Ein einziges Recht für die gesamte Vereinbarung.',
        },
      },
    },
    duration: {
      title: 'Laufzeit, Verlängerung und Änderung',
      variants: {
        standard: {
          label: 'Vier Jahre, verlängerbar',
          summary: 'Eine feste Laufzeit mit Verlängerung und schriftlichen Änderungen.',
        },
      },
    },
    signatures: {
      title: 'Unterschriften',
      variants: {
        standard: {
          label: 'Von jeder Vertragspartei unterzeichnet',
          summary: 'Eine Unterschrift je Vertragspartei, in gleichlautenden Ausfertigungen.',
        },
      },
    },
  },
  refLabels: {
    programmeTitle: 'Programmtitel',
    partners: 'Partner (offizielle Namen und Unterzeichnende)',
    signatories: 'Unterzeichnende',
    ects: 'ECTS insgesamt',
    eqf: 'EQR-Niveau',
    languages: 'Unterrichtssprachen',
    admission: 'Zulassungsregeln',
    grading: 'Notensystem',
    awardingBodies: 'Verleihende Stellen',
    teachingShare: 'Lehranteil je Partner',
    feeSplit: 'Gebührenaufteilung',
  },
  refShort: {
    programmeTitle: 'Programmtitel',
    partners: 'Partner',
    signatories: 'Unterzeichnende',
    ects: 'ECTS',
    eqf: 'EQR-Niveau',
    languages: 'Sprachen',
    admission: 'Zulassungsregeln',
    grading: 'Notensystem',
    awardingBodies: 'Verleihende Stellen',
    teachingShare: 'Lehranteil',
    feeSplit: 'Gebührenaufteilung',
  },
  notSet: '[{what}: noch nicht festgelegt]',
};
