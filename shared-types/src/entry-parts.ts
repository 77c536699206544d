import { createHash } from 'node:crypto';

// Parts of an entry that are followed and answered on their own: a seminar's follow-up actions,
// each known by a digest of its text (a component has no id that survives a save). The site's
// follow index and the CMS's response routes both name an action this way. Node only.

const shortDigest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

/** The part key of a seminar's follow-up action: `follow-up:<16 characters>`. */
export const followUpPartKey = (action: string) => `follow-up:${shortDigest(action)}`;
