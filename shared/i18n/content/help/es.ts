import type { ChapterHelp } from '../../../chapterTypes.ts';

/** Orientación y decisiones de cada capítulo en español (las listas siguen el orden del original inglés). */
export const help: ChapterHelp = {
  concept: {
    guidance: [
      'Parta de la definición de la Recomendación del Consejo de 2022: el registro de los resultados de aprendizaje obtenidos tras un volumen reducido de aprendizaje, evaluados con criterios transparentes, propiedad de quien aprende y respaldados por la garantía de calidad. Dejen por escrito la definición de trabajo que aceptan todos los socios antes de debatir cualquier otra cosa.',
      'En este modelo, un programa combina varios cursos, normalmente de 4–5 ECTS o más cada uno, y conduce a una titulación. Los cursos sueltos de 1–3 ECTS y las unidades de microaprendizaje de menos de 1 ECTS son otro formato. Los programas de aprendizaje breves suelen sumar 5–30 ECTS en los niveles 5–8 del MEC.',
      'Los socios usan a menudo las mismas palabras para cosas distintas. Acuerden pronto un glosario breve e indiquen dónde se sitúa el programa en la oferta de cada institución: educación de grado, desarrollo profesional continuo o educación abierta.',
    ],
    checklist: [
      'Adoptar una definición de trabajo común de microcredencial',
      'Elegir el tipo de programa y su denominación',
      'Acordar el total de ECTS y el nivel MEC del programa',
      'Fijar el tamaño mínimo de un curso dentro del programa',
      'Identificar el público destinatario principal',
      'Situar el programa en la oferta de cada socio',
      'Acordar un glosario común de términos clave',
    ],
  },
  overview: {
    guidance: [
      'Trate los capítulos de este expediente como una hoja de ruta y no como una secuencia fija. Las decisiones de capítulos posteriores a menudo obligan a volver sobre los anteriores, así que cuente con iterar, pero tenga siempre claro qué pasos están terminados y cuáles siguen abiertos.',
      'Asigne a cada paso un socio responsable, una persona encargada y una fecha objetivo. Lleve un estado sencillo para cada uno, por ejemplo: borrador, en revisión por los socios, acordado y aprobado por las instituciones.',
      'Muchos capítulos alimentan el acuerdo de consorcio, así que ciérrelos antes de redactarlo. Averigüe pronto cuánto tarda la aprobación de facultad y de universidad en cada socio: esos trámites suelen marcar el calendario real.',
    ],
    checklist: [
      'Adoptar la secuencia de pasos del diseño',
      'Asignar un socio responsable y una persona encargada a cada capítulo',
      'Fijar una fecha objetivo para cada paso del diseño',
      'Acordar los niveles de estado con los que se siguen las decisiones',
      'Señalar de qué capítulos depende el acuerdo de consorcio',
      'Enumerar los trámites de aprobación institucional y sus plazos',
    ],
  },
  alignment: {
    guidance: [
      'Ancle el programa en la Recomendación del Consejo de 2022 sobre las microcredenciales: su anexo I enumera los elementos que describe toda microcredencial y su anexo II fija los principios para diseñarlas y expedirlas (calidad, transparencia, pertinencia, evaluación válida, itinerarios de aprendizaje, reconocimiento, portabilidad, enfoque centrado en quien aprende, autenticidad, información y orientación). Añada el Marco Europeo de Cualificaciones (MEC) y las herramientas de Bolonia: ECTS, el QF-EHEA, el Suplemento Europeo al Título, los ESG y el Convenio de Reconocimiento de Lisboa. Evaluadores y responsables de reconocimiento buscarán estas referencias.',
      'Las normas nacionales varían mucho. Para cada país socio, compruebe si existe un marco nacional de microcredenciales, si las unidades que no conducen a un título pueden llevar ECTS, si puede asignarse un nivel nacional de cualificación y si se permiten tasas. Una laguna aquí puede bloquear todo el diseño.',
      'Busque iniciativas europeas que puedan ayudar, como las alianzas de Universidades Europeas, el Plan de Acción de Educación Digital y la financiación Erasmus+, y compruebe cómo apoya el programa la estrategia de formación continua de cada institución.',
    ],
    checklist: [
      'Enumerar los documentos de política de la UE y las herramientas de Bolonia que sigue el programa',
      'Completar un resumen de cumplimiento para cada país socio',
      'Comprobar si se aplican marcos nacionales de microcredenciales',
      'Confirmar que cada socio puede otorgar ECTS por unidades que no conducen a un título',
      'Vincular el programa con la estrategia de formación continua de cada institución',
      'Identificar iniciativas o fondos europeos que el programa pueda aprovechar',
    ],
  },
  objectives: {
    guidance: [
      'Los macroobjetivos explican por qué los socios invierten en el programa. Son habituales un aprendizaje flexible compatible con el trabajo y la vida familiar, una cooperación más estrecha con empleadores y colegios profesionales, la sinergia entre universidades y un mayor atractivo internacional de la formación continua.',
      'Decida si el programa sirve sobre todo para mejorar competencias, para reciclarse o como itinerario hacia un título. La respuesta condiciona después la admisión, las tasas y la captación.',
      'Haga medible cada objetivo: alumnado por cohorte, tasa de finalización, acogida por parte de los empleadores, número de estudiantes que acumulan sus créditos hacia un título, año de equilibrio financiero. Muestre cómo sirven los objetivos a la estrategia de cada socio.',
    ],
    checklist: [
      'Acordar de tres a cinco macroobjetivos para el programa',
      'Clasificar el programa como mejora de competencias, reciclaje o itinerario hacia un título',
      'Fijar una meta medible para cada objetivo',
      'Vincular los objetivos con la estrategia institucional de cada socio',
      'Identificar los sectores y profesiones a los que sirve el programa',
      'Decidir cómo y cuándo se revisa el avance hacia las metas',
    ],
  },
  partnership: {
    guidance: [
      'Las asociaciones sólidas suelen apoyarse en la confianza construida en proyectos anteriores, en intereses de investigación comunes o en la pertenencia a la misma alianza o red. Prevea varios años de impartición para que el esfuerzo de diseño merezca la pena.',
      'Dé a cada socio un papel claro: universidad que otorga la titulación, socio que imparte, asociado, empleador o colegio profesional. Anote lo que aporta cada uno en cursos y ECTS, tiempo de personal, servicios y dinero o aportaciones en especie.',
      'Acuerden desde el principio cómo pueden incorporarse nuevos socios, qué se espera de los miembros y cómo puede un socio salir o ser invitado a salir.',
    ],
    checklist: [
      'Confirmar las instituciones socias y la institución coordinadora',
      'Definir el papel de cada socio en el programa',
      'Decidir qué partes interesadas externas se suman y en qué calidad',
      'Anotar la aportación de cada socio en cursos, personal y recursos',
      'Designar una persona de contacto y un firmante legal por socio',
      'Acordar normas para la incorporación de nuevos socios y para la salida',
      'Fijar el horizonte temporal previsto de la asociación',
    ],
  },
  team: {
    guidance: [
      'Nombre un director o directora del programa con responsabilidad académica y de gestión global, que lleve la pluma e invite a los socios a contribuir en cada fase. Cada socio designa a un miembro que represente a su universidad. La dirección funciona mejor cuando es colegiada y busca el consenso.',
      'El equipo lleva el programa a través del diseño, el desarrollo y la impartición. También actúa como comisión de admisión y comisión de evaluación y se encarga de la evaluación continua, mientras que la garantía de calidad formal corresponde a la universidad de la dirección.',
      'Dejen por escrito cómo decide el equipo: primero el consenso y, si no, una votación con quórum. Fijen la frecuencia de las reuniones y las suplencias, y den voz al alumnado y a los empleadores.',
    ],
    checklist: [
      'Nombrar a la dirección del programa y confirmar su institución de origen',
      'Designar un miembro del equipo y un suplente por socio',
      'Acordar la regla de decisión, el quórum y el calendario de reuniones',
      'Asignar las tareas de las comisiones de admisión y de evaluación',
      'Repartir las tareas de cada fase del diseño entre los miembros del equipo',
      'Decidir cómo están representados el alumnado y las partes interesadas externas',
    ],
  },
  support: {
    guidance: [
      'Implique a los servicios de apoyo desde el principio: ahorra tiempo y dinero después. La administración de programas conoce el circuito de aprobación, los diseñadores educativos ayudan a dar forma a los cursos y las oficinas internacionales conocen los formatos de movilidad y los convenios que necesita un programa conjunto.',
      'Los servicios informáticos deberían ayudar a elegir las herramientas de impartición y, a ser posible, un entorno de aprendizaje común. Los servicios jurídicos asesoran sobre convenios, propiedad intelectual y responsabilidad, y la secretaría académica se ocupa de la matrícula y los expedientes.',
      'Mantenga un resumen sencillo de socio, servicio, persona de contacto y plazo. Si sus universidades forman parte de una alianza, compruebe qué servicios de apoyo comunes ofrece ya.',
    ],
    checklist: [
      'Identificar el circuito de aprobación y el contacto administrativo de cada socio',
      'Contar con apoyo de diseño educativo para el desarrollo de los cursos',
      'Implicar a los servicios informáticos en la elección de plataforma y herramientas',
      'Pedir a los servicios jurídicos que revisen los convenios y las cuestiones de propiedad intelectual',
      'Acordar cómo gestiona la secretaría académica la matrícula y los expedientes',
      'Comprobar qué servicios de apoyo ofrece la alianza',
    ],
  },
  vision: {
    guidance: [
      'Empiece por la evidencia de la necesidad: demanda del mercado laboral, retos sociales y lo que pide el alumnado. Describa con precisión a quién va dirigido, incluida su formación previa, su situación laboral, su motivación y las horas que puede dedicar cada semana.',
      'Describa el perfil académico y profesional de quien termina el programa e indique qué ofrece el programa que ningún socio podría ofrecer solo. Intente resumir ese valor en una frase lo bastante corta para una publicación en redes sociales.',
      'Explique cómo se relaciona el programa con los cursos existentes, hacia qué puede acumularse y qué principios pedagógicos lo guían, como la flexibilidad, la inclusión y el diseño centrado en quien aprende.',
    ],
    checklist: [
      'Resumir la evidencia de la demanda del mercado laboral y del alumnado',
      'Describir al alumnado destinatario y sus limitaciones',
      'Definir el perfil académico y profesional de quienes terminan el programa',
      'Acordar la propuesta de valor diferencial en una sola frase',
      'Situar el programa frente a los cursos que ya ofrecen los socios',
      'Indicar hacia qué puede acumularse el programa',
      'Acordar los principios pedagógicos que lo guían',
    ],
  },
  curriculum: {
    guidance: [
      'Parta de los resultados de aprendizaje del programa y compruebe que cada uno se trabaja al menos en un curso y se evalúa. Construir sobre todo a partir de los cursos existentes de los socios es mucho más barato; desarrollarlo todo desde cero puede duplicar o triplicar el esfuerzo.',
      'Para cada curso, anote el socio responsable, los ECTS, las horas teóricas (25–30 por ECTS), el nivel MEC, los resultados de aprendizaje, el tipo de evaluación y la forma de participación: en línea, presencial o mixta. La Recomendación del Consejo de 2022 incluye estos datos entre los elementos obligatorios de una microcredencial.',
      'Diseñe pensando en la flexibilidad, la inclusión y una buena experiencia de aprendizaje: puntos de entrada, ritmo, optativas, medios y opciones de movilidad. Asegúrese de que los créditos de los cursos suman el total del programa.',
    ],
    checklist: [
      'Acordar los resultados de aprendizaje del programa',
      'Decidir qué cursos se reutilizan y cuáles se crean de nuevo',
      'Fijar los ECTS, las horas teóricas y el nivel MEC de cada curso',
      'Elegir la forma de participación de cada curso',
      'Definir los cursos obligatorios y optativos y su secuencia',
      'Precisar cómo se acumulan los cursos hasta completar el programa',
      'Acordar medidas de flexibilidad, inclusión y experiencia de aprendizaje',
      'Definir las opciones de movilidad de estudiantes y personal',
    ],
  },
  qualification: {
    guidance: [
      'Explique por qué las universidades socias deberían reconocer la titulación, dados su contenido, nivel MEC, volumen y posibilidad de acumulación. Las estructuras de titulación de la formación continua difieren entre socios y a veces no existen, así que negocie pronto el encaje con cada uno.',
      'Elija entre un certificado conjunto y certificados institucionales paralelos, y decida quién firma o sella. Según la Recomendación del Consejo de 2022, cada credencial debe indicar la persona titular, el título, los países emisores, los organismos que la otorgan, la fecha, los resultados de aprendizaje, la carga de trabajo en ECTS, el nivel MEC, el tipo de evaluación, la forma de participación y el tipo de garantía de calidad. El anexo I pide el organismo u organismos que otorgan la credencial: las instituciones que la conceden, que no tienen por qué incluir a todos los socios que imparten un curso.',
      'Añada un suplemento de la titulación, similar al Suplemento Europeo al Título, y considere formatos digitales como las Credenciales Digitales Europeas. Busque el reconocimiento profesional cuando beneficie al alumnado.',
    ],
    checklist: [
      'Acordar el tipo y la denominación de la titulación',
      'Justificar el reconocimiento por contenido, nivel MEC, volumen y acumulación',
      'Elegir un certificado conjunto o certificados institucionales paralelos',
      'Decidir quién firma o sella el certificado',
      'Confirmar que la credencial incluye todos los elementos normalizados obligatorios de la UE',
      'Diseñar el suplemento de la titulación',
      'Decidir si cada curso otorga su propia microcredencial',
      'Buscar el reconocimiento profesional cuando proceda',
    ],
  },
  ecosystem: {
    guidance: [
      'Decida pronto si el programa funciona en un entorno de aprendizaje común o en el sistema propio de cada socio. Una plataforma común ofrece al alumnado una única experiencia; los sistemas separados requieren acuerdos claros sobre acceso, datos y apoyo.',
      'El alumnado matriculado en una universidad estudiará en otras, así que prevea el inicio de sesión único, el intercambio de datos de matrícula y calificaciones, la analítica del aprendizaje para la garantía de calidad y la expedición de credenciales digitales. Expedir credenciales digitales Europass requiere un sello electrónico avanzado o cualificado del emisor; un certificado en PDF o una insignia abierta no.',
      'Los servicios al alumnado también forman parte del ecosistema: tutoría, servicio de ayuda, acceso a la biblioteca y apoyo a la accesibilidad. Acuerden qué socio presta cada uno.',
    ],
    checklist: [
      'Elegir una plataforma común o acordar cómo se conectan las plataformas de los socios',
      'Seleccionar medios y herramientas acordes con las actividades de aprendizaje',
      'Acordar cómo inicia sesión el alumnado en las distintas instituciones socias',
      'Definir qué datos de analítica del aprendizaje se recogen y comparten',
      'Decidir cómo se expiden y sellan las credenciales digitales',
      'Asignar a los socios la tutoría, el servicio de ayuda, la biblioteca y la accesibilidad',
    ],
  },
  language: {
    guidance: [
      'Lo habitual es una única lengua de enseñanza, casi siempre el inglés, o que cada curso se imparta en la lengua del socio que lo ofrece. La segunda opción limita quién puede matricularse, sobre todo con lenguas menos extendidas.',
      'Aprender idiomas no es el objetivo del programa, pero la competencia intercultural puede serlo. La traducción, los subtítulos y los contenidos adaptados amplían el acceso; la interacción entre compañeros de distintas lenguas sigue siendo difícil, así que planifíquela con cuidado.',
      'Indique el nivel de competencia exigido en la admisión, según el MCER, y las lenguas de evaluación, de los certificados y de los servicios de apoyo.',
    ],
    checklist: [
      'Elegir la lengua o lenguas de enseñanza',
      'Fijar el nivel de competencia lingüística exigido para la admisión',
      'Decidir la lengua de evaluación',
      'Decidir qué materiales se traducen, subtitulan o adaptan',
      'Acordar las lenguas de los certificados y suplementos',
      'Decidir si las competencias interculturales son un objetivo de aprendizaje explícito',
    ],
  },
  admission: {
    guidance: [
      'El alumnado de microcredenciales suele venir del mundo laboral más que directamente de un título. Acepte una titulación pertinente o pruebas de competencias equivalentes, como un CV, un portafolio o certificados profesionales, e indique cómo se valora la preparación. Una unidad preparatoria puede cubrir carencias.',
      'Organice un único procedimiento de solicitud conjunto y transparente, justo con todos los candidatos y que tenga en cuenta las necesidades especiales y el origen social. Recurra a los servicios institucionales y al centro ENIC-NARIC nacional para valorar las titulaciones extranjeras, y fije normas para reconocer el aprendizaje previo.',
      'Decida qué institución matricula al alumnado, las fechas de entrada, el tamaño de las cohortes y cómo se protegen los datos personales de los candidatos.',
    ],
    checklist: [
      'Definir los requisitos de admisión y las pruebas de competencias aceptadas',
      'Acordar cómo se valora la preparación y cuándo se aconseja formación previa',
      'Diseñar un único procedimiento conjunto de solicitud y selección',
      'Acordar cómo se valoran las titulaciones extranjeras',
      'Fijar normas para reconocer el aprendizaje previo',
      'Decidir qué institución matricula al alumnado',
      'Fijar las fechas de entrada y el tamaño de las cohortes',
    ],
  },
  examination: {
    guidance: [
      'Acuerden tipos de evaluación comunes y cómo se verifica la identidad, incluido si los exámenes en línea se supervisan. Combinen la evaluación formativa, la retroalimentación y la revisión entre pares durante los cursos con evaluaciones finales válidas que justifiquen la concesión de créditos.',
      'Las escalas de calificación nacionales varían mucho, así que adopten una escala común, a menudo la de la universidad coordinadora, y califiquen con criterios fijados de antemano en lugar de clasificar al alumnado. Conserven copias de los exámenes para que la comisión pueda comprobar los resultados.',
      'Regulen las recuperaciones, los plazos, las prórrogas, las reclamaciones, la integridad académica, los ajustes razonables y el tiempo de conservación de los expedientes.',
    ],
    checklist: [
      'Acordar los métodos de evaluación de todo el programa',
      'Decidir cómo se verifica la identidad durante las evaluaciones',
      'Adoptar una escala de calificación común y reglas de conversión',
      'Fijar normas para recuperaciones, prórrogas y reclamaciones',
      'Acordar una política de integridad académica',
      'Definir las condiciones para otorgar los créditos de los cursos y la titulación',
      'Decidir cuánto tiempo se conservan los expedientes de evaluación',
    ],
  },
  quality: {
    guidance: [
      'Apóyese en la garantía de calidad interna de cada socio en lugar de crear un sistema paralelo. La garantía de calidad del programa en su conjunto corresponde a la institución coordinadora, mientras que cada universidad mantiene la de los cursos que imparte su personal; el equipo añade criterios para todo el programa en un plan integrado y analiza todos los informes en conjunto.',
      'Elija indicadores como el progreso y la finalización, el logro de los resultados de aprendizaje, la satisfacción del alumnado, el contenido y el nivel, y los datos de analítica del aprendizaje. Aliníese con los ESG 2015 y utilice instrumentos probados como E-xcellence o EMBED.',
      'Revise al menos una vez al año, recoja la opinión del alumnado y de los empleadores y publique los cambios resultantes. Para los títulos conjuntos, el Enfoque Europeo permite una única evaluación externa.',
    ],
    checklist: [
      'Describir cómo cubre la garantía de calidad interna de cada socio sus cursos',
      'Redactar un plan integrado de garantía de calidad para el programa',
      'Acordar los indicadores de calidad y las fuentes de datos',
      'Fijar el ciclo de revisión anual y quién informa',
      'Elegir instrumentos de evaluación y métodos para recoger la opinión del alumnado',
      'Decidir cómo se prepara el programa para la acreditación externa',
    ],
  },
  business: {
    guidance: [
      'La financiación pública de los programas de microcredenciales varía mucho entre países y a veces no existe. Las subvenciones de Erasmus+ o de los presupuestos de las alianzas pueden cubrir la fase de puesta en marcha, pero rara vez sostienen la impartición, así que prevea ingresos por tasas, empleadores y socios.',
      'Fije una tasa conjunta asequible, quizá distinta para particulares y para empleadores que matriculan grupos, y concíliela con las normas nacionales sobre tasas, incluidos los países donde estudiar es gratuito. Considere las becas.',
      'Calcule los costes de desarrollo e impartición, los presupuestos de plataforma y de promoción, y el tamaño de cohorte necesario para alcanzar el equilibrio. Acuerden una clave justa para repartir ingresos y costes entre los socios.',
    ],
    checklist: [
      'Identificar las fuentes de financiación inicial y recurrente',
      'Fijar la tasa conjunta para matrículas individuales y de empleadores',
      'Calcular los costes de desarrollo e impartición por estudiante',
      'Calcular el tamaño de cohorte del punto de equilibrio',
      'Acordar cómo se reparten ingresos y costes entre los socios',
      'Decidir sobre becas o exenciones de tasas',
      'Designar al socio que factura al alumnado y a los empleadores',
    ],
  },
  recruitment: {
    guidance: [
      'Decida si capta alumnado a escala nacional, europea o mundial, y defina los segmentos destinatarios: estudiantes individuales, empresas, sectores, asociaciones profesionales y redes de los socios. Cada segmento necesita su propio mensaje y sus propios canales.',
      'Cree un sitio web del programa con los objetivos, el perfil de egreso, la descripción de los cursos, los criterios de admisión, los socios, las titulaciones, testimonios y los pasos de inscripción. Publique el programa donde buscan el alumnado y los responsables de reconocimiento: los portales de la EADTU para programas de aprendizaje breves (SLP4you) y para MOOC orientados al mercado laboral (MOOCs4you), y facilite a los centros ENIC-NARIC la información que necesitan para reconocer la credencial.',
      'Considere ofrecer el programa como ventana de movilidad dentro de programas de grado, mediante acuerdos de aprendizaje. Fije metas de consultas, solicitudes y conversión, con un calendario de campañas y un presupuesto.',
    ],
    checklist: [
      'Definir el ámbito de captación y los segmentos destinatarios',
      'Acordar el contenido del sitio web del programa y quién lo gestiona',
      'Enumerar los portales y canales usados para promocionar el programa',
      'Planificar una campaña por segmento con calendario y presupuesto',
      'Decidir si se ofrece el programa como ventana de movilidad',
      'Fijar metas de captación y cómo se hace su seguimiento',
    ],
  },
  sustainability: {
    guidance: [
      'Fije hitos a medio y largo plazo para el número de estudiantes, los ingresos, el éxito académico, los acuerdos con otras universidades y la colaboración con las partes interesadas. Compruebe con regularidad que todos los socios siguen compartiendo los objetivos y consideran pertinente el programa.',
      'Realice una evaluación anual de las actividades, los medios y herramientas, la interacción, la carga de trabajo, la flexibilidad y la inclusión, y convierta los resultados en un plan de mejora.',
      'Prevea los cambios: un ciclo de actualización con una persona responsable para cada curso, el relevo del personal, una salida de la plataforma actual y un compromiso de finalización de estudios si un socio se retira.',
    ],
    checklist: [
      'Fijar hitos a medio y largo plazo para el programa',
      'Acordar un ciclo anual de evaluación y mejora',
      'Derivar un plan financiero plurianual del plan de negocio',
      'Asignar una persona responsable y un ciclo de actualización a cada curso',
      'Planificar el relevo del personal y la continuidad de la plataforma',
      'Acordar un compromiso de finalización de estudios si un socio se retira',
    ],
  },
  agreement: {
    guidance: [
      'El acuerdo reúne las decisiones tomadas en los capítulos anteriores: asociación, equipo, objetivos, estructura, pedagogía, impartición, movilidad, titulación, lengua, admisión, evaluación, garantía de calidad y finanzas. Redáctelo cuando esos capítulos estén acordados.',
      'Mantenga breve el texto principal y válido durante varios años, normalmente de tres a cinco. Lleve las cifras anuales y los procedimientos detallados a anexos que puedan cambiar sin volver a firmar todo el acuerdo.',
      'Añada las cláusulas jurídicas que no cubren los demás capítulos: confidencialidad, propiedad intelectual, protección de datos, responsabilidad, retirada con obligación de finalización de estudios, resolución de conflictos y legislación aplicable. Todos los socios deben firmar.',
    ],
    checklist: [
      'Confirmar que todos los capítulos relacionados están acordados antes de redactar',
      'Fijar la duración, la renovación y el procedimiento de modificación',
      'Definir los órganos de gobierno y las reglas de decisión',
      'Acordar las disposiciones financieras y el reparto de las tasas',
      'Fijar las responsabilidades en propiedad intelectual y protección de datos',
      'Acordar los procedimientos de retirada, finalización de estudios y resolución de conflictos',
      'Determinar la legislación aplicable y el firmante de cada socio',
    ],
  },
};
