import { graphql } from './graphql.ts';

// One query per collection, asking for everything the listing and detail pages show. Each is
// paginated with $page/$pageSize (see paginate.ts). Reverse links (an organisation's practices,
// a priority's calls) are computed on the site from these forward relations, so no nested list
// is cut off by the CMS's page limits. Relation lists that can grow long ask for up to 100.

export const NewsItemsQuery = graphql(`
  query NewsItems($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    newsItems_connection(locale: $locale, sort: ["date:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary body date level kind sourceUrl updatedAt
        sourceOrganisation { documentId name slug }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        municipalities(pagination: { limit: 100 }) { documentId name slug scope }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const GoodPracticesQuery = graphql(`
  query GoodPractices($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    goodPractices_connection(locale: $locale, sort: ["updatedAt:desc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary context goals howItWorks results evaluationType evaluationSummary
        lessonsLearned beneficiaries peopleReached startDate endDate ongoing transferability updatedAt publishedAt
        fundingSources { funder programme amountEur }
        implementingOrganisations(pagination: { limit: 100 }) { documentId name slug type }
        policyPriorities(pagination: { limit: 100 }) { documentId code title slug }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        municipalities(pagination: { limit: 100 }) { documentId name slug scope }
        attachments { url name ext size mime }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const ResearchEntriesQuery = graphql(`
  query ResearchEntries($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    researchEntries_connection(locale: $locale, sort: ["publicationDate:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary type publicationDate keyFindings methodology doi isbn fullTextUrl language updatedAt
        authors { name affiliation }
        institutions(pagination: { limit: 100 }) { documentId name slug type }
        policyPriorities(pagination: { limit: 100 }) { documentId code title slug }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        municipalities(pagination: { limit: 100 }) { documentId name slug scope }
        file { url name ext size mime }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const FundingCallsQuery = graphql(`
  query FundingCalls($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    fundingCalls_connection(locale: $locale, sort: ["deadlineAt:asc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary description programme callNumber opensAt deadlineAt budgetEur minGrantEur
        maxGrantEur coFinancingRate partnershipRequired callUrl supportedActivities updatedAt
        eligibleApplicantTypes { type }
        funder { documentId name slug type }
        policyPriorities(pagination: { limit: 100 }) { documentId code title slug }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        municipalities(pagination: { limit: 100 }) { documentId name slug scope }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const SeminarsQuery = graphql(`
  query Seminars($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    seminars_connection(locale: $locale, sort: ["startAt:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary description type startAt endAt format venue registrationUrl
        registrationDeadline recordingUrl participantsCount conclusions updatedAt
        municipality { documentId name slug scope }
        organisers(pagination: { limit: 100 }) { documentId name slug type }
        agenda { time title speaker }
        materials { url name ext size mime }
        followUpActions {
          action dueDate status
          responsibleOrganisation { documentId name slug }
          priority { documentId code title slug }
        }
        policyPriorities(pagination: { limit: 100 }) { documentId code title slug }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    organisations_connection(locale: $locale, sort: ["name:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId name slug summary type description website openToPartnership updatedAt
        logo { url alternativeText width height }
        municipality { documentId name slug scope }
        services { name description languages }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const PartnerRequestsQuery = graphql(`
  query PartnerRequests($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    partnerRequests_connection(locale: $locale, sort: ["expiresAt:asc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary projectIdea expiresAt requestStatus updatedAt
        organisation { documentId name slug type }
        fundingCall { documentId title slug }
        rolesSought { role }
        partnerTypesSought { type }
        policyPriorities(pagination: { limit: 100 }) { documentId code title slug }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        municipalities(pagination: { limit: 100 }) { documentId name slug scope }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const PolicyPrioritiesQuery = graphql(`
  query PolicyPriorities($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    policyPriorities_connection(locale: $locale, sort: ["code:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId code title slug summary description level periodStart periodEnd implementationStatus updatedAt
        parent { documentId code title slug }
        sourceDocument { title url kind }
        responsibleInstitutions(pagination: { limit: 100 }) { documentId name slug type }
        indicators { name unit baseline baselineYear target targetYear }
        integrationAreas { documentId name slug }
        targetGroups { documentId name slug }
        municipalities(pagination: { limit: 100 }) { documentId name slug scope }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`);

export const IntegrationAreasQuery = graphql(`
  query IntegrationAreas($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    integrationAreas_connection(locale: $locale, sort: ["order:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId name slug description order mipexArea localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);

export const TargetGroupsQuery = graphql(`
  query TargetGroups($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    targetGroups_connection(locale: $locale, sort: ["order:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId name slug description order localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);

export const MunicipalitiesQuery = graphql(`
  query Municipalities($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    municipalities_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId name slug code scope county localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);

export const PagesQuery = graphql(`
  query Pages($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    pages_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId key title slug summary body updatedAt localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);
