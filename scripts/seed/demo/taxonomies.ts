import type { DemoEntry } from '../types.ts';

type Area = [key: string, lt: string, en: string, mipex: string, ltDescription: string, enDescription: string];
const AREAS: Area[] = [
  ['labour', 'Darbo rinka ir įgūdžiai', 'Labour market and skills', 'labour_market_mobility', 'Įsidarbinimas, kvalifikacijų pripažinimas, profesinis mokymas ir verslumas.', 'Employment, recognition of qualifications, vocational training and entrepreneurship.'],
  ['education', 'Švietimas', 'Education', 'education', 'Vaikų ir suaugusiųjų švietimas, mokyklų pasirengimas priimti migrantų vaikus.', 'Education for children and adults, schools ready to welcome migrant pupils.'],
  ['language', 'Kalbos mokymasis', 'Language learning', 'none', 'Lietuvių kalbos kursai, kalbos egzaminai ir mokymasis darbo vietoje.', 'Lithuanian language courses, language exams and learning at the workplace.'],
  ['health', 'Sveikata', 'Health', 'health', 'Sveikatos priežiūros prieinamumas, psichikos sveikata ir vertimas sveikatos įstaigose.', 'Access to health care, mental health and interpreting in health services.'],
  ['housing', 'Būstas', 'Housing', 'none', 'Būsto paieška, nuoma ir apgyvendinimas po apgyvendinimo centrų.', 'Finding and renting a home, and housing after reception centres.'],
  ['social', 'Socialinė įtrauktis ir apsauga', 'Social inclusion and security', 'none', 'Socialinės paslaugos, išmokos ir parama pažeidžiamiems asmenims.', 'Social services, benefits and support for vulnerable people.'],
  ['participation', 'Politinis ir pilietinis dalyvavimas', 'Political and civic participation', 'political_participation', 'Dalyvavimas savivaldoje, konsultacinėse tarybose ir bendruomenių veikloje.', 'Taking part in local government, consultative councils and community life.'],
  ['legal-status', 'Teisinis statusas ir gyvenimas šalyje', 'Legal status and residence', 'permanent_residence', 'Leidimai gyventi, ilgalaikis gyvenimas ir teisinė pagalba.', 'Residence permits, long-term residence and legal aid.'],
  ['nationality', 'Pilietybės įgijimas', 'Access to nationality', 'access_to_nationality', 'Natūralizacija, pilietybės egzaminai ir dviguba pilietybė.', 'Naturalisation, citizenship exams and dual citizenship.'],
  ['family', 'Šeimos susijungimas', 'Family reunion', 'family_reunion', 'Šeimos narių atvykimas ir jų integracija.', 'Arrival of family members and their integration.'],
  ['equality', 'Lygybė ir nediskriminavimas', 'Anti-discrimination and equality', 'anti_discrimination', 'Diskriminacijos prevencija, neapykantos nusikaltimai ir lygios galimybės.', 'Preventing discrimination, hate crime and equal opportunities.'],
  ['reception', 'Priėmimas ir pilietinė orientacija', 'Reception and civic orientation', 'none', 'Pirmieji žingsniai atvykus: informacija, orientaciniai kursai, apgyvendinimas.', 'First steps after arrival: information, orientation courses, accommodation.'],
  ['host-society', 'Sąveika su priimančia visuomene', 'Host-society interaction', 'none', 'Bendruomenių susitikimai, savanorystė, visuomenės nuostatos ir žiniasklaida.', 'Meeting between communities, volunteering, public attitudes and the media.'],
  ['governance', 'Valdymas, duomenys ir stebėsena', 'Governance, data and monitoring', 'none', 'Koordinavimas tarp institucijų, duomenų rinkimas ir politikos stebėsena.', 'Coordination between institutions, data collection and policy monitoring.'],
];

export const integrationAreas: DemoEntry[] = AREAS.map(([key, lt, en, mipexArea, ltDescription, enDescription], order) => ({
  key,
  data: { order: order + 1, mipexArea },
  lt: { name: lt, description: ltDescription },
  en: { name: en, description: enDescription },
}));

const GROUPS: [key: string, lt: string, en: string][] = [
  ['labour-migrants', 'Darbo migrantai', 'Labour migrants'],
  ['students', 'Studentai', 'Students'],
  ['family-members', 'Šeimos nariai', 'Family members'],
  ['protection', 'Tarptautinės apsaugos gavėjai', 'Beneficiaries of international protection'],
  ['asylum-seekers', 'Prieglobsčio prašytojai', 'Asylum seekers'],
  ['temporary-protection', 'Laikinosios apsaugos gavėjai', 'Beneficiaries of temporary protection'],
  ['stateless', 'Asmenys be pilietybės', 'Stateless persons'],
  ['unaccompanied-minors', 'Nelydimi nepilnamečiai', 'Unaccompanied minors'],
  ['women', 'Moterys', 'Women'],
  ['children-youth', 'Vaikai ir jaunimas', 'Children and youth'],
  ['host-community', 'Priimanti bendruomenė', 'Host community'],
  ['practitioners', 'Specialistai ir praktikai', 'Practitioners'],
];

export const targetGroups: DemoEntry[] = GROUPS.map(([key, lt, en], order) => ({
  key,
  data: { order: order + 1 },
  lt: { name: lt },
  en: { name: en },
}));

// [key, Lithuanian stem, English stem, m = city / r = district / '' = plain, county]
type Municipality = [key: string, lt: string, en: string, kind: 'm' | 'r' | '', county: string];
const MUNICIPALITIES: Municipality[] = [
  ['alytus-city', 'Alytaus', 'Alytus', 'm', 'alytus'],
  ['alytus-district', 'Alytaus', 'Alytus', 'r', 'alytus'],
  ['druskininkai', 'Druskininkų', 'Druskininkai', '', 'alytus'],
  ['lazdijai', 'Lazdijų', 'Lazdijai', 'r', 'alytus'],
  ['varena', 'Varėnos', 'Varėna', 'r', 'alytus'],
  ['kaunas-city', 'Kauno', 'Kaunas', 'm', 'kaunas'],
  ['kaunas-district', 'Kauno', 'Kaunas', 'r', 'kaunas'],
  ['birstonas', 'Birštono', 'Birštonas', '', 'kaunas'],
  ['jonava', 'Jonavos', 'Jonava', 'r', 'kaunas'],
  ['kaisiadorys', 'Kaišiadorių', 'Kaišiadorys', 'r', 'kaunas'],
  ['kedainiai', 'Kėdainių', 'Kėdainiai', 'r', 'kaunas'],
  ['prienai', 'Prienų', 'Prienai', 'r', 'kaunas'],
  ['raseiniai', 'Raseinių', 'Raseiniai', 'r', 'kaunas'],
  ['klaipeda-city', 'Klaipėdos', 'Klaipėda', 'm', 'klaipeda'],
  ['klaipeda-district', 'Klaipėdos', 'Klaipėda', 'r', 'klaipeda'],
  ['kretinga', 'Kretingos', 'Kretinga', 'r', 'klaipeda'],
  ['neringa', 'Neringos', 'Neringa', '', 'klaipeda'],
  ['palanga', 'Palangos', 'Palanga', 'm', 'klaipeda'],
  ['skuodas', 'Skuodo', 'Skuodas', 'r', 'klaipeda'],
  ['silute', 'Šilutės', 'Šilutė', 'r', 'klaipeda'],
  ['marijampole', 'Marijampolės', 'Marijampolė', '', 'marijampole'],
  ['kalvarija', 'Kalvarijos', 'Kalvarija', '', 'marijampole'],
  ['kazlu-ruda', 'Kazlų Rūdos', 'Kazlų Rūda', '', 'marijampole'],
  ['sakiai', 'Šakių', 'Šakiai', 'r', 'marijampole'],
  ['vilkaviskis', 'Vilkaviškio', 'Vilkaviškis', 'r', 'marijampole'],
  ['panevezys-city', 'Panevėžio', 'Panevėžys', 'm', 'panevezys'],
  ['panevezys-district', 'Panevėžio', 'Panevėžys', 'r', 'panevezys'],
  ['birzai', 'Biržų', 'Biržai', 'r', 'panevezys'],
  ['kupiskis', 'Kupiškio', 'Kupiškis', 'r', 'panevezys'],
  ['pasvalys', 'Pasvalio', 'Pasvalys', 'r', 'panevezys'],
  ['rokiskis', 'Rokiškio', 'Rokiškis', 'r', 'panevezys'],
  ['siauliai-city', 'Šiaulių', 'Šiauliai', 'm', 'siauliai'],
  ['siauliai-district', 'Šiaulių', 'Šiauliai', 'r', 'siauliai'],
  ['akmene', 'Akmenės', 'Akmenė', 'r', 'siauliai'],
  ['joniskis', 'Joniškio', 'Joniškis', 'r', 'siauliai'],
  ['kelme', 'Kelmės', 'Kelmė', 'r', 'siauliai'],
  ['pakruojis', 'Pakruojo', 'Pakruojis', 'r', 'siauliai'],
  ['radviliskis', 'Radviliškio', 'Radviliškis', 'r', 'siauliai'],
  ['taurage', 'Tauragės', 'Tauragė', 'r', 'taurage'],
  ['jurbarkas', 'Jurbarko', 'Jurbarkas', 'r', 'taurage'],
  ['pagegiai', 'Pagėgių', 'Pagėgiai', '', 'taurage'],
  ['silale', 'Šilalės', 'Šilalė', 'r', 'taurage'],
  ['telsiai', 'Telšių', 'Telšiai', 'r', 'telsiai'],
  ['mazeikiai', 'Mažeikių', 'Mažeikiai', 'r', 'telsiai'],
  ['plunge', 'Plungės', 'Plungė', 'r', 'telsiai'],
  ['rietavas', 'Rietavo', 'Rietavas', '', 'telsiai'],
  ['utena', 'Utenos', 'Utena', 'r', 'utena'],
  ['anyksciai', 'Anykščių', 'Anykščiai', 'r', 'utena'],
  ['ignalina', 'Ignalinos', 'Ignalina', 'r', 'utena'],
  ['moletai', 'Molėtų', 'Molėtai', 'r', 'utena'],
  ['visaginas', 'Visagino', 'Visaginas', '', 'utena'],
  ['zarasai', 'Zarasų', 'Zarasai', 'r', 'utena'],
  ['vilnius-city', 'Vilniaus', 'Vilnius', 'm', 'vilnius'],
  ['vilnius-district', 'Vilniaus', 'Vilnius', 'r', 'vilnius'],
  ['elektrenai', 'Elektrėnų', 'Elektrėnai', '', 'vilnius'],
  ['salcininkai', 'Šalčininkų', 'Šalčininkai', 'r', 'vilnius'],
  ['sirvintos', 'Širvintų', 'Širvintos', 'r', 'vilnius'],
  ['svencionys', 'Švenčionių', 'Švenčionys', 'r', 'vilnius'],
  ['trakai', 'Trakų', 'Trakai', 'r', 'vilnius'],
  ['ukmerge', 'Ukmergės', 'Ukmergė', 'r', 'vilnius'],
];

const LT_KIND = { m: 'miesto ', r: 'rajono ', '': '' };
const EN_KIND = { m: 'City ', r: 'District ', '': '' };

export const municipalities: DemoEntry[] = [
  {
    key: 'national',
    data: { code: 'national', scope: 'national' },
    lt: { name: 'Visa Lietuva (nacionalinis lygmuo)' },
    en: { name: 'All of Lithuania (national level)' },
  },
  ...MUNICIPALITIES.map(([key, lt, en, kind, county]): DemoEntry => ({
    key,
    data: { code: key, scope: 'municipality', county },
    lt: { name: `${lt} ${LT_KIND[kind]}savivaldybė` },
    en: { name: `${en} ${EN_KIND[kind]}Municipality` },
  })),
];
