// People who registered on the site for the demo's autumn forum (past, 150 places): confirmed,
// most of them marked as attended, some agreeing to be on the public list of participants. What an
// organiser sees in the admin's "Seminar registrations" and a reader on the forum's page. The
// addresses are in example.org, which no mail reaches.

export interface DemoRegistration {
  name: string;
  email: string;
  locale: 'lt' | 'en';
  organisation?: string;
  role?: string;
  needs?: string;
  listed: boolean;
  attended: boolean;
  /** Days before the seminar they confirmed. */
  daysBefore: number;
}

export const DEMO_REGISTRATION_SEMINAR = 's-forum-autumn';

export const demoRegistrations: DemoRegistration[] = [
  {
    name: 'Rasa Petrauskienė',
    email: 'rasa.petrauskiene@example.org',
    locale: 'lt',
    organisation: 'Vilniaus miesto savivaldybė',
    role: 'Vyriausioji specialistė',
    listed: true,
    attended: true,
    daysBefore: 20,
  },
  {
    name: 'Tomas Jankauskas',
    email: 'tomas.jankauskas@example.org',
    locale: 'lt',
    organisation: 'Lietuvos Raudonojo Kryžiaus draugija',
    listed: true,
    attended: true,
    daysBefore: 18,
  },
  {
    name: 'Olena Kovalenko',
    email: 'olena.kovalenko@example.org',
    locale: 'en',
    organisation: 'Ukrainian Community of Kaunas',
    needs: 'Interpretation into English for the working groups',
    listed: true,
    attended: true,
    daysBefore: 15,
  },
  {
    name: 'Aistė Vaitkutė',
    email: 'aiste.vaitkute@example.org',
    locale: 'lt',
    organisation: 'Vytauto Didžiojo universitetas',
    role: 'Tyrėja',
    listed: false,
    attended: true,
    daysBefore: 12,
  },
  {
    name: 'Mantas Kazlauskas',
    email: 'mantas.kazlauskas@example.org',
    locale: 'lt',
    needs: 'Patekimas vežimėliu',
    listed: false,
    attended: false,
    daysBefore: 9,
  },
  {
    name: 'Farid Haidari',
    email: 'farid.haidari@example.org',
    locale: 'en',
    organisation: 'Caritas Lithuania',
    listed: true,
    attended: true,
    daysBefore: 5,
  },
];
