import type { ClauseTexts } from '../clauseTextTypes.ts';

/** French: the clause library's titles and choices and the references' names (the clauses' wording stays as written). */
export const fr: ClauseTexts = {
  clauses: {
    parties: {
      title: 'Parties',
      variants: {
        standard: { label: 'Partenaires à part entière', summary: 'Chaque partenaire adhère dans les mêmes conditions.' },
        associate: {
          label: 'Partenaires à part entière et associés',
          summary: 'Certains établissements contribuent sans délivrer la certification.',
        },
      },
    },
    purpose: {
      title: 'Objet et programme',
      variants: {
        standard: {
          label: 'Programme conjoint',
          summary: 'Décrit le programme dans ses grandes lignes ; les détails figurent dans les annexes.',
        },
      },
    },
    'legal-framework': {
      title: 'Cadre juridique',
      variants: {
        standard: {
          label: 'Règles propres à chaque Partie',
          summary: 'Le droit national et les règlements de chaque établissement s’appliquent à sa propre part.',
        },
      },
    },
    governance: {
      title: 'Gouvernance et instances',
      variants: {
        board: {
          label: 'Comité de programme',
          summary: 'Un comité réunissant un membre de chaque Partie et un représentant des apprenants.',
        },
        'board-executive': {
          label: 'Comité et équipe de direction',
          summary: 'Un comité pour la stratégie et une petite équipe pour la gestion courante.',
        },
      },
    },
    roles: {
      title: 'Rôles et responsabilités',
      variants: {
        standard: { label: 'Selon les unités enseignées', summary: 'Chaque Partie est responsable des unités qu’elle enseigne.' },
      },
    },
    admission: {
      title: 'Admission',
      variants: {
        joint: { label: 'Admission conjointe', summary: 'Une seule procédure commune de candidature et de sélection.' },
        each: {
          label: 'Admission par chaque Partie',
          summary: 'Chaque Partie admet ses propres apprenants selon des conditions communes.',
        },
      },
    },
    examinations: {
      title: 'Examens et délivrance',
      variants: {
        'joint-award': {
          label: 'Délivrance conjointe',
          summary: 'Une seule certification, délivrée conjointement par les organismes de délivrance.',
        },
        'multiple-award': {
          label: 'Délivrances multiples',
          summary: 'Chaque organisme de délivrance délivre sa propre certification.',
        },
      },
    },
    language: {
      title: 'Langue',
      variants: {
        standard: { label: 'Langue d’enseignement', summary: 'Précise les langues d’enseignement et d’évaluation.' },
      },
    },
    quality: {
      title: 'Assurance qualité',
      variants: {
        standard: {
          label: 'Plan d’assurance qualité commun',
          summary: 'Un plan intégré qui s’ajoute à l’assurance qualité propre à chaque Partie.',
        },
      },
    },
    'data-protection': {
      title: 'Données des apprenants et protection des données',
      variants: {
        'joint-controllers': {
          label: 'Responsables conjoints du traitement',
          summary: 'Les Parties décident ensemble pourquoi et comment les données des apprenants sont traitées (art. 26 RGPD).',
        },
        'controller-processor': {
          label: 'Responsable du traitement et sous-traitant',
          summary: 'La Partie qui inscrit l’apprenant décide ; les autres traitent les données pour son compte (art. 28 RGPD).',
        },
        'independent-controllers': {
          label: 'Responsables du traitement indépendants',
          summary: 'Chaque Partie décide de ses propres traitements ; les données sont partagées selon un accord de partage.',
        },
      },
    },
    'intellectual-property': {
      title: 'Propriété intellectuelle et licences',
      variants: {
        'creator-owns': {
          label: 'La Partie qui crée reste propriétaire',
          summary: 'Les supports restent à la Partie qui les a créés ; les autres reçoivent une licence.',
        },
        'open-licence': {
          label: 'Ressources éducatives libres',
          summary: 'Les supports sont publiés sous une licence libre.',
        },
      },
    },
    finances: {
      title: 'Finances et partage des droits d’inscription',
      variants: {
        standard: {
          label: 'Droits communs, recettes partagées',
          summary: 'Des droits d’inscription uniques ; les recettes sont partagées comme le prévoit le plan d’affaires.',
        },
        'own-costs': {
          label: 'Chaque Partie supporte ses propres coûts',
          summary: 'Aucun paiement n’a lieu entre les Parties.',
        },
      },
    },
    liability: {
      title: 'Responsabilité',
      variants: {
        standard: {
          label: 'Actes propres, pas de dommages indirects',
          summary: 'Chaque Partie répond de ses propres actes ; les dommages indirects sont exclus.',
        },
      },
    },
    confidentiality: {
      title: 'Confidentialité',
      variants: {
        standard: {
          label: 'Confidentialité réciproque',
          summary: 'Les informations signalées comme confidentielles restent entre les Parties.',
        },
      },
    },
    publicity: {
      title: 'Communication et usage des noms',
      variants: {
        standard: {
          label: 'Promotion commune',
          summary: 'Le programme est promu conjointement ; noms et logos uniquement selon ce qui a été convenu.',
        },
      },
    },
    withdrawal: {
      title: 'Retrait et fin de cursus',
      variants: {
        standard: {
          label: 'Préavis et fin de cursus',
          summary: 'Préavis de douze mois ; les apprenants déjà inscrits peuvent terminer leur cursus.',
        },
      },
    },
    disputes: {
      title: 'Différends et escalade',
      variants: {
        escalation: {
          label: 'Escalade, puis médiation',
          summary: 'Le comité, puis les chefs d’établissement, puis une médiation, et enfin les tribunaux.',
        },
        arbitration: {
          label: 'Escalade, puis arbitrage',
          summary: 'Aboutit à un arbitrage contraignant plutôt qu’aux tribunaux.',
        },
      },
    },
    'governing-law': {
      title: 'Droit applicable',
      variants: {
        coordinator: {
          label: 'Droit du pays de la Partie coordinatrice',
          summary: 'Un seul droit pour l’ensemble de l’accord.',
        },
      },
    },
    duration: {
      title: 'Durée, renouvellement et modification',
      variants: {
        standard: {
          label: 'Quatre ans, renouvelable',
          summary: 'Une durée déterminée, avec renouvellement et modifications par écrit.',
        },
      },
    },
    signatures: {
      title: 'Signatures',
      variants: {
        standard: {
          label: 'Signé par chaque Partie',
          summary: 'Une signature par Partie, en autant d’exemplaires originaux.',
        },
      },
    },
  },
  refLabels: {
    programmeTitle: 'Intitulé du programme',
    partners: 'Partenaires (dénominations légales et signataires)',
    signatories: 'Signataires',
    ects: 'Total des ECTS',
    eqf: 'Niveau EQF',
    languages: 'Langues d’enseignement',
    admission: 'Règles d’admission',
    grading: 'Système de notation',
    awardingBodies: 'Organismes de délivrance',
    teachingShare: 'Part d’enseignement de chaque partenaire',
    feeSplit: 'Partage des droits d’inscription',
  },
  refShort: {
    programmeTitle: 'Intitulé du programme',
    partners: 'Partenaires',
    signatories: 'Signataires',
    ects: 'ECTS',
    eqf: 'Niveau EQF',
    languages: 'Langues',
    admission: 'Règles d’admission',
    grading: 'Système de notation',
    awardingBodies: 'Organismes de délivrance',
    teachingShare: 'Part d’enseignement',
    feeSplit: 'Partage des droits d’inscription',
  },
  notSet: '[{what} : à définir]',
};
