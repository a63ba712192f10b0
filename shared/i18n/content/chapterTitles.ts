import type { ChapterKey } from '../../chapterTypes.ts';
import type { Locale } from '../locales.ts';

/** A chapter's heading and its one-sentence summary in one language. */
export interface ChapterHeading {
  title: string;
  summary: string;
}

/**
 * Chapter headings in the languages other than English (English stays in `shared/chapters.ts`).
 * Small enough to ship with the page: the sidebar, overview and exports need them at once.
 */
export const CHAPTER_HEADINGS: Record<Exclude<Locale, 'en'>, Record<ChapterKey, ChapterHeading>> = {
  fr: {
    concept: {
      title: 'Le concept de micro-certification',
      summary: 'Fixe ce que le consortium entend par programme de micro-certification, ainsi que son type, sa taille et son niveau.',
    },
    overview: {
      title: 'Feuille de route de la conception',
      summary: 'Fixe l’ordre des étapes de conception, le responsable de chacune et le chemin des décisions jusqu’à leur approbation.',
    },
    alignment: {
      title: 'Cohérence européenne et nationale',
      summary:
        'Fixe la manière dont le programme s’inscrit dans la politique de l’UE, les outils de Bologne et les règles de chaque pays partenaire.',
    },
    objectives: {
      title: 'Macro-objectifs',
      summary: 'Fixe ce que le consortium veut atteindre avec le programme et la manière de mesurer sa réussite.',
    },
    partnership: { title: 'Le partenariat', summary: 'Fixe qui sont les partenaires, le rôle de chacun et ce que chacun apporte.' },
    team: {
      title: 'Équipe du programme',
      summary: 'Fixe la composition, la direction et le fonctionnement de l’équipe commune du programme, ainsi que ses responsabilités.',
    },
    support: {
      title: 'Soutien institutionnel',
      summary: 'Fixe les services de soutien de chaque partenaire qui interviennent et ce que chacun doit fournir.',
    },
    vision: {
      title: 'Vision commune',
      summary: 'Fixe la finalité, le public, le profil des diplômés et la valeur propre auxquels tous les partenaires adhèrent.',
    },
    curriculum: {
      title: 'Cursus commun',
      summary: 'Fixe les acquis d’apprentissage, la structure, les cours, la charge de travail et les modalités du cursus commun.',
    },
    qualification: {
      title: 'La certification',
      summary: 'Fixe la certification que reçoivent les apprenants, qui la délivre et les informations qu’elle contient.',
    },
    ecosystem: {
      title: 'Écosystème pédagogique et technologique',
      summary: 'Fixe les plateformes, les outils, les flux de données et les services aux apprenants sur lesquels repose le programme.',
    },
    language: {
      title: 'Politique linguistique',
      summary: 'Fixe les langues d’enseignement, d’évaluation, de certification et d’accompagnement.',
    },
    admission: {
      title: 'Cadre d’admission',
      summary: 'Fixe qui peut entrer dans le programme, comment les candidats sont sélectionnés et où ils s’inscrivent.',
    },
    examination: {
      title: 'Règlement des examens',
      summary: 'Fixe la manière dont les apprenants sont évalués, notés et reçoivent leurs crédits dans l’ensemble du partenariat.',
    },
    quality: {
      title: 'Assurance qualité commune',
      summary: 'Fixe la manière dont la qualité est suivie, évaluée et améliorée chez tous les partenaires.',
    },
    business: {
      title: 'Plan d’affaires',
      summary: 'Fixe le financement du programme, ce que paient les apprenants et le partage des recettes et des coûts.',
    },
    recruitment: {
      title: 'Plan de recrutement des étudiants',
      summary: 'Fixe les publics visés par le programme, les canaux utilisés et les informations fournies.',
    },
    sustainability: {
      title: 'Cadre de pérennité',
      summary: 'Fixe la manière dont le programme reste pertinent, financé et bien géré au-delà de ses premières promotions.',
    },
    agreement: {
      title: 'Accord de consortium',
      summary: 'Fixe les conditions contraignantes selon lesquelles les partenaires gèrent ensemble le programme.',
    },
  },
  de: {
    concept: {
      title: 'Das Konzept der Micro-Credential',
      summary: 'Legt fest, was das Konsortium unter einem Micro-Credential-Programm versteht, sowie dessen Art, Umfang und Niveau.',
    },
    overview: {
      title: 'Fahrplan der Gestaltung',
      summary:
        'Legt die Reihenfolge der Gestaltungsschritte fest, wer für jeden verantwortlich ist und wie Entscheidungen zur Genehmigung gelangen.',
    },
    alignment: {
      title: 'Europäische und nationale Einbettung',
      summary: 'Legt fest, wie das Programm zur EU-Politik, zu den Bologna-Instrumenten und zu den Regeln jedes Partnerlandes passt.',
    },
    objectives: {
      title: 'Makroziele',
      summary: 'Legt fest, was das Konsortium mit dem Programm erreichen will und wie der Erfolg gemessen wird.',
    },
    partnership: {
      title: 'Die Partnerschaft',
      summary: 'Legt fest, wer die Partner sind, welche Rolle jeder Partner übernimmt und was jeder beiträgt.',
    },
    team: {
      title: 'Programmteam',
      summary: 'Legt fest, wie das gemeinsame Programmteam zusammengesetzt, geleitet und geführt wird und wofür es verantwortlich ist.',
    },
    support: {
      title: 'Institutionelle Unterstützung',
      summary: 'Legt fest, welche Unterstützungsdienste der Partner beteiligt sind und was jeder Dienst leisten muss.',
    },
    vision: {
      title: 'Gemeinsame Vision',
      summary: 'Legt Zweck, Zielgruppe, Absolventenprofil und besonderen Wert fest, die alle Partner mittragen.',
    },
    curriculum: {
      title: 'Gemeinsames Curriculum',
      summary: 'Legt Lernergebnisse, Aufbau, Kurse, Arbeitsaufwand und Durchführung des gemeinsamen Curriculums fest.',
    },
    qualification: {
      title: 'Der Abschluss',
      summary: 'Legt fest, welchen Abschluss die Lernenden erhalten, wer ihn verleiht und welche Angaben er enthält.',
    },
    ecosystem: {
      title: 'Bildungs- und Technologieumgebung',
      summary: 'Legt die Plattformen, Werkzeuge, Datenflüsse und Dienste für Lernende fest, auf denen das Programm beruht.',
    },
    language: {
      title: 'Sprachenpolitik',
      summary: 'Legt die Sprachen für Lehre, Prüfung, Zertifizierung und Betreuung fest.',
    },
    admission: {
      title: 'Zulassungsrahmen',
      summary: 'Legt fest, wer in das Programm aufgenommen werden kann, wie Bewerbende ausgewählt werden und wo sie sich einschreiben.',
    },
    examination: {
      title: 'Prüfungsordnung',
      summary: 'Legt fest, wie Lernende in der gesamten Partnerschaft geprüft, benotet und mit Leistungspunkten bedacht werden.',
    },
    quality: {
      title: 'Gemeinsame Qualitätssicherung',
      summary: 'Legt fest, wie die Qualität bei allen Partnern überwacht, bewertet und verbessert wird.',
    },
    business: {
      title: 'Geschäftsplan',
      summary: 'Legt fest, wie das Programm finanziert wird, was Lernende zahlen und wie Einnahmen und Kosten geteilt werden.',
    },
    recruitment: {
      title: 'Plan zur Gewinnung von Studierenden',
      summary: 'Legt fest, an wen sich das Programm richtet, über welche Kanäle und mit welchen Informationen.',
    },
    sustainability: {
      title: 'Rahmen für Nachhaltigkeit',
      summary: 'Legt fest, wie das Programm über die ersten Jahrgänge hinaus relevant, finanziert und gut geführt bleibt.',
    },
    agreement: {
      title: 'Konsortialvertrag',
      summary: 'Legt die verbindlichen Bedingungen fest, unter denen die Partner das Programm gemeinsam durchführen.',
    },
  },
  es: {
    concept: {
      title: 'El concepto de microcredencial',
      summary: 'Establece qué entiende el consorcio por programa de microcredenciales, así como su tipo, tamaño y nivel.',
    },
    overview: {
      title: 'Hoja de ruta del diseño',
      summary: 'Establece el orden de los pasos del diseño, quién se encarga de cada uno y cómo llegan las decisiones a su aprobación.',
    },
    alignment: {
      title: 'Encaje europeo y nacional',
      summary: 'Establece cómo encaja el programa en la política de la UE, las herramientas de Bolonia y las normas de cada país socio.',
    },
    objectives: {
      title: 'Macroobjetivos',
      summary: 'Establece qué quiere lograr el consorcio con el programa y cómo se medirá el éxito.',
    },
    partnership: {
      title: 'La asociación',
      summary: 'Establece quiénes son los socios, qué papel desempeña cada uno y qué aporta cada uno.',
    },
    team: {
      title: 'Equipo del programa',
      summary: 'Establece cómo se compone, se dirige y funciona el equipo conjunto del programa, y de qué es responsable.',
    },
    support: {
      title: 'Apoyo institucional',
      summary: 'Establece qué servicios de apoyo de cada socio participan y qué debe aportar cada uno.',
    },
    vision: {
      title: 'Visión compartida',
      summary: 'Establece el propósito, el alumnado, el perfil de egreso y el valor distintivo que todos los socios suscriben.',
    },
    curriculum: {
      title: 'Plan de estudios conjunto',
      summary:
        'Establece los resultados de aprendizaje, la estructura, los cursos, la carga de trabajo y la impartición del plan de estudios conjunto.',
    },
    qualification: {
      title: 'La titulación',
      summary: 'Establece qué titulación recibe el alumnado, quién la expide y qué información contiene.',
    },
    ecosystem: {
      title: 'Ecosistema educativo y tecnológico',
      summary: 'Establece las plataformas, herramientas, flujos de datos y servicios al alumnado en los que se apoya el programa.',
    },
    language: {
      title: 'Política lingüística',
      summary: 'Establece las lenguas de enseñanza, evaluación, certificación y apoyo.',
    },
    admission: {
      title: 'Marco de admisión',
      summary: 'Establece quién puede acceder al programa, cómo se selecciona a los candidatos y dónde se matriculan.',
    },
    examination: {
      title: 'Reglamento de evaluación',
      summary: 'Establece cómo se evalúa, califica y otorga créditos al alumnado en toda la asociación.',
    },
    quality: {
      title: 'Garantía de calidad conjunta',
      summary: 'Establece cómo se supervisa, evalúa y mejora la calidad en todos los socios.',
    },
    business: {
      title: 'Plan de negocio',
      summary: 'Establece cómo se financia el programa, qué paga el alumnado y cómo se reparten los ingresos y los costes.',
    },
    recruitment: {
      title: 'Plan de captación de estudiantes',
      summary: 'Establece a quién se dirige el programa, por qué canales y con qué información.',
    },
    sustainability: {
      title: 'Marco de sostenibilidad',
      summary: 'Establece cómo el programa sigue siendo pertinente, financiado y bien gestionado más allá de sus primeras cohortes.',
    },
    agreement: {
      title: 'Acuerdo de consorcio',
      summary: 'Establece las condiciones vinculantes con las que los socios gestionan conjuntamente el programa.',
    },
  },
  nl: {
    concept: {
      title: 'Het microcredentialconcept',
      summary: 'Legt vast wat het consortium onder een microcredentialprogramma verstaat, en het type, de omvang en het niveau ervan.',
    },
    overview: {
      title: 'Ontwerproadmap',
      summary: 'Legt de volgorde van de ontwerpstappen vast, wie elke stap trekt en hoe besluiten tot goedkeuring komen.',
    },
    alignment: {
      title: 'Europese en nationale aansluiting',
      summary: 'Legt vast hoe het programma aansluit op het EU-beleid, de Bologna-instrumenten en de regels van elk partnerland.',
    },
    objectives: {
      title: 'Macrodoelen',
      summary: 'Legt vast wat het consortium met het programma wil bereiken en hoe succes wordt gemeten.',
    },
    partnership: {
      title: 'Het partnerschap',
      summary: 'Legt vast wie de partners zijn, welke rol elke partner speelt en wat elke partner bijdraagt.',
    },
    team: {
      title: 'Programmateam',
      summary:
        'Legt vast hoe het gezamenlijke programmateam is samengesteld, geleid en georganiseerd, en waarvoor het verantwoordelijk is.',
    },
    support: {
      title: 'Institutionele ondersteuning',
      summary: 'Legt vast welke ondersteunende diensten van elke partner betrokken zijn en wat elk ervan moet leveren.',
    },
    vision: {
      title: 'Gedeelde visie',
      summary: 'Legt het doel, de lerenden, het afstudeerprofiel en de onderscheidende waarde vast die alle partners onderschrijven.',
    },
    curriculum: {
      title: 'Gezamenlijk curriculum',
      summary: 'Legt de leeruitkomsten, opbouw, cursussen, studielast en uitvoering van het gezamenlijke curriculum vast.',
    },
    qualification: {
      title: 'De kwalificatie',
      summary: 'Legt vast welke kwalificatie lerenden ontvangen, wie die verleent en welke informatie erop staat.',
    },
    ecosystem: {
      title: 'Onderwijskundig en technologisch ecosysteem',
      summary: 'Legt de platforms, tools, gegevensstromen en diensten voor lerenden vast waarop het programma draait.',
    },
    language: {
      title: 'Taalbeleid',
      summary: 'Legt de talen van onderwijs, toetsing, certificering en ondersteuning vast.',
    },
    admission: {
      title: 'Toelatingskader',
      summary: 'Legt vast wie tot het programma wordt toegelaten, hoe kandidaten worden geselecteerd en waar zij zich inschrijven.',
    },
    examination: {
      title: 'Onderwijs- en examenregeling',
      summary: 'Legt vast hoe lerenden binnen het hele partnerschap worden getoetst, beoordeeld en studiepunten ontvangen.',
    },
    quality: {
      title: 'Gezamenlijke kwaliteitszorg',
      summary: 'Legt vast hoe de kwaliteit bij alle partners wordt bewaakt, geëvalueerd en verbeterd.',
    },
    business: {
      title: 'Businessplan',
      summary: 'Legt vast hoe het programma wordt gefinancierd, wat lerenden betalen en hoe inkomsten en kosten worden verdeeld.',
    },
    recruitment: {
      title: 'Wervingsplan voor studenten',
      summary: 'Legt vast op wie het programma zich richt, via welke kanalen en met welke informatie.',
    },
    sustainability: {
      title: 'Kader voor duurzaamheid',
      summary: 'Legt vast hoe het programma na de eerste cohorten relevant, gefinancierd en goed georganiseerd blijft.',
    },
    agreement: {
      title: 'Consortiumovereenkomst',
      summary: 'Legt de bindende voorwaarden vast waaronder de partners het programma samen uitvoeren.',
    },
  },
};
