// Sample submissions the tests of several workspaces send (the shared schema's, the CMS's routes').

/** The texts of a good practice as a Lithuanian library would send it (without title and links). */
export const PRACTICE_TEXTS = {
  locale: 'lt',
  summary: 'Savaitiniai pokalbių vakarai bibliotekoje visiems norintiems.',
  context: 'Atvykusieji neturi kur praktikuotis kalbėti lietuviškai.',
  goals: 'Sukurti saugią erdvę kalbėti ir susipažinti su kaimynais.',
  howItWorks: 'Kas ketvirtadienį savanoriai veda pokalbius mažose grupėse.',
  results: 'Per metus apsilankė 240 žmonių, 60 reguliariai.',
  startDate: '2025-01-15',
} as const;

/** Who sends it. */
export const SUBMITTER = { submitterName: 'Rūta Žemaitytė', submitterEmail: 'ruta@biblioteka.lt' } as const;
