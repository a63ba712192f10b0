import { CHAPTER_CHECKLISTS } from './chapterChecklists.ts';
import type { ChapterGuidance, ChapterKey } from './chapterTypes.ts';

/** Each chapter's guidance (help text, never document content) and the decisions to take, by chapter key. */
export const CHAPTER_GUIDANCE: Readonly<Record<ChapterKey, ChapterGuidance>> = {
  concept: {
    guidance: [
      'Start from the definition in the 2022 Council Recommendation: a record of learning outcomes from a small volume of learning, assessed against transparent criteria, owned by the learner and backed by quality assurance. Write down the working definition all partners accept before debating anything else.',
      'In this model a programme combines several courses, each usually worth 4–5 ECTS or more, and leads to a qualification. Single courses of 1–3 ECTS and micro-learning units under 1 ECTS are a different format. Short learning programmes typically total 5–30 ECTS at EQF levels 5–8.',
      'Partners often use the same words for different things. Agree a short glossary early and say where the programme sits in each institution’s portfolio: degree education, continuing professional development or open education.',
    ],
    checklist: CHAPTER_CHECKLISTS.concept,
  },
  overview: {
    guidance: [
      'Treat the chapters of this dossier as a roadmap rather than a fixed sequence. Decisions in later chapters often send you back to earlier ones, so expect to iterate, but always keep a clear view of which steps are finished and which are still open.',
      'Give every step a lead partner, a responsible person and a target date. Track a simple status for each, such as draft, under partner review, agreed, and approved by the institutions.',
      'Many chapters feed into the consortium agreement, so settle them before drafting it. Find out early how long faculty and university approval takes at each partner: those gates often set the real timetable.',
    ],
    checklist: CHAPTER_CHECKLISTS.overview,
  },
  alignment: {
    guidance: [
      'Anchor the programme in the 2022 Council Recommendation on micro-credentials: its Annex I lists the elements every micro-credential describes, and its Annex II sets the principles for designing and issuing them (quality, transparency, relevance, valid assessment, learning pathways, recognition, portability, learner-centredness, authenticity, information and guidance). Add the EU’s European Qualifications Framework (EQF) and the Bologna tools: ECTS, the QF-EHEA, the Diploma Supplement, the ESG and the Lisbon Recognition Convention. Reviewers and recognition officers will look for these references.',
      'National rules differ widely. For each partner country, check whether a national micro-credential framework exists, whether non-degree units may carry ECTS, whether a national qualification level can be assigned and whether fees are allowed. A gap here can block the whole design.',
      'Look for European initiatives that can help, such as the European Universities alliances, the Digital Education Action Plan and Erasmus+ funding, and check how each institution’s continuing education strategy supports the programme.',
    ],
    checklist: CHAPTER_CHECKLISTS.alignment,
  },
  objectives: {
    guidance: [
      'Macro-objectives explain why the partners invest in the programme at all. Common aims are flexible learning that fits around work and family life, closer cooperation with employers and professional bodies, synergy between universities, and greater international appeal for continuing education.',
      'Decide whether the programme mainly serves upskilling, reskilling or a pathway towards a degree. The answer shapes admission, fees and recruitment later on.',
      'Make each objective measurable: intake per cohort, completion rate, employer uptake, number of learners who stack their credits into a degree, year of break-even. Show how the objectives serve each partner’s strategy.',
    ],
    checklist: CHAPTER_CHECKLISTS.objectives,
  },
  partnership: {
    guidance: [
      'Strong partnerships usually rest on trust built in earlier projects, shared research interests or membership of the same alliance or network. Plan for several years of delivery so that the design effort pays off.',
      'Give every partner a clear role: awarding university, delivering partner, associate, employer or professional body. Record what each brings in courses and ECTS, staff time, services, and money or in-kind support.',
      'Agree from the start how new partners can join, what is expected of members, and how a partner may leave or be asked to leave.',
    ],
    checklist: CHAPTER_CHECKLISTS.partnership,
  },
  team: {
    guidance: [
      'Appoint a programme leader with overall academic and managerial responsibility, who holds the pen and invites partners to contribute at every stage. Each partner names one member to represent their university. Leadership works best when it is collegial and seeks consensus.',
      'The team carries the programme through design, development and delivery. It also acts as admission committee and examination committee and runs continuous evaluation, while formal quality assurance rests with the leader’s university.',
      'Write down how the team decides: consensus first, then a fallback vote with a quorum. Fix the meeting rhythm and substitutes, and give learners and employers a voice.',
    ],
    checklist: CHAPTER_CHECKLISTS.team,
  },
  support: {
    guidance: [
      'Bring support services in at the start: it saves time and money later. Programme administration knows the approval route, educational designers help shape courses, and international offices know the mobility formats and agreements a joint programme needs.',
      'IT services should help choose delivery tools and, ideally, a common learning environment. Legal services advise on agreements, intellectual property and liability, and student administration handles registration and records.',
      'Keep a simple overview of partner, service, contact person and deadline. If your universities belong to an alliance, check which shared support services it already offers.',
    ],
    checklist: CHAPTER_CHECKLISTS.support,
  },
  vision: {
    guidance: [
      'Begin with evidence of need: labour-market demand, societal challenges and what learners ask for. Describe the intended learners concretely, including prior education, working situation, motivation and the hours they can spare each week.',
      'Describe the academic and professional profile of a graduate and state what the programme offers that no single partner could offer alone. Try to capture that value in one sentence short enough for a social media post.',
      'Explain how the programme relates to existing courses, what it can stack into, and which pedagogical principles guide it, such as flexibility, inclusion and learner-centred design.',
    ],
    checklist: CHAPTER_CHECKLISTS.vision,
  },
  curriculum: {
    guidance: [
      'Start from programme-level learning outcomes and check that each one is covered by at least one course and assessed. Building mainly from the partners’ existing courses is far cheaper; developing everything from scratch can double or triple the effort.',
      'For each course, record the owning partner, ECTS, notional hours (25–30 per ECTS), EQF level, learning outcomes, type of assessment and form of participation: online, onsite or blended. The 2022 Council Recommendation lists these among the mandatory elements of a micro-credential.',
      'Design for flexibility, inclusion and a good learning experience: entry points, pace, electives, media and mobility options. Make sure course credits add up to the programme total.',
    ],
    checklist: CHAPTER_CHECKLISTS.curriculum,
  },
  qualification: {
    guidance: [
      'Explain why partner universities should recognise the award, given its content, EQF level, volume and stackability. Qualification structures for continuing education differ between partners and are sometimes missing, so negotiate a fit with each one early.',
      'Choose between one joint certificate and parallel institutional certificates, and decide who signs or seals. Following the 2022 Council Recommendation, each credential should state the learner, title, issuing countries, awarding bodies, date, learning outcomes, workload in ECTS, EQF level, type of assessment, form of participation and type of quality assurance. Annex I asks for the awarding body or bodies: the institutions that award the credential, which need not include every partner that delivers a course.',
      'Add a qualification supplement, similar to the Diploma Supplement, and consider digital formats such as European Digital Credentials. Seek professional recognition where it helps learners.',
    ],
    checklist: CHAPTER_CHECKLISTS.qualification,
  },
  ecosystem: {
    guidance: [
      'Decide early whether the programme runs on one shared learning environment or on each partner’s own system. A shared platform gives learners one experience; separate systems need clear arrangements for access, data and support.',
      'Learners enrolled at one university will study at others, so plan single sign-on, exchange of enrolment and results data, learning analytics for quality assurance, and the issuing of digital credentials. Issuing Europass digital credentials needs an advanced or qualified electronic seal of the issuer; a PDF certificate or an open badge does not.',
      'Learner services are part of the ecosystem too: tutoring, helpdesk, library access and accessibility support. Agree which partner provides each.',
    ],
    checklist: CHAPTER_CHECKLISTS.ecosystem,
  },
  language: {
    guidance: [
      'The usual choices are one language of instruction, most often English, or each course taught in its partner’s own language. The second option narrows who can enrol, especially for less widely spoken languages.',
      'Language learning is not the aim of the programme, but intercultural competence can be. Translation, subtitles and localised content widen access; interaction between peers across languages stays difficult, so plan it carefully.',
      'State the proficiency level expected at admission, using the CEFR, and the languages of assessment, certificates and support services.',
    ],
    checklist: CHAPTER_CHECKLISTS.language,
  },
  admission: {
    guidance: [
      'Micro-credential learners often come from work rather than straight from a degree. Accept either a relevant qualification or evidence of equivalent competences, such as a CV, portfolio or professional certificates, and say how readiness is judged. A preparatory unit can close gaps.',
      'Run one joint, transparent application procedure that is fair to all applicants and takes special needs and social background into account. Use institutional services and the national ENIC-NARIC centre to evaluate foreign qualifications, and set rules for recognising prior learning.',
      'Decide which institution registers learners, the intake dates, the cohort size and how applicants’ personal data are protected.',
    ],
    checklist: CHAPTER_CHECKLISTS.admission,
  },
  examination: {
    guidance: [
      'Agree common types of assessment and how identity is verified, including whether online exams are proctored. Combine formative assessment, feedback and peer review during courses with valid final assessments that justify awarding credits.',
      'National grading scales vary widely, so adopt one joint scale, often the lead university’s, and grade against criteria set in advance rather than ranking learners. Keep copies of exams so the committee can check results.',
      'Cover resits, deadlines, extensions, appeals, academic integrity, reasonable adjustments and how long records are kept.',
    ],
    checklist: CHAPTER_CHECKLISTS.examination,
  },
  quality: {
    guidance: [
      'Build on each partner’s internal quality assurance instead of creating a parallel system. Quality assurance of the programme as a whole sits with the lead institution, while each university keeps quality assurance of the courses its staff teach; the team adds programme-wide criteria in one integrated plan and discusses all reports together.',
      'Choose indicators such as progress and completion, achievement of learning outcomes, learner satisfaction, content and level, and learning-analytics data. Align with the ESG 2015 and use proven instruments such as E-xcellence or EMBED.',
      'Review at least once a year, collect learner and employer feedback, and publish the resulting changes. For joint degrees, the European Approach allows a single external evaluation.',
    ],
    checklist: CHAPTER_CHECKLISTS.quality,
  },
  business: {
    guidance: [
      'Public funding for micro-credential programmes varies widely between countries and is sometimes absent. Grants from Erasmus+ or alliance budgets can cover the start-up phase but rarely sustain delivery, so plan for income from fees, employers and partners.',
      'Set an affordable joint fee, possibly different for individuals and for employers enrolling groups, and reconcile it with national fee rules, including countries where study is free. Consider scholarships.',
      'Estimate development and delivery costs, platform and marketing budgets, and the cohort size needed to break even. Agree a fair key for sharing income and costs among partners.',
    ],
    checklist: CHAPTER_CHECKLISTS.business,
  },
  recruitment: {
    guidance: [
      'Decide whether you recruit nationally, across Europe or worldwide, and define target segments: individual learners, companies, sectors, professional associations and partner networks. Each segment needs its own message and channels.',
      'Build a programme website with the objectives, graduate profile, course descriptions, admission criteria, partners, awards, testimonials and registration steps. List the programme where learners and recognition officers look: EADTU’s portals for short learning programmes (SLP4you) and for MOOCs for the labour market (MOOCs4you), and give the ENIC-NARIC centres the information they need to recognise the credential.',
      'Consider offering the programme as a mobility window inside degree programmes, through learning agreements. Set targets for enquiries, applications and conversion, with a campaign calendar and budget.',
    ],
    checklist: CHAPTER_CHECKLISTS.recruitment,
  },
  sustainability: {
    guidance: [
      'Set medium- and long-term milestones for intake, income, study success, agreements with other universities and collaboration with stakeholders. Check regularly that every partner still shares the objectives and finds the programme relevant.',
      'Run an annual evaluation of activities, media and tools, interaction, workload, flexibility and inclusion, and turn the findings into an improvement plan.',
      'Plan for change: a refresh cycle with an owner for each course, staff succession, a way out of the current platform, and a teach-out commitment if a partner leaves.',
    ],
    checklist: CHAPTER_CHECKLISTS.sustainability,
  },
  agreement: {
    guidance: [
      'The agreement brings together decisions taken in earlier chapters: partnership, team, objectives, structure, pedagogy, delivery, mobility, qualification, language, admission, examinations, quality assurance and finances. Draft it once those chapters are agreed.',
      'Keep the main text short and valid for several years, typically three to five. Put yearly figures and detailed procedures in annexes that can change without the whole agreement being signed again.',
      'Add the legal clauses the other chapters do not cover: confidentiality, intellectual property, data protection, liability, withdrawal with a teach-out duty, dispute resolution and governing law. Every partner must sign.',
    ],
    checklist: CHAPTER_CHECKLISTS.agreement,
  },
};
