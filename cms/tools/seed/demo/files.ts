import type { DemoFile, DemoPicture } from '../types.ts';

// Demo files by entry key and media field: seminar materials, a study's full text and a practice's
// handout (the seed generates each as a one-page PDF), news covers (generated illustrations;
// their descriptions are the news items' `coverAlt`, in news.ts) and an organisation's logo.
// The seed uploads them all.
export const DEMO_FILES: Record<string, Record<string, (DemoFile | DemoPicture)[]>> = {
  'n-action-plan-progress': { cover: [{ name: 'veiksmu-planas.jpg', palette: ['#0b4f8a', '#2a7ab8', '#f2c14e'] }] },
  'n-kaunas-welcome-days': { cover: [{ name: 'sveiki-atvyke-kaune.jpg', palette: ['#1d6b4f', '#58a27c', '#f4f1de'] }] },
  'n-klaipeda-weekend-school': {
    cover: [{ name: 'savaitgalio-mokyklele.jpg', palette: ['#8a3b12', '#d9822b', '#fce8b2'] }],
  },
  'tiltai-centre': {
    logo: [{ name: 'tiltai-logotipas.jpg', palette: ['#5b2a86', '#9a4fd1', '#ffd166'], size: [400, 160] }],
  },
  's-forum-autumn': {
    materials: [
      {
        name: 'Forumo pranešimų skaidrės.pdf',
        title: 'Integracijos forumas: rudens sesija',
        lines: ['Pranešimų skaidrės.', 'Veiksmų plano pažanga ir kalbos kursai regionuose.'],
      },
      {
        name: 'Darbo grupių išvados.pdf',
        title: 'Darbo grupių išvados',
        lines: ['Kalbos kursų kalendorius, vaikų priežiūra, darbdavių įsitraukimas.'],
      },
    ],
  },
  's-conference-research': {
    materials: [
      {
        name: 'Konferencijos programa.pdf',
        title: 'Migracijos tyrimai Lietuvoje',
        lines: ['Konferencijos programa ir pranešėjai.'],
      },
    ],
  },
  'r-attitudes-2025': {
    file: [
      {
        name: 'Visuomenės nuostatos 2025.pdf',
        title: 'Visuomenės nuostatos imigrantų atžvilgiu 2025',
        lines: ['Reprezentatyvios apklausos ataskaita (demonstracinė).'],
      },
    ],
  },
  'gp-workplace-lithuanian': {
    attachments: [
      {
        name: 'Kursų programa.pdf',
        title: 'Lietuvių kalba darbo vietoje',
        lines: ['Kursų programa: 60 akademinių valandų, A1-A2.'],
      },
    ],
  },
};
