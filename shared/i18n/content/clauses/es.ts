import type { ClauseTexts } from '../clauseTextTypes.ts';

/** Spanish: the clause library's titles and choices and the references' names (the clauses' wording stays as written). */
export const es: ClauseTexts = {
  clauses: {
    parties: {
      title: 'Partes',
      variants: {
        standard: { label: 'Socios de pleno derecho', summary: 'Todos los socios se adhieren en igualdad de condiciones.' },
        associate: {
          label: 'Socios de pleno derecho y asociados',
          summary: 'Algunas instituciones contribuyen sin conceder la credencial.',
        },
      },
    },
    purpose: {
      title: 'Objeto y programa',
      variants: {
        standard: {
          label: 'Programa conjunto',
          summary: 'Describe el programa a grandes rasgos; los detalles figuran en los anexos.',
        },
      },
    },
    'legal-framework': {
      title: 'Marco jurídico',
      variants: {
        standard: {
          label: 'Normas propias de cada Parte',
          summary: 'La legislación nacional y la normativa de cada institución se aplican a su propia parte.',
        },
      },
    },
    governance: {
      title: 'Gobernanza y comités',
      variants: {
        board: {
          label: 'Comité del programa',
          summary: 'Un comité con un miembro de cada Parte y un representante del alumnado.',
        },
        'board-executive': {
          label: 'Comité y equipo ejecutivo',
          summary: 'Un comité para la estrategia y un equipo reducido para la gestión diaria.',
        },
      },
    },
    roles: {
      title: 'Funciones y responsabilidades',
      variants: {
        standard: { label: 'Según las unidades impartidas', summary: 'Cada Parte es responsable de las unidades que imparte.' },
      },
    },
    admission: {
      title: 'Admisión',
      variants: {
        joint: { label: 'Admisión conjunta', summary: 'Un único procedimiento conjunto de solicitud y selección.' },
        each: {
          label: 'Admisión por cada Parte',
          summary: 'Cada Parte admite a su propio alumnado con unos requisitos comunes.',
        },
      },
    },
    examinations: {
      title: 'Evaluación y concesión',
      variants: {
        'joint-award': {
          label: 'Concesión conjunta',
          summary: 'Una única credencial, otorgada conjuntamente por los organismos que la conceden.',
        },
        'multiple-award': {
          label: 'Concesiones múltiples',
          summary: 'Cada organismo que concede la credencial expide la suya propia.',
        },
      },
    },
    language: {
      title: 'Lengua',
      variants: {
        standard: { label: 'Idioma de enseñanza', summary: 'Indica los idiomas de la enseñanza y de la evaluación.' },
      },
    },
    quality: {
      title: 'Garantía de calidad',
      variants: {
        standard: {
          label: 'Plan conjunto de garantía de calidad',
          summary: 'Un plan integrado que se suma a la garantía de calidad propia de cada Parte.',
        },
      },
    },
    'data-protection': {
      title: 'Datos del alumnado y protección de datos',
      variants: {
        'joint-controllers': {
          label: 'Corresponsables del tratamiento',
          summary: 'Las Partes deciden juntas por qué y cómo se tratan los datos del alumnado (art. 26 RGPD).',
        },
        'controller-processor': {
          label: 'Responsable y encargado del tratamiento',
          summary: 'Decide la Parte que matricula; las demás tratan los datos por cuenta de ella (art. 28 RGPD).',
        },
        'independent-controllers': {
          label: 'Responsables independientes',
          summary: 'Cada Parte decide sobre su propio tratamiento; los datos se comparten mediante un acuerdo de intercambio de datos.',
        },
      },
    },
    'intellectual-property': {
      title: 'Propiedad intelectual y licencias',
      variants: {
        'creator-owns': {
          label: 'La propiedad es de la Parte que crea',
          summary: 'Los materiales siguen siendo de la Parte que los creó; las demás reciben una licencia.',
        },
        'open-licence': {
          label: 'Recursos educativos abiertos',
          summary: 'Los materiales se publican con una licencia abierta.',
        },
      },
    },
    finances: {
      title: 'Finanzas y reparto de las tasas',
      variants: {
        standard: {
          label: 'Tasa conjunta, ingresos compartidos',
          summary: 'Una única tasa; los ingresos se reparten según lo acordado en el plan de negocio.',
        },
        'own-costs': {
          label: 'Cada Parte asume sus propios costes',
          summary: 'No hay pagos entre las Partes.',
        },
      },
    },
    liability: {
      title: 'Responsabilidad',
      variants: {
        standard: {
          label: 'Actos propios, sin daños indirectos',
          summary: 'Cada Parte responde de sus propios actos; se excluyen los daños indirectos.',
        },
      },
    },
    confidentiality: {
      title: 'Confidencialidad',
      variants: {
        standard: {
          label: 'Confidencialidad mutua',
          summary: 'La información marcada como confidencial queda entre las Partes.',
        },
      },
    },
    publicity: {
      title: 'Difusión y uso de nombres',
      variants: {
        standard: {
          label: 'Promoción conjunta',
          summary: 'El programa se promociona conjuntamente; nombres y logotipos solo según lo acordado.',
        },
      },
    },
    withdrawal: {
      title: 'Retirada y finalización de estudios',
      variants: {
        standard: {
          label: 'Preaviso y finalización de estudios',
          summary: 'Doce meses de preaviso; el alumnado ya matriculado puede terminar.',
        },
      },
    },
    disputes: {
      title: 'Conflictos y escalamiento',
      variants: {
        escalation: {
          label: 'Escalamiento y después mediación',
          summary: 'Primero el comité, después la dirección de las instituciones, luego la mediación y, por último, los tribunales.',
        },
        arbitration: {
          label: 'Escalamiento y después arbitraje',
          summary: 'Termina en un arbitraje vinculante en lugar de en los tribunales.',
        },
      },
    },
    'governing-law': {
      title: 'Legislación aplicable',
      variants: {
        coordinator: {
          label: 'Legislación del país de la Parte coordinadora',
          summary: 'Una sola legislación para todo el acuerdo.',
        },
      },
    },
    duration: {
      title: 'Duración, renovación y modificación',
      variants: {
        standard: {
          label: 'Cuatro años, renovable',
          summary: 'Un plazo fijo, con renovación y modificaciones por escrito.',
        },
      },
    },
    signatures: {
      title: 'Firmas',
      variants: {
        standard: {
          label: 'Firmado por cada Parte',
          summary: 'Una firma por Parte, en tantos ejemplares como Partes.',
        },
      },
    },
  },
  refLabels: {
    programmeTitle: 'Título del programa',
    partners: 'Socios (denominaciones legales y firmantes)',
    signatories: 'Firmantes',
    ects: 'Total de ECTS',
    eqf: 'Nivel EQF',
    languages: 'Idiomas de enseñanza',
    admission: 'Normas de admisión',
    grading: 'Sistema de calificación',
    awardingBodies: 'Organismos que conceden la credencial',
    teachingShare: 'Parte de la docencia de cada socio',
    feeSplit: 'Reparto de las tasas',
  },
  refShort: {
    programmeTitle: 'Título del programa',
    partners: 'Socios',
    signatories: 'Firmantes',
    ects: 'ECTS',
    eqf: 'Nivel EQF',
    languages: 'Idiomas',
    admission: 'Normas de admisión',
    grading: 'Sistema de calificación',
    awardingBodies: 'Organismos que conceden la credencial',
    teachingShare: 'Parte de la docencia',
    feeSplit: 'Reparto de las tasas',
  },
  notSet: '[{what}: por definir]',
};
