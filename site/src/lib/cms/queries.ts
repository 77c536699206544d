import type { ContentTypeKey } from '@mip/shared-types';
import { graphql } from './graphql.ts';

// One query per collection, asking for everything the listing and detail pages show, in document
// id order (a unique key, so no entry is skipped or repeated across result pages; the site sorts
// for display itself). Each takes optional $filters (the delta fetch in snapshot.ts) and is
// paginated with $page/$pageSize (see paginate.ts); $status: DRAFT reads drafts (the preview
// service only: the build token is refused drafts). Reverse links (an organisation's practices,
// a priority's calls) are computed on the site from these forward relations, so no nested list
// is cut off by the CMS's page limits. Relation lists that can grow long ask for up to 100.

// Shared selections of linked entries (unmasked: the fields are read directly).
const AreaRef = graphql(`fragment AreaRef on IntegrationArea @_unmask { documentId name slug }`);
const GroupRef = graphql(`fragment GroupRef on TargetGroup @_unmask { documentId name slug }`);
const MunicipalityRef = graphql(`fragment MunicipalityRef on Municipality @_unmask { documentId name slug scope }`);
const OrganisationRef = graphql(`fragment OrganisationRef on Organisation @_unmask { documentId name slug type }`);
const PriorityRef = graphql(`fragment PriorityRef on PolicyPriority @_unmask { documentId code title slug }`);

export const NewsItemsQuery = graphql(
  `
  query NewsItems($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: NewsItemFiltersInput, $status: PublicationStatus) {
    newsItems_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary body date level kind sourceUrl updatedAt coverAlt
        cover { documentId url width height formats }
        sourceOrganisation { ...OrganisationRef }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        municipalities(pagination: { limit: 100 }) { ...MunicipalityRef }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef, OrganisationRef],
);

export const GoodPracticesQuery = graphql(
  `
  query GoodPractices($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: GoodPracticeFiltersInput, $status: PublicationStatus) {
    goodPractices_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary context goals howItWorks results evaluationType evaluationSummary
        lessonsLearned beneficiaries peopleReached startDate endDate ongoing transferability updatedAt publishedAt
        fundingSources { funder programme amountEur }
        implementingOrganisations(pagination: { limit: 100 }) { ...OrganisationRef }
        policyPriorities(pagination: { limit: 100 }) { ...PriorityRef }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        municipalities(pagination: { limit: 100 }) { ...MunicipalityRef }
        attachments { documentId url name ext size mime }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef, OrganisationRef, PriorityRef],
);

export const ResearchEntriesQuery = graphql(
  `
  query ResearchEntries($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: ResearchEntryFiltersInput, $status: PublicationStatus) {
    researchEntries_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary type publicationDate keyFindings methodology doi isbn fullTextUrl language updatedAt
        authors { name affiliation }
        institutions(pagination: { limit: 100 }) { ...OrganisationRef }
        policyPriorities(pagination: { limit: 100 }) { ...PriorityRef }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        municipalities(pagination: { limit: 100 }) { ...MunicipalityRef }
        file { documentId url name ext size mime }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef, OrganisationRef, PriorityRef],
);

export const FundingCallsQuery = graphql(
  `
  query FundingCalls($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: FundingCallFiltersInput, $status: PublicationStatus) {
    fundingCalls_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary description programme callNumber opensAt deadlineAt budgetEur minGrantEur
        maxGrantEur coFinancingRate partnershipRequired callUrl supportedActivities updatedAt
        eligibleApplicantTypes { type }
        funder { ...OrganisationRef }
        policyPriorities(pagination: { limit: 100 }) { ...PriorityRef }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        municipalities(pagination: { limit: 100 }) { ...MunicipalityRef }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef, OrganisationRef, PriorityRef],
);

export const SeminarsQuery = graphql(
  `
  query Seminars($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: SeminarFiltersInput, $status: PublicationStatus) {
    seminars_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary description type startAt endAt format venue registrationUrl
        registrationDeadline platformRegistration capacity placesTaken recordingUrl participantsCount conclusions updatedAt
        listedParticipants { name organisation }
        municipality { ...MunicipalityRef }
        organisers(pagination: { limit: 100 }) { ...OrganisationRef }
        agenda { time title speaker }
        materials { documentId url name ext size mime }
        followUpActions {
          action dueDate status
          responsibleOrganisation { ...OrganisationRef }
          priority { ...PriorityRef }
        }
        policyPriorities(pagination: { limit: 100 }) { ...PriorityRef }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef, OrganisationRef, PriorityRef],
);

export const OrganisationsQuery = graphql(
  `
  query Organisations($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: OrganisationFiltersInput, $status: PublicationStatus) {
    organisations_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId name slug summary type description website openToPartnership acceptsMessages updatedAt
        logo { documentId url width height formats }
        municipality { ...MunicipalityRef }
        services { name description languages priority { documentId } }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef],
);

export const PartnerRequestsQuery = graphql(
  `
  query PartnerRequests($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: PartnerRequestFiltersInput, $status: PublicationStatus) {
    partnerRequests_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId title slug summary projectIdea expiresAt requestStatus acceptsMessages updatedAt
        organisation { ...OrganisationRef }
        fundingCall { documentId title slug }
        rolesSought { role }
        partnerTypesSought { type }
        policyPriorities(pagination: { limit: 100 }) { ...PriorityRef }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        municipalities(pagination: { limit: 100 }) { ...MunicipalityRef }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef, OrganisationRef, PriorityRef],
);

export const PolicyPrioritiesQuery = graphql(
  `
  query PolicyPriorities($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: PolicyPriorityFiltersInput, $status: PublicationStatus) {
    policyPriorities_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId code title slug summary description level periodStart periodEnd implementationStatus updatedAt
        parent { ...PriorityRef }
        sourceDocument { title url kind }
        responsibleInstitutions(pagination: { limit: 100 }) { ...OrganisationRef }
        indicators { name unit baseline baselineYear target targetYear }
        integrationAreas { ...AreaRef }
        targetGroups { ...GroupRef }
        municipalities(pagination: { limit: 100 }) { ...MunicipalityRef }
        localizations { locale slug }
      }
      pageInfo { page pageCount total }
    }
  }
`,
  [AreaRef, GroupRef, MunicipalityRef, OrganisationRef, PriorityRef],
);

export const IntegrationAreasQuery = graphql(`
  query IntegrationAreas($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: IntegrationAreaFiltersInput, $status: PublicationStatus) {
    integrationAreas_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId name slug description order mipexArea localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);

export const TargetGroupsQuery = graphql(`
  query TargetGroups($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: TargetGroupFiltersInput, $status: PublicationStatus) {
    targetGroups_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId name slug description order localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);

export const MunicipalitiesQuery = graphql(`
  query Municipalities($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: MunicipalityFiltersInput, $status: PublicationStatus) {
    municipalities_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId name slug code scope county localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);

export const PagesQuery = graphql(`
  query Pages($locale: I18NLocaleCode!, $page: Int, $pageSize: Int, $filters: PageFiltersInput, $status: PublicationStatus) {
    pages_connection(locale: $locale, status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId key title slug summary body updatedAt localizations { locale slug } }
      pageInfo { page pageCount total }
    }
  }
`);

/**
 * The public's published responses (one for every language: no locale). Their authors' addresses
 * and the moderation fields are private in the CMS and not in its GraphQL schema at all.
 */
export const ResponsesQuery = graphql(`
  query Responses($page: Int, $pageSize: Int, $filters: ResponseFiltersInput, $status: PublicationStatus) {
    responses_connection(status: $status, filters: $filters, sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        documentId target targetDocumentId targetPart stance body displayName institutionAnswer language publishedAt
        parent { documentId }
        organisation { documentId }
      }
      pageInfo { page pageCount total }
    }
  }
`);

/**
 * Each content type's query, by its key in the manifest (shared-types); the result holds the
 * entries at `<key>_connection`. content.ts derives the collections and their types from this.
 */
export const COLLECTION_QUERIES = {
  newsItems: NewsItemsQuery,
  goodPractices: GoodPracticesQuery,
  researchEntries: ResearchEntriesQuery,
  fundingCalls: FundingCallsQuery,
  seminars: SeminarsQuery,
  organisations: OrganisationsQuery,
  partnerRequests: PartnerRequestsQuery,
  policyPriorities: PolicyPrioritiesQuery,
  integrationAreas: IntegrationAreasQuery,
  targetGroups: TargetGroupsQuery,
  municipalities: MunicipalitiesQuery,
  pages: PagesQuery,
  responses: ResponsesQuery,
} as const satisfies Record<ContentTypeKey, unknown>; // one per type of the manifest
