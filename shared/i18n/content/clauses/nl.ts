import type { ClauseTexts } from '../clauseTextTypes.ts';

/** Dutch: the clause library's titles and choices and the references' names (the clauses' wording stays as written). */
export const nl: ClauseTexts = {
  clauses: {
    parties: {
      title: 'Partijen',
      variants: {
        standard: { label: 'Volwaardige partners', summary: 'Alle partners treden toe op gelijke voorwaarden.' },
        associate: {
          label: 'Volwaardige en geassocieerde partners',
          summary: 'Sommige instellingen dragen bij zonder de credential toe te kennen.',
        },
      },
    },
    purpose: {
      title: 'Doel en programma',
      variants: {
        standard: {
          label: 'Gezamenlijk programma',
          summary: 'Beschrijft het programma op hoofdlijnen; de details staan in de bijlagen.',
        },
      },
    },
    'legal-framework': {
      title: 'Juridisch kader',
      variants: {
        standard: {
          label: 'Eigen regels van elke Partij',
          summary: 'Het nationale recht en de regelingen van elke instelling gelden voor haar eigen deel.',
        },
      },
    },
    governance: {
      title: 'Bestuur en commissies',
      variants: {
        board: {
          label: 'Programmaraad',
          summary: 'Eén raad met een lid van elke Partij en een vertegenwoordiger van de lerenden.',
        },
        'board-executive': {
          label: 'Raad en uitvoerend team',
          summary: 'Een raad voor de strategie en een klein team voor de dagelijkse gang van zaken.',
        },
      },
    },
    roles: {
      title: 'Rollen en verantwoordelijkheden',
      variants: {
        standard: {
          label: 'Per verzorgde onderwijseenheid',
          summary: 'Elke Partij is verantwoordelijk voor de eenheden die zij verzorgt.',
        },
      },
    },
    admission: {
      title: 'Toelating',
      variants: {
        joint: { label: 'Gezamenlijke toelating', summary: 'Eén gezamenlijke aanmeldings- en selectieprocedure.' },
        each: {
          label: 'Toelating door elke Partij',
          summary: 'Elke Partij laat haar eigen lerenden toe volgens gemeenschappelijke eisen.',
        },
      },
    },
    examinations: {
      title: 'Examens en toekenning',
      variants: {
        'joint-award': {
          label: 'Gezamenlijke toekenning',
          summary: 'Eén credential, gezamenlijk toegekend door de toekennende instanties.',
        },
        'multiple-award': {
          label: 'Meervoudige toekenning',
          summary: 'Elke toekennende instantie reikt haar eigen credential uit.',
        },
      },
    },
    language: {
      title: 'Taal',
      variants: {
        standard: { label: 'Onderwijstaal', summary: 'Legt de talen van onderwijs en toetsing vast.' },
      },
    },
    quality: {
      title: 'Kwaliteitszorg',
      variants: {
        standard: {
          label: 'Gezamenlijk kwaliteitszorgplan',
          summary: 'Eén geïntegreerd plan bovenop de eigen kwaliteitszorg van elke Partij.',
        },
      },
    },
    'data-protection': {
      title: 'Gegevens van lerenden en gegevensbescherming',
      variants: {
        'joint-controllers': {
          label: 'Gezamenlijke verwerkingsverantwoordelijken',
          summary: 'De Partijen bepalen samen waarom en hoe gegevens van lerenden worden verwerkt (art. 26 AVG).',
        },
        'controller-processor': {
          label: 'Verwerkingsverantwoordelijke en verwerker',
          summary: 'De inschrijvende Partij beslist; de andere Partijen verwerken de gegevens in haar opdracht (art. 28 AVG).',
        },
        'independent-controllers': {
          label: 'Zelfstandige verwerkingsverantwoordelijken',
          summary:
            'Elke Partij beslist over haar eigen verwerking; gegevens worden gedeeld op grond van een overeenkomst voor gegevensdeling.',
        },
      },
    },
    'intellectual-property': {
      title: 'Intellectueel eigendom en licenties',
      variants: {
        'creator-owns': {
          label: 'Eigendom blijft bij de maker',
          summary: 'Materiaal blijft van de Partij die het heeft gemaakt; de andere Partijen krijgen een licentie.',
        },
        'open-licence': {
          label: 'Open leermaterialen',
          summary: 'Het materiaal wordt onder een open licentie gepubliceerd.',
        },
      },
    },
    finances: {
      title: 'Financiën en verdeling van het collegegeld',
      variants: {
        standard: {
          label: 'Gezamenlijk collegegeld, gedeelde inkomsten',
          summary: 'Eén collegegeld; de inkomsten worden verdeeld zoals in het businessplan is afgesproken.',
        },
        'own-costs': {
          label: 'Elke Partij draagt haar eigen kosten',
          summary: 'Tussen de Partijen wordt niets betaald.',
        },
      },
    },
    liability: {
      title: 'Aansprakelijkheid',
      variants: {
        standard: {
          label: 'Eigen handelen, geen indirecte schade',
          summary: 'Elke Partij staat in voor haar eigen handelen; indirecte schade is uitgesloten.',
        },
      },
    },
    confidentiality: {
      title: 'Vertrouwelijkheid',
      variants: {
        standard: {
          label: 'Wederzijdse vertrouwelijkheid',
          summary: 'Informatie die als vertrouwelijk is gemarkeerd, blijft tussen de Partijen.',
        },
      },
    },
    publicity: {
      title: 'Publiciteit en gebruik van namen',
      variants: {
        standard: {
          label: 'Gezamenlijke promotie',
          summary: 'Het programma wordt gezamenlijk gepromoot; namen en logo’s alleen zoals afgesproken.',
        },
      },
    },
    withdrawal: {
      title: 'Uittreding en afbouw',
      variants: {
        standard: {
          label: 'Opzegtermijn en afbouw',
          summary: 'Twaalf maanden opzegtermijn; ingeschreven lerenden kunnen het programma afmaken.',
        },
      },
    },
    disputes: {
      title: 'Geschillen en escalatie',
      variants: {
        escalation: {
          label: 'Escalatie, dan mediation',
          summary: 'Eerst de raad, dan de bestuurders van de instellingen, dan mediation en ten slotte de rechter.',
        },
        arbitration: {
          label: 'Escalatie, dan arbitrage',
          summary: 'Eindigt in bindende arbitrage in plaats van bij de rechter.',
        },
      },
    },
    'governing-law': {
      title: 'Toepasselijk recht',
      variants: {
        coordinator: {
          label: 'Recht van het land van de coördinerende Partij',
          summary: 'Eén recht voor de hele overeenkomst.',
        },
      },
    },
    duration: {
      title: 'Looptijd, verlenging en wijziging',
      variants: {
        standard: {
          label: 'Vier jaar, verlengbaar',
          summary: 'Een vaste looptijd, met verlenging en schriftelijke wijzigingen.',
        },
      },
    },
    signatures: {
      title: 'Ondertekening',
      variants: {
        standard: {
          label: 'Ondertekend door elke Partij',
          summary: 'Eén handtekening per Partij, in zoveel exemplaren als er Partijen zijn.',
        },
      },
    },
  },
  refLabels: {
    programmeTitle: 'Programmatitel',
    partners: 'Partners (juridische namen en ondertekenaars)',
    signatories: 'Ondertekenaars',
    ects: 'Totaal ECTS',
    eqf: 'EQF-niveau',
    languages: 'Onderwijstalen',
    admission: 'Toelatingsregels',
    grading: 'Beoordelingssysteem',
    awardingBodies: 'Toekennende instanties',
    teachingShare: 'Onderwijsaandeel per partner',
    feeSplit: 'Verdeling van het collegegeld',
  },
  refShort: {
    programmeTitle: 'Programmatitel',
    partners: 'Partners',
    signatories: 'Ondertekenaars',
    ects: 'ECTS',
    eqf: 'EQF-niveau',
    languages: 'Talen',
    admission: 'Toelatingsregels',
    grading: 'Beoordelingssysteem',
    awardingBodies: 'Toekennende instanties',
    teachingShare: 'Onderwijsaandeel',
    feeSplit: 'Verdeling collegegeld',
  },
  notSet: '[{what}: nog niet ingevuld]',
};
