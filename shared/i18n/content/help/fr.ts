import type { ChapterHelp } from '../../../chapterTypes.ts';

/** Conseils et décisions de chaque chapitre en français (les listes suivent l’ordre de l’original anglais). */
export const help: ChapterHelp = {
  concept: {
    guidance: [
      'Partez de la définition de la recommandation du Conseil de 2022 : la trace des acquis d’apprentissage obtenus à l’issue d’un volume réduit d’apprentissage, évalués selon des critères transparents, détenue par l’apprenant et adossée à l’assurance qualité. Consignez la définition de travail acceptée par tous les partenaires avant de débattre de quoi que ce soit d’autre.',
      'Dans ce modèle, un programme réunit plusieurs cours, chacun valant généralement 4–5 ECTS ou plus, et mène à une certification. Les cours isolés de 1–3 ECTS et les unités de micro-apprentissage de moins de 1 ECTS relèvent d’un autre format. Les programmes d’apprentissage courts totalisent en général 5–30 ECTS aux niveaux 5–8 du CEC.',
      'Les partenaires emploient souvent les mêmes mots pour des choses différentes. Convenez tôt d’un court glossaire et précisez la place du programme dans l’offre de chaque établissement : formation diplômante, développement professionnel continu ou formation ouverte.',
    ],
    checklist: [
      'Adopter une définition de travail commune de la micro-certification',
      'Choisir le type de programme et son intitulé',
      'Convenir du total d’ECTS et du niveau CEC du programme',
      'Fixer la taille minimale d’un cours au sein du programme',
      'Identifier le public cible principal',
      'Situer le programme dans l’offre de chaque partenaire',
      'Convenir d’un glossaire commun des termes clés',
    ],
  },
  overview: {
    guidance: [
      'Considérez les chapitres de ce dossier comme une feuille de route plutôt que comme une suite figée. Les décisions des chapitres suivants renvoient souvent aux précédents : attendez-vous à itérer, mais gardez toujours une vue claire des étapes terminées et de celles encore ouvertes.',
      'Attribuez à chaque étape un partenaire responsable, une personne chargée du suivi et une date cible. Suivez pour chacune un statut simple, par exemple : brouillon, en relecture par les partenaires, validé, approuvé par les institutions.',
      'De nombreux chapitres alimentent l’accord de consortium : arrêtez-les avant de le rédiger. Renseignez-vous tôt sur la durée de l’approbation par la faculté et par l’université chez chaque partenaire : ces étapes fixent souvent le vrai calendrier.',
    ],
    checklist: [
      'Adopter l’ordre des étapes de conception',
      'Attribuer un partenaire responsable et une personne chargée du suivi à chaque chapitre',
      'Fixer une date cible pour chaque étape de conception',
      'Convenir des niveaux de statut utilisés pour suivre les décisions',
      'Repérer les chapitres dont dépend l’accord de consortium',
      'Recenser les étapes d’approbation institutionnelle et leurs délais',
    ],
  },
  alignment: {
    guidance: [
      'Ancrez le programme dans la recommandation du Conseil de 2022 sur les micro-certifications : son annexe I énumère les éléments que décrit toute micro-certification et son annexe II fixe les principes de leur conception et de leur délivrance (qualité, transparence, pertinence, évaluation valide, parcours d’apprentissage, reconnaissance, portabilité, centrage sur l’apprenant, authenticité, information et orientation). Ajoutez le Cadre européen des certifications (CEC) et les outils de Bologne : ECTS, QF-EHEA, supplément au diplôme, ESG et convention de Lisbonne sur la reconnaissance. Évaluateurs et responsables de la reconnaissance chercheront ces références.',
      'Les règles nationales varient fortement. Pour chaque pays partenaire, vérifiez s’il existe un cadre national des micro-certifications, si des unités hors diplôme peuvent porter des ECTS, si un niveau national de certification peut être attribué et si des droits d’inscription sont permis. Une lacune à ce stade peut bloquer toute la conception.',
      'Repérez les initiatives européennes utiles, comme les alliances d’universités européennes, le plan d’action en matière d’éducation numérique et les financements Erasmus+, et vérifiez comment la stratégie de formation continue de chaque établissement soutient le programme.',
    ],
    checklist: [
      'Recenser les textes de politique européenne et les outils de Bologne que suit le programme',
      'Établir une synthèse de conformité pour chaque pays partenaire',
      'Vérifier si des cadres nationaux de micro-certification s’appliquent',
      'Confirmer que chaque partenaire peut attribuer des ECTS à des unités hors diplôme',
      'Relier le programme à la stratégie de formation continue de chaque établissement',
      'Repérer les initiatives ou financements européens dont le programme peut bénéficier',
    ],
  },
  objectives: {
    guidance: [
      'Les macro-objectifs expliquent pourquoi les partenaires investissent dans le programme. Les objectifs courants sont un apprentissage flexible compatible avec le travail et la vie de famille, une coopération plus étroite avec les employeurs et les organisations professionnelles, la synergie entre universités et une plus grande attractivité internationale de la formation continue.',
      'Décidez si le programme sert surtout au perfectionnement, à la reconversion ou à un parcours vers un diplôme. La réponse oriente ensuite l’admission, les droits d’inscription et le recrutement.',
      'Rendez chaque objectif mesurable : effectif par promotion, taux de réussite, adhésion des employeurs, nombre d’apprenants qui cumulent leurs crédits vers un diplôme, année d’équilibre financier. Montrez comment les objectifs servent la stratégie de chaque partenaire.',
    ],
    checklist: [
      'Convenir de trois à cinq macro-objectifs pour le programme',
      'Classer le programme en perfectionnement, reconversion ou parcours vers un diplôme',
      'Fixer une cible mesurable pour chaque objectif',
      'Relier les objectifs à la stratégie institutionnelle de chaque partenaire',
      'Identifier les secteurs et les métiers que sert le programme',
      'Décider comment et quand l’avancement vers les cibles est examiné',
    ],
  },
  partnership: {
    guidance: [
      'Les partenariats solides reposent souvent sur une confiance bâtie lors de projets antérieurs, des intérêts de recherche communs ou l’appartenance à la même alliance ou au même réseau. Prévoyez plusieurs années de mise en œuvre pour que l’effort de conception porte ses fruits.',
      'Donnez à chaque partenaire un rôle clair : université qui délivre la certification, partenaire qui enseigne, associé, employeur ou organisation professionnelle. Consignez l’apport de chacun en cours et en ECTS, en temps de personnel, en services et en financement ou contributions en nature.',
      'Convenez dès le départ de la manière dont de nouveaux partenaires peuvent rejoindre le consortium, de ce qui est attendu des membres et de la manière dont un partenaire peut partir ou être invité à partir.',
    ],
    checklist: [
      'Confirmer les établissements partenaires et l’établissement coordinateur',
      'Définir le rôle de chaque partenaire dans le programme',
      'Décider quelles parties prenantes externes se joignent au projet, et à quel titre',
      'Consigner l’apport de chaque partenaire en cours, en personnel et en ressources',
      'Désigner une personne de contact et un signataire habilité par partenaire',
      'Convenir des règles d’entrée de nouveaux partenaires et de sortie',
      'Fixer l’horizon prévu du partenariat',
    ],
  },
  team: {
    guidance: [
      'Nommez un responsable du programme chargé de sa direction académique et de sa gestion d’ensemble, qui tient la plume et invite les partenaires à contribuer à chaque étape. Chaque partenaire désigne un membre pour représenter son université. La direction fonctionne mieux lorsqu’elle est collégiale et recherche le consensus.',
      'L’équipe porte le programme pendant la conception, le développement et la mise en œuvre. Elle fait aussi office de commission d’admission et de jury d’examen et conduit l’évaluation continue, tandis que l’assurance qualité formelle relève de l’université du responsable.',
      'Consignez la manière dont l’équipe décide : d’abord le consensus, puis à défaut un vote avec quorum. Fixez le rythme des réunions et les suppléances, et donnez voix au chapitre aux apprenants et aux employeurs.',
    ],
    checklist: [
      'Nommer le responsable du programme et confirmer son établissement de rattachement',
      'Désigner un membre de l’équipe et un suppléant par partenaire',
      'Convenir de la règle de décision, du quorum et du calendrier des réunions',
      'Répartir les missions de la commission d’admission et du jury d’examen',
      'Répartir les tâches de chaque phase de conception entre les membres de l’équipe',
      'Décider comment les apprenants et les parties prenantes externes sont représentés',
    ],
  },
  support: {
    guidance: [
      'Associez les services de soutien dès le départ : vous gagnerez du temps et de l’argent par la suite. L’administration des programmes connaît le circuit d’approbation, les ingénieurs pédagogiques aident à construire les cours et les relations internationales connaissent les formats de mobilité et les conventions dont un programme commun a besoin.',
      'Les services informatiques devraient aider à choisir les outils d’enseignement et, idéalement, un environnement d’apprentissage commun. Les services juridiques conseillent sur les conventions, la propriété intellectuelle et la responsabilité, et la scolarité gère les inscriptions et les dossiers des apprenants.',
      'Tenez un tableau simple : partenaire, service, personne de contact et échéance. Si vos universités appartiennent à une alliance, vérifiez quels services de soutien communs elle propose déjà.',
    ],
    checklist: [
      'Identifier le circuit d’approbation et le contact administratif chez chaque partenaire',
      'Mobiliser un soutien en ingénierie pédagogique pour le développement des cours',
      'Associer les services informatiques au choix de la plateforme et des outils',
      'Demander aux services juridiques d’examiner les conventions et les questions de propriété intellectuelle',
      'Convenir de la manière dont la scolarité gère les inscriptions et les dossiers',
      'Vérifier quels services de soutien l’alliance propose',
    ],
  },
  vision: {
    guidance: [
      'Commencez par établir le besoin : demande du marché du travail, enjeux de société et attentes des apprenants. Décrivez concrètement les apprenants visés, y compris leur formation antérieure, leur situation professionnelle, leur motivation et le nombre d’heures dont ils disposent chaque semaine.',
      'Décrivez le profil académique et professionnel des diplômés et dites ce que le programme offre qu’aucun partenaire ne pourrait offrir seul. Essayez de résumer cette valeur en une phrase assez courte pour une publication sur les réseaux sociaux.',
      'Expliquez le lien du programme avec les cours existants, ce vers quoi il peut être capitalisé et les principes pédagogiques qui le guident, comme la flexibilité, l’inclusion et une conception centrée sur l’apprenant.',
    ],
    checklist: [
      'Résumer les éléments attestant la demande du marché du travail et des apprenants',
      'Décrire les apprenants visés et leurs contraintes',
      'Définir le profil académique et professionnel des diplômés',
      'Convenir de la proposition de valeur en une seule phrase',
      'Situer le programme par rapport aux cours existants des partenaires',
      'Indiquer vers quoi le programme peut être capitalisé',
      'Convenir des principes pédagogiques directeurs',
    ],
  },
  curriculum: {
    guidance: [
      'Partez des acquis d’apprentissage du programme et vérifiez que chacun est couvert par au moins un cours et évalué. S’appuyer surtout sur les cours existants des partenaires coûte bien moins cher ; tout développer de zéro peut doubler ou tripler l’effort.',
      'Pour chaque cours, consignez le partenaire responsable, les ECTS, les heures théoriques (25–30 par ECTS), le niveau CEC, les acquis d’apprentissage, le type d’évaluation et le mode de participation : à distance, en présentiel ou hybride. La recommandation du Conseil de 2022 les range parmi les éléments obligatoires d’une micro-certification.',
      'Concevez pour la flexibilité, l’inclusion et une bonne expérience d’apprentissage : points d’entrée, rythme, options, supports et possibilités de mobilité. Vérifiez que les crédits des cours correspondent au total du programme.',
    ],
    checklist: [
      'Convenir des acquis d’apprentissage du programme',
      'Décider quels cours sont repris et lesquels sont créés',
      'Fixer les ECTS, les heures théoriques et le niveau CEC de chaque cours',
      'Choisir le mode de participation de chaque cours',
      'Définir les cours obligatoires et optionnels et leur enchaînement',
      'Préciser comment les cours se cumulent jusqu’au programme complet',
      'Convenir de mesures pour la flexibilité, l’inclusion et l’expérience d’apprentissage',
      'Définir les possibilités de mobilité des étudiants et du personnel',
    ],
  },
  qualification: {
    guidance: [
      'Expliquez pourquoi les universités partenaires devraient reconnaître la certification, compte tenu de son contenu, de son niveau CEC, de son volume et de sa capitalisation. Les structures de certification de la formation continue diffèrent d’un partenaire à l’autre et font parfois défaut : négociez tôt un ajustement avec chacun.',
      'Choisissez entre un certificat conjoint et des certificats institutionnels parallèles, et décidez qui signe ou appose le sceau. Selon la recommandation du Conseil de 2022, chaque certification indique l’apprenant, l’intitulé, les pays de délivrance, les organismes de délivrance, la date, les acquis d’apprentissage, la charge de travail en ECTS, le niveau CEC, le type d’évaluation, le mode de participation et le type d’assurance qualité. L’annexe I demande le ou les organismes de délivrance : les établissements qui délivrent la certification, qui ne comprennent pas forcément tous les partenaires qui enseignent un cours.',
      'Ajoutez un supplément à la certification, semblable au supplément au diplôme, et envisagez des formats numériques comme les certificats numériques européens. Recherchez une reconnaissance professionnelle lorsqu’elle sert les apprenants.',
    ],
    checklist: [
      'Convenir du type et de l’intitulé de la certification',
      'Justifier la reconnaissance par le contenu, le niveau CEC, le volume et la capitalisation',
      'Choisir un certificat conjoint ou des certificats institutionnels parallèles',
      'Décider qui signe ou appose le sceau sur le certificat',
      'Confirmer que la certification comporte tous les éléments européens obligatoires',
      'Concevoir le supplément à la certification',
      'Décider si chaque cours donne lieu à sa propre micro-certification',
      'Rechercher une reconnaissance professionnelle lorsque c’est pertinent',
    ],
  },
  ecosystem: {
    guidance: [
      'Décidez tôt si le programme repose sur un environnement d’apprentissage commun ou sur le système de chaque partenaire. Une plateforme commune offre aux apprenants une expérience unique ; des systèmes distincts exigent des accords clairs sur l’accès, les données et l’assistance.',
      'Les apprenants inscrits dans une université étudieront dans d’autres : prévoyez l’authentification unique, l’échange des données d’inscription et de résultats, l’analytique de l’apprentissage pour l’assurance qualité et la délivrance de certificats numériques. Délivrer des certificats numériques Europass exige un cachet électronique avancé ou qualifié de l’émetteur ; un certificat PDF ou un badge ouvert n’en a pas besoin.',
      'Les services aux apprenants font aussi partie de l’écosystème : tutorat, assistance, accès à la bibliothèque et accompagnement du handicap. Convenez du partenaire qui assure chacun d’eux.',
    ],
    checklist: [
      'Choisir une plateforme commune ou convenir de la manière dont les plateformes des partenaires communiquent',
      'Sélectionner des supports et des outils adaptés aux activités d’apprentissage',
      'Convenir de la manière dont les apprenants se connectent d’un établissement partenaire à l’autre',
      'Définir quelles données d’analytique de l’apprentissage sont collectées et partagées',
      'Décider comment les certificats numériques sont délivrés et scellés',
      'Attribuer aux partenaires le tutorat, l’assistance, la bibliothèque et l’accessibilité',
    ],
  },
  language: {
    guidance: [
      'Les choix habituels sont une seule langue d’enseignement, le plus souvent l’anglais, ou chaque cours dans la langue du partenaire qui le propose. La seconde option restreint le public, surtout pour les langues moins répandues.',
      'L’apprentissage des langues n’est pas le but du programme, mais la compétence interculturelle peut l’être. Traductions, sous-titres et contenus adaptés élargissent l’accès ; les échanges entre pairs de langues différentes restent difficiles, planifiez-les donc avec soin.',
      'Indiquez le niveau de compétence attendu à l’admission, selon le CECRL, ainsi que les langues de l’évaluation, des certificats et des services d’accompagnement.',
    ],
    checklist: [
      'Choisir la ou les langues d’enseignement',
      'Fixer le niveau de compétence linguistique requis à l’admission',
      'Décider de la langue de l’évaluation',
      'Décider quels supports sont traduits, sous-titrés ou adaptés',
      'Convenir des langues des certificats et des suppléments',
      'Décider si les compétences interculturelles sont un objectif d’apprentissage explicite',
    ],
  },
  admission: {
    guidance: [
      'Les apprenants en micro-certification viennent souvent du monde du travail plutôt que directement d’un diplôme. Acceptez soit une certification pertinente, soit des preuves de compétences équivalentes, comme un CV, un portfolio ou des certificats professionnels, et précisez comment le niveau de préparation est apprécié. Une unité préparatoire peut combler les lacunes.',
      'Organisez une procédure de candidature commune et transparente, équitable pour tous les candidats et attentive aux besoins particuliers et à l’origine sociale. Faites appel aux services des établissements et au centre ENIC-NARIC national pour évaluer les diplômes étrangers, et fixez des règles de reconnaissance des acquis.',
      'Décidez quel établissement inscrit les apprenants, les dates de rentrée, la taille des promotions et la manière dont les données personnelles des candidats sont protégées.',
    ],
    checklist: [
      'Définir les conditions d’admission et les preuves de compétences acceptées',
      'Convenir de la manière d’apprécier la préparation et du moment où une mise à niveau est conseillée',
      'Concevoir une procédure commune de candidature et de sélection',
      'Convenir de la manière d’évaluer les diplômes étrangers',
      'Fixer les règles de reconnaissance des acquis',
      'Décider quel établissement inscrit les apprenants',
      'Fixer les dates de rentrée et la taille des promotions',
    ],
  },
  examination: {
    guidance: [
      'Convenez de types d’évaluation communs et de la vérification de l’identité, y compris de la surveillance éventuelle des examens en ligne. Associez évaluation formative, retours et évaluation par les pairs pendant les cours à des évaluations finales valides qui justifient l’attribution des crédits.',
      'Les échelles de notation nationales varient fortement : adoptez une échelle commune, souvent celle de l’université responsable, et notez selon des critères fixés à l’avance plutôt qu’en classant les apprenants. Conservez des copies des examens pour que le jury puisse vérifier les résultats.',
      'Réglez les rattrapages, les délais, les prolongations, les recours, l’intégrité académique, les aménagements raisonnables et la durée de conservation des dossiers.',
    ],
    checklist: [
      'Convenir des méthodes d’évaluation utilisées dans tout le programme',
      'Décider comment l’identité est vérifiée lors des évaluations',
      'Adopter une échelle de notation commune et des règles de conversion',
      'Fixer les règles de rattrapage, de prolongation et de recours',
      'Convenir d’une politique d’intégrité académique',
      'Définir les conditions d’attribution des crédits des cours et de la certification',
      'Décider de la durée de conservation des dossiers d’examen',
    ],
  },
  quality: {
    guidance: [
      'Appuyez-vous sur l’assurance qualité interne de chaque partenaire au lieu de créer un système parallèle. L’assurance qualité du programme dans son ensemble relève de l’établissement responsable, tandis que chaque université garde celle des cours assurés par son personnel ; l’équipe ajoute des critères propres au programme dans un plan intégré et examine tous les rapports ensemble.',
      'Choisissez des indicateurs tels que la progression et la réussite, l’atteinte des acquis d’apprentissage, la satisfaction des apprenants, le contenu et le niveau, et les données d’analytique de l’apprentissage. Alignez-vous sur les ESG 2015 et utilisez des instruments éprouvés comme E-xcellence ou EMBED.',
      'Faites le point au moins une fois par an, recueillez l’avis des apprenants et des employeurs et publiez les changements qui en découlent. Pour les diplômes conjoints, l’approche européenne permet une seule évaluation externe.',
    ],
    checklist: [
      'Décrire comment l’assurance qualité interne de chaque partenaire couvre ses cours',
      'Rédiger un plan d’assurance qualité intégré pour le programme',
      'Convenir des indicateurs de qualité et des sources de données',
      'Fixer le cycle d’examen annuel et qui en rend compte',
      'Choisir les instruments d’évaluation et les méthodes de recueil de l’avis des apprenants',
      'Décider comment le programme se prépare à l’accréditation externe',
    ],
  },
  business: {
    guidance: [
      'Le financement public des programmes de micro-certification varie fortement d’un pays à l’autre et fait parfois défaut. Les subventions Erasmus+ ou les budgets des alliances peuvent couvrir le démarrage mais financent rarement la mise en œuvre dans la durée : prévoyez des recettes issues des droits d’inscription, des employeurs et des partenaires.',
      'Fixez des droits d’inscription communs abordables, éventuellement différents pour les particuliers et pour les employeurs qui inscrivent des groupes, et conciliez-les avec les règles nationales, y compris dans les pays où les études sont gratuites. Envisagez des bourses.',
      'Estimez les coûts de développement et de mise en œuvre, les budgets de plateforme et de promotion, et l’effectif nécessaire pour atteindre l’équilibre. Convenez d’une clé équitable de partage des recettes et des coûts entre partenaires.',
    ],
    checklist: [
      'Identifier les sources de financement de démarrage et récurrentes',
      'Fixer les droits d’inscription communs pour les particuliers et les employeurs',
      'Estimer les coûts de développement et de mise en œuvre par apprenant',
      'Calculer l’effectif d’équilibre',
      'Convenir du partage des recettes et des coûts entre partenaires',
      'Décider des bourses ou exonérations',
      'Désigner le partenaire qui facture les apprenants et les employeurs',
    ],
  },
  recruitment: {
    guidance: [
      'Décidez si vous recrutez à l’échelle nationale, européenne ou mondiale, et définissez les publics cibles : apprenants individuels, entreprises, secteurs, associations professionnelles et réseaux des partenaires. Chaque public a besoin de son propre message et de ses propres canaux.',
      'Créez un site web du programme présentant les objectifs, le profil des diplômés, la description des cours, les critères d’admission, les partenaires, les certifications, des témoignages et les étapes d’inscription. Faites figurer le programme là où cherchent les apprenants et les responsables de la reconnaissance : les portails de l’EADTU pour les programmes d’apprentissage courts (SLP4you) et pour les MOOC tournés vers le marché du travail (MOOCs4you), et donnez aux centres ENIC-NARIC les informations nécessaires pour reconnaître la certification.',
      'Envisagez de proposer le programme comme fenêtre de mobilité au sein de formations diplômantes, au moyen de contrats d’études. Fixez des objectifs de demandes d’information, de candidatures et de conversion, avec un calendrier de campagnes et un budget.',
    ],
    checklist: [
      'Définir la zone de recrutement et les publics cibles',
      'Convenir du contenu du site web du programme et de son responsable',
      'Recenser les portails et canaux de promotion du programme',
      'Planifier une campagne par public avec calendrier et budget',
      'Décider de proposer ou non le programme comme fenêtre de mobilité',
      'Fixer des objectifs de recrutement et leur mode de suivi',
    ],
  },
  sustainability: {
    guidance: [
      'Fixez des jalons à moyen et long terme pour les effectifs, les recettes, la réussite des études, les accords avec d’autres universités et la collaboration avec les parties prenantes. Vérifiez régulièrement que chaque partenaire partage toujours les objectifs et juge le programme pertinent.',
      'Menez chaque année une évaluation des activités, des supports et outils, des interactions, de la charge de travail, de la flexibilité et de l’inclusion, et traduisez les constats en plan d’amélioration.',
      'Anticipez le changement : un cycle de mise à jour avec un responsable pour chaque cours, la relève du personnel, une porte de sortie de la plateforme actuelle et un engagement de fin de cursus si un partenaire se retire.',
    ],
    checklist: [
      'Fixer des jalons à moyen et long terme pour le programme',
      'Convenir d’un cycle annuel d’évaluation et d’amélioration',
      'Tirer du plan d’affaires un plan financier pluriannuel',
      'Attribuer un responsable et un cycle de mise à jour à chaque cours',
      'Planifier la relève du personnel et la continuité de la plateforme',
      'Convenir d’un engagement de fin de cursus si un partenaire se retire',
    ],
  },
  agreement: {
    guidance: [
      'L’accord rassemble les décisions prises dans les chapitres précédents : partenariat, équipe, objectifs, structure, pédagogie, mise en œuvre, mobilité, certification, langue, admission, examens, assurance qualité et finances. Rédigez-le une fois ces chapitres validés.',
      'Gardez le texte principal court et valable plusieurs années, en général trois à cinq. Placez les chiffres annuels et les procédures détaillées dans des annexes qui peuvent évoluer sans qu’il faille signer à nouveau tout l’accord.',
      'Ajoutez les clauses juridiques que les autres chapitres ne couvrent pas : confidentialité, propriété intellectuelle, protection des données, responsabilité, retrait assorti d’une obligation de fin de cursus, règlement des différends et droit applicable. Chaque partenaire doit signer.',
    ],
    checklist: [
      'Confirmer que tous les chapitres concernés sont validés avant la rédaction',
      'Fixer la durée, le renouvellement et la procédure de modification',
      'Définir les instances de gouvernance et les règles de décision',
      'Convenir des dispositions financières et du partage des droits d’inscription',
      'Régler les responsabilités en matière de propriété intellectuelle et de protection des données',
      'Convenir des procédures de retrait, de fin de cursus et de règlement des différends',
      'Déterminer le droit applicable et le signataire de chaque partenaire',
    ],
  },
};
