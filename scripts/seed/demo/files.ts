import type { DemoFile } from '../types.ts';

// Demo attachments by entry key and media field: seminar materials, a study's full text and a
// practice's handout. The seed generates each as a one-page PDF and uploads it.
export const DEMO_FILES: Record<string, Record<string, DemoFile[]>> = {
  's-forum-autumn': {
    materials: [
      { name: 'Forumo pranešimų skaidrės.pdf', title: 'Integracijos forumas: rudens sesija', lines: ['Pranešimų skaidrės.', 'Veiksmų plano pažanga ir kalbos kursai regionuose.'] },
      { name: 'Darbo grupių išvados.pdf', title: 'Darbo grupių išvados', lines: ['Kalbos kursų kalendorius, vaikų priežiūra, darbdavių įsitraukimas.'] },
    ],
  },
  's-conference-research': {
    materials: [{ name: 'Konferencijos programa.pdf', title: 'Migracijos tyrimai Lietuvoje', lines: ['Konferencijos programa ir pranešėjai.'] }],
  },
  'r-attitudes-2025': {
    file: [{ name: 'Visuomenės nuostatos 2025.pdf', title: 'Visuomenės nuostatos imigrantų atžvilgiu 2025', lines: ['Reprezentatyvios apklausos ataskaita (demonstracinė).'] }],
  },
  'gp-workplace-lithuanian': {
    attachments: [{ name: 'Kursų programa.pdf', title: 'Lietuvių kalba darbo vietoje', lines: ['Kursų programa: 60 akademinių valandų, A1-A2.'] }],
  },
};
